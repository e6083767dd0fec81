import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Feed } from '../../feed/parse.js';
import { pickText, type Locale } from '../../feed/text.js';
import { formatLongDate } from '../../internal/format.js';
import { heading } from '../../internal/heading.js';
import type { OkAgreement } from './agreement.js';
import { styles } from './agreement.styles.js';
import { strings } from './agreement.strings.js';
import { PREFIX, type Part } from './parts.js';

/** What the view needs from the element besides the feed. */
export interface AgreementContext {
  locale: Locale;
  /** The level of the agreement's name. */
  level: number;
  /** The parts asked for, in their order. */
  parts: Part[];
  /** A link to a section was followed. */
  go: (part: Part) => void;
  /** The options passed on to the parts. */
  agreement: OkAgreement;
}

export /** True when the feed has something for `part`: a part without data is left out, never shown empty. */
function hasData(feed: Feed, part: Part): boolean {
  const a = feed.agreement;
  switch (part) {
    case 'about':
      return Boolean(
        a && (a.vision || a.purpose || a.goals?.length || a.description || a.region || a.launchedAt || a.url),
      );
    case 'principles':
      return feed.principles.length > 0;
    case 'signatories':
      return feed.signatories.length > 0;
    case 'calendar':
      return feed.events.length > 0;
    case 'map':
      return feed.venues.length > 0;
    case 'commitments':
      return feed.commitments.length > 0 || feed.targets.length > 0;
  }
}

/** The agreement's name, navigation, about section and a section for each part with data. */
export function render(feed: Feed, c: AgreementContext): unknown {
  const { locale, level } = c;
  const t = strings[locale];
  const parts = c.parts.filter((part) => hasData(feed, part));
  const sections = parts.filter((part) => part !== 'about');
  return html`${heading(level, pickText(feed.agreement?.name, locale) || t.agreement, {
    id: `${PREFIX}title`,
    part: 'heading',
  })}
  ${
    sections.length > 1
      ? html`<nav part="nav" aria-label=${t.contents}>
          <ul>
            ${sections.map(
              (part) =>
                html`<li>
                  <a href="#${PREFIX}${part}" @click=${() => c.go(part)}>${t.parts[part]}</a>
                </li>`,
            )}
          </ul>
        </nav>`
      : nothing
  }
  ${parts.map((part) =>
    part === 'about'
      ? about(feed, locale)
      : html`<section
          id="${PREFIX}${part}"
          class="part"
          part="section"
          data-part=${part}
          tabindex="-1"
          aria-labelledby="${PREFIX}${part}-title"
        >
          ${heading(level + 1, t.parts[part], { id: `${PREFIX}${part}-title`, part: 'section-heading' })}
          ${widget(part, level + 2, c.agreement)}
        </section>`,
  )}`;
}

function about(feed: Feed, locale: Locale): TemplateResult {
  const t = strings[locale];
  const a = feed.agreement!;
  const text = (value: Parameters<typeof pickText>[0]) => pickText(value, locale);
  const launched = a.launchedAt
    ? t.since.replace('{date}', formatLongDate(new Date(`${a.launchedAt}T00:00:00Z`), locale, 'UTC'))
    : '';
  const facts = [a.region, launched].filter(Boolean).join(' · ');
  return html`<section
    id="${PREFIX}about"
    class="about"
    part="about"
    tabindex="-1"
    aria-labelledby="${PREFIX}title"
  >
    ${a.vision ? html`<p class="vision" part="vision">${text(a.vision)}</p>` : nothing}
    ${a.purpose ? html`<p><span class="label">${t.purpose}</span> ${text(a.purpose)}</p>` : nothing}
    ${
      a.goals?.length
        ? html`<p class="label" id="${PREFIX}goals">${t.goals}</p>
            <ul class="goals" aria-labelledby="${PREFIX}goals">
              ${a.goals.map((goal) => html`<li>${text(goal)}</li>`)}
            </ul>`
        : nothing
    }
    ${a.description ? html`<p class="description">${text(a.description)}</p>` : nothing}
    ${facts ? html`<p class="facts">${facts}</p>` : nothing}
    ${a.url ? html`<p><a href=${a.url} rel="noopener">${t.link}</a></p>` : nothing}
  </section>`;
}

/** A part's widget, its headings at `level`, given the options the agreement passes on. */
function widget(part: Exclude<Part, 'about'>, level: number, o: OkAgreement): TemplateResult {
  switch (part) {
    case 'principles':
      return html`<ok-principle-wheel heading-level=${level}></ok-principle-wheel>`;
    case 'signatories':
      return html`<ok-signatory-count
          chart
          goal=${ifDefined(o.goal)}
          heading-level=${level}
        ></ok-signatory-count>
        <ok-signatory-list searchable heading-level=${level}></ok-signatory-list>`;
    case 'calendar':
      // A list of what is coming reads better in an overview than a month that may be empty.
      return html`<ok-event-calendar
        view="list"
        ?show-past=${o.showPast}
        heading-level=${level}
      ></ok-event-calendar>`;
    case 'map':
      return html`<ok-venue-map
        tiles=${ifDefined(o.tiles || undefined)}
        attribution=${ifDefined(o.attribution || undefined)}
        center=${ifDefined(o.center || undefined)}
        zoom=${ifDefined(o.zoom)}
        heading-level=${level}
      ></ok-venue-map>`;
    case 'commitments':
      return html`<ok-commitment-tracker heading-level=${level}></ok-commitment-tracker>`;
  }
}

export { strings, styles };
