import type { Feed, FeedEvent } from '../../feed/parse.js';
import { feedTime, zoneOffsetMs } from '../../feed/time.js';

/**
 * Calendar days as whole numbers (days since 1970-01-01). A day number is a civil date with no
 * zone, so the grid can do plain arithmetic, and DST never shifts an event to the wrong cell.
 */
export const DAY = 864e5;

/** A day number as a Date at 00:00 UTC, to format with time zone 'UTC'. */
export const dayDate = (day: number) => new Date(day * DAY);

/** Monday 0 … Sunday 6. */
export const weekday = (day: number) => (dayDate(day).getUTCDay() + 6) % 7;

/** Months as `year * 12 + month index`. */
export const monthOf = (day: number) => {
  const d = dayDate(day);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};

export const firstOfMonth = (month: number) => Date.UTC(Math.floor(month / 12), month % 12, 1) / DAY;

/** "2024-05" for a month number. */
export const monthKey = (month: number) =>
  `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;

/** "2024-05-14" of a day number. */
export const isoDay = (day: number) => dayDate(day).toISOString().slice(0, 10);

/** Offsets per zone and UTC day, `NaN` for a day with a change; `Intl` is slow enough to matter at 500 events. */
const offsets = new Map<string, Map<number, number>>();

/** The day number of an instant's date in `timeZone`. */
export function dayOf(value: Date, timeZone: string): number {
  const t = +value;
  const utcDay = Math.floor(t / DAY);
  let zone = offsets.get(timeZone);
  if (!zone) offsets.set(timeZone, (zone = new Map()));
  let offset = zone.get(utcDay);
  if (offset === undefined) {
    const start = utcDay * DAY;
    const before = zoneOffsetMs(start, timeZone);
    offset = before === zoneOffsetMs(start + DAY, timeZone) ? before : NaN;
    zone.set(utcDay, offset);
  }
  return Math.floor((t + (Number.isNaN(offset) ? zoneOffsetMs(t, timeZone) : offset)) / DAY);
}

/** ISO 8601 week number: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(day: number): number {
  const thursday = day - weekday(day) + 3;
  const jan1 = Date.UTC(dayDate(thursday).getUTCFullYear(), 0, 1) / DAY;
  return Math.floor((thursday - jan1) / 7) + 1;
}

/** The same day of month `by` months away, kept inside the target month (31 Jan → 29 Feb). */
export function addMonths(day: number, by: number): number {
  const month = monthOf(day) + by;
  const last = firstOfMonth(month + 1) - 1;
  return Math.min(firstOfMonth(month) + dayDate(day).getUTCDate() - 1, last);
}

/** A feed event with its instants and the first and last calendar day it covers. */
export interface CalEvent {
  event: FeedEvent;
  start: Date;
  end: Date | undefined;
  first: number;
  last: number;
}

/**
 * The feed's events in time order, placed on days of the agreement's time zone. A timed event
 * that ends at midnight does not reach into the next day; an all-day event's `end` is its last day.
 */
export function calEvents(feed: Feed): CalEvent[] {
  const zone = feed.timeZone;
  return feed.events
    .map((event) => {
      const start = feedTime(event.start, zone);
      const end = event.end ? feedTime(event.end, zone) : undefined;
      const first = dayOf(start, zone);
      let last = end ? dayOf(end, zone) : first;
      if (end && !event.allDay && last > first && +end === +feedTime(isoDay(last), zone)) last--;
      return { event, start, end, first, last };
    })
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** The events on each day, built once per feed and filter; a multi-day event is on every day it covers. */
export function byDay(events: CalEvent[]): Map<number, CalEvent[]> {
  const days = new Map<number, CalEvent[]>();
  for (const e of events) {
    for (let d = e.first; d <= e.last; d++) {
      let list = days.get(d);
      if (!list) days.set(d, (list = []));
      list.push(e);
    }
  }
  return days;
}
