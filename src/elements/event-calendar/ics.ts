import type { Feed } from '../../feed/parse.js';
import { pickText, type Locale } from '../../feed/text.js';
import { isoDay, type CalEvent } from './days.js';
import { place } from './place.js';
import * as strings from './event-calendar.strings.js';

/**
 * Calendar export (RFC 5545): the calendar's download and `ok-widgets ics` write the same file.
 * No DOM and no Lit, so the command line can bundle it. Timed events are written in UTC,
 * which every calendar converts to its reader's zone; all-day events as dates with the
 * exclusive end the standard asks for.
 */

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export const escapeText = (text: string) =>
  text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');

const encoder = new TextEncoder();

/** Folds a content line at 75 octets, never inside a UTF-8 sequence (RFC 5545 §3.1). */
export function fold(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

const utc = (date: Date) => date.toISOString().replace(/-|:|\.\d+/g, '');
const date = (day: number) => isoDay(day).replace(/-/g, '');
const STATUS: Record<string, string> = { cancelled: 'CANCELLED', postponed: 'TENTATIVE' };

/** The events as one VCALENDAR, lines ending in CRLF. */
export function toIcs(events: CalEvent[], feed: Feed, locale: Locale, now = new Date()): string {
  const t = strings[locale];
  const calendar = feed.agreement?.id ?? 'ok-widgets';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ok-widgets//ok-event-calendar//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (feed.agreement) lines.push(`X-WR-CALNAME:${escapeText(pickText(feed.agreement.name, locale))}`);
  for (const { event, start, end, first, last } of events) {
    const text = (name: string, value: string | undefined) =>
      value && lines.push(`${name}:${escapeText(value)}`);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(`${event.id}@${calendar}.ok-widgets`)}`,
      `DTSTAMP:${utc(now)}`,
    );
    if (event.allDay) lines.push(`DTSTART;VALUE=DATE:${date(first)}`, `DTEND;VALUE=DATE:${date(last + 1)}`);
    else lines.push(`DTSTART:${utc(start)}`, ...(end ? [`DTEND:${utc(end)}`] : []));
    text('SUMMARY', pickText(event.title, locale));
    text(
      'DESCRIPTION',
      [pickText(event.description, locale), event.onlineUrl && `${t.online}: ${event.onlineUrl}`]
        .filter(Boolean)
        .join('\n\n'),
    );
    text('LOCATION', place(event, feed, locale));
    const url = event.registrationUrl ?? event.documentationUrl ?? event.onlineUrl;
    if (url) lines.push(`URL:${url}`);
    lines.push(`STATUS:${STATUS[event.status ?? ''] ?? 'CONFIRMED'}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
