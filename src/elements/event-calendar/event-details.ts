import { html, nothing } from 'lit';
import type { Feed } from '../../feed/parse.js';
import { pickText, type Locale } from '../../feed/text.js';
import { formatLongDate, formatTimeRange } from '../../internal/format.js';
import { heading } from '../../internal/heading.js';
import { dayDate, dayOf, type CalEvent } from './days.js';
import type { CalendarStrings } from './event-calendar.strings.js';
import { place } from './place.js';

/** "tisdag 14 maj 2024, kl. 9.00–16.00"; all-day and multi-day events as date spans. */
export function when({ event, start, end, first, last }: CalEvent, locale: Locale, zone: string): string {
  const date = (day: number) => formatLongDate(dayDate(day), locale, 'UTC', true);
  if (event.allDay) return first === last ? date(first) : `${date(first)} – ${date(last)}`;
  if (!end || first === last) return `${date(first)}, ${formatTimeRange(start, end, locale, zone)}`;
  // The end's own date: an event ending at midnight does not cover its last day, but ends on it.
  return `${date(first)}, ${formatTimeRange(start, undefined, locale, zone)} – ${date(dayOf(end, zone))}, ${formatTimeRange(end, undefined, locale, zone)}`;
}

/** The type's name and colour: from the feed's `eventTypes`, else built in. */
export interface TypeInfo {
  name: string;
  color: string | undefined;
}

/** What the details panel needs from the calendar. */
export interface DetailsContext {
  feed: Feed;
  locale: Locale;
  /** The level of the details' heading. */
  headingLevel: number;
  t: CalendarStrings;
  type: (id: string | undefined) => TypeInfo;
  close: () => void;
  exportOne: () => void;
  /** Why the last export from here saved nothing, or `nothing`. */
  exportFailure: unknown;
  /** Under its list entry, which already shows the title and time: the details leave them out. */
  inline: boolean;
}

/**
 * The chosen event in full: a region labelled by its title (seen only where the entry it opens
 * from does not show it), closed with Escape or the button. It takes the focus itself.
 */
export function renderDetails(ce: CalEvent, c: DetailsContext) {
  const { event } = ce;
  const { t, locale } = c;
  const where = place(event, c.feed, locale);
  const principles = c.feed.principles
    .filter((p) => event.principleIds?.includes(p.id))
    .map((p) => pickText(p.name, locale))
    .join(', ');
  const link = (href: string | undefined, text: string) =>
    href ? html`<li><a href=${href} rel="noopener" target="_blank">${text}</a></li>` : nothing;
  return html`<section class="details" part="details" tabindex="-1" aria-labelledby="details-title">
    ${heading(c.headingLevel, pickText(event.title, locale), {
      id: 'details-title',
      class: c.inline ? 'visually-hidden' : undefined,
    })}
    <dl class="facts">
      <dt>${t.type}</dt>
      <dd>
        ${c.type(event.type).name}${
          event.status && event.status !== 'scheduled'
            ? html` · <strong class="status">${t.status[event.status]}</strong>`
            : nothing
        }
      </dd>
      ${
        c.inline
          ? nothing
          : html`<dt>${t.when}</dt>
              <dd>${when(ce, locale, c.feed.timeZone)}</dd>`
      }
      ${
        where
          ? html`<dt>${t.where}</dt>
              <dd>${where}</dd>`
          : nothing
      }
      ${
        principles
          ? html`<dt>${t.principles}</dt>
              <dd>${principles}</dd>`
          : nothing
      }
    </dl>
    ${event.description ? html`<p class="description">${pickText(event.description, locale)}</p>` : nothing}
    <ul class="links">
      ${link(event.onlineUrl, t.online)} ${link(event.registrationUrl, t.register)}
      ${link(event.documentationUrl, t.docs)}
    </ul>
    <p class="actions">
      <button class="button" type="button" part="export" @click=${c.exportOne}>${t.exportOne}</button>
      <button class="button" type="button" @click=${c.close}>${t.close}</button>
    </p>
    ${c.exportFailure}
  </section>`;
}
