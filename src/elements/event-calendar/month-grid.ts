import { html, nothing } from 'lit';
import type { Locale } from '../../feed/text.js';
import { pickText } from '../../feed/text.js';
import { cssProps } from '../../internal/css-props.js';
import { formatLongDate, formatTime, formatWeekday } from '../../internal/format.js';
import { dayDate, firstOfMonth, isoWeek, type CalEvent } from './days.js';
import type { CalendarStrings } from './event-calendar.strings.js';
import type { TypeInfo } from './event-details.js';

/** Entries shown in a day cell before "+N till" takes the last place. */
const PER_DAY = 3;

/** What an event entry needs from the calendar. */
export interface EntryContext {
  zone: string;
  locale: Locale;
  t: CalendarStrings;
  type: (id: string | undefined) => TypeInfo;
}

/** What the month grid needs from the calendar. */
export interface GridContext extends EntryContext {
  month: number;
  start: number;
  weeks: number;
  focus: number;
  today: number;
  days: Map<number, CalEvent[]>;
  showDay: (day: number) => void;
  key: (event: KeyboardEvent) => void;
  focused: (event: FocusEvent) => void;
}

/**
 * One event as a compact entry: colour mark, status in words, start time, title. The time's span
 * is there even when empty, so a month of entries is one template each rather than two. Its
 * `data-id` opens it: the calendar listens once for all entries (./calendar-view.ts), since a
 * listener on each of a month's hundreds of entries is a good part of its first render.
 */
export function entry(ce: CalEvent, c: EntryContext, time: boolean, tabindex = -1) {
  const { event } = ce;
  const status = event.status && event.status !== 'scheduled' ? event.status : '';
  return html`<button
    type="button"
    class="ev ${status}"
    part="event"
    data-id=${event.id}
    tabindex=${tabindex}
    ${cssProps({ '--c': c.type(event.type).color })}
  >
    ${status ? html`<span class="status">${c.t.status[status]}:</span>` : nothing}
    <span class="time">${time ? formatTime(ce.start, c.locale, c.zone) : nothing}</span>
    ${pickText(event.title, c.locale)}
  </button>`;
}

/**
 * The month as a WAI-ARIA grid: Monday first, a row header with the ISO week, one tab stop on
 * the focused day. Days of the neighbouring months fill the first and last week.
 */
export function renderGrid(c: GridContext) {
  const { start } = c;
  const first = firstOfMonth(c.month);
  const next = firstOfMonth(c.month + 1);
  const names = (style: 'long' | 'short') =>
    [0, 1, 2, 3, 4, 5, 6].map((i) => formatWeekday(dayDate(start + i), c.locale, 'UTC', style));
  const short = names('short');
  const cell = (day: number) => {
    const events = c.days.get(day) ?? [];
    const shown = events.length > PER_DAY ? PER_DAY - 1 : events.length;
    return html`<div
      role="gridcell"
      class="day${day < first || day >= next ? ' out' : ''}"
      data-day=${day}
      tabindex=${day === c.focus ? 0 : -1}
      aria-current=${day === c.today ? 'date' : nothing}
    >
      <span class="num" aria-hidden="true">${dayDate(day).getUTCDate()}</span
      ><span class="visually-hidden">${formatLongDate(dayDate(day), c.locale, 'UTC', true)}</span>
      ${events.slice(0, shown).map((ce) => entry(ce, c, !ce.event.allDay && ce.first === day))}
      ${
        shown < events.length
          ? html`<button type="button" class="more" tabindex="-1">
              +${events.length - shown} <span class="word">${c.t.more}</span>
            </button>`
          : nothing
      }
    </div>`;
  };
  // A tap on a day, not on an entry, lists its events: the way in on a narrow month of thin bars.
  // So does "+N till", through this one listener rather than one of its own in every day.
  const tap = (e: Event) => {
    const target = e.target as Element;
    const day = Number(target.closest<HTMLElement>('[role=gridcell]')?.dataset.day);
    if (c.days.has(day) && !target.closest('.ev')) c.showDay(day);
  };
  return html`<div
    role="grid"
    class="grid"
    part="grid"
    aria-labelledby="month-title"
    @click=${tap}
    @keydown=${c.key}
    @focusin=${c.focused}
  >
    <div role="row" class="row head">
      <span role="columnheader" class="wk">${c.t.week}</span>
      ${names('long').map(
        (name, i) =>
          html`<span role="columnheader"
            ><span aria-hidden="true">${short[i]}</span><span class="visually-hidden">${name}</span></span
          >`,
      )}
    </div>
    ${Array.from({ length: c.weeks }, (_, w) => {
      const monday = start + w * 7;
      const week = isoWeek(monday);
      return html`<div role="row" class="row">
        <span role="rowheader" class="wk"
          ><span aria-hidden="true">${c.t.weekShort} ${week}</span
          ><span class="visually-hidden">${c.t.week} ${week}</span></span
        >
        ${[0, 1, 2, 3, 4, 5, 6].map((i) => cell(monday + i))}
      </div>`;
    })}
  </div>`;
}
