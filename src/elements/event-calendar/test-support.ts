import { fixture, html } from '@open-wc/testing';
import { feedUrl, sampleFeed, until } from '../../../tests/helpers.js';
import './define.js';
import type { OkEventCalendar } from './event-calendar.js';

/** A feed URL with these events, its local times in `timeZone`. */
export function eventsFeed(
  events: unknown[],
  timeZone = 'Europe/Stockholm',
  sections: Record<string, unknown> = {},
) {
  return feedUrl(
    sampleFeed({ agreement: { id: 'test', name: 'Testöverenskommelsen', timeZone }, events, ...sections }),
  );
}

/** A loaded calendar on `src`; `attrs` are set before it connects. */
export async function calendar(src: string, attrs: Record<string, string> = {}): Promise<OkEventCalendar> {
  const el = await fixture<OkEventCalendar>(html`<ok-event-calendar src=${src}></ok-event-calendar>`, {
    // Attributes apply before the first fetch resolves, as in a page.
  });
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  await until(() => el.shadowRoot!.querySelector('.cal'), 'calendar rendered');
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T & HTMLElement>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T & HTMLElement>(selector),
];

/** The grid cell of a date "2024-03-31". */
export const cell = (el: Element, date: string) => $(el, `[data-day="${Date.parse(date) / 864e5}"]`);

/** The texts of the event entries on a date in the grid. */
export const entriesOn = (el: Element, date: string) =>
  [...(cell(el, date)?.querySelectorAll('.ev') ?? [])].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());

/** The dates ("2024-03-31") whose cells hold an entry with `title`. */
export const daysWith = (el: Element, title: string) =>
  $$(el, '[role=gridcell]')
    .filter((c) => [...c.querySelectorAll('.ev')].some((b) => b.textContent!.includes(title)))
    .map((c) => new Date(Number(c.dataset.day) * 864e5).toISOString().slice(0, 10));

/** The focused element inside the calendar's shadow root. */
export const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
