/**
 * Cell values as people type them, to feed values: decimal commas, ja/nej/x, lists, Swedish
 * labels, dates and local times in the agreement's time zone. A value that cannot be read throws
 * `Invalid` with the message to show.
 */
import { DATE_PATTERN, isRealDay, TIME_PATTERN, zonedToDate, zoneOffsetMs } from '../feed/time.js';
import { safeUrl } from '../feed/url.js';
import type { AuthoringMessages } from './messages.js';
import type { Cell } from './read.js';

export class Invalid extends Error {}

/** A header, sheet name or label compared forgivingly: no case, accents, spaces or punctuation. */
export const norm = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** An id made from a name: `Rädda Barnen Halland` → `radda-barnen-halland`; the same name, the same id. */
export const slug = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');

const pad = (n: number, size = 2) => String(n).padStart(size, '0');

/** A date cell's wall-clock fields: the reader gives them as the UTC fields of a Date. */
const wallDate = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const wallClock = (d: Date) =>
  `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${d.getUTCSeconds() ? `:${pad(d.getUTCSeconds())}` : ''}`;
const hasClock = (d: Date) => d.getUTCHours() + d.getUTCMinutes() + d.getUTCSeconds() > 0;

/** A cell as the person sees it: `2024-03-14 09:00` for a date cell, `12.5` for a number. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return hasClock(cell) ? `${wallDate(cell)} ${wallClock(cell)}` : wallDate(cell);
  return String(cell).trim();
}

/** `12`, `56,6745`, `1 200`, `-3.5`; a number cell as it is. */
export function toNumber(cell: Cell, m: AuthoringMessages): number {
  if (typeof cell === 'number') return cell;
  const text = cellText(cell);
  const plain = text.replace(/[\s\u00a0]/g, '').replace(/^([+-]?\d*),(\d+)$/, '$1.$2');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(plain)) throw new Invalid(m.notNumber(text));
  return Number(plain);
}

export function toWhole(cell: Cell, m: AuthoringMessages, min = -Infinity, max = Infinity): number {
  const n = toNumber(cell, m);
  if (!Number.isInteger(n)) throw new Invalid(m.notWhole(cellText(cell)));
  if (n < min || n > max) throw new Invalid(m.outOfRange(cellText(cell), min, max));
  return n;
}

const YES = new Set(['ja', 'j', 'x', 'yes', 'y', 'true', 'sant', '1']);
const NO = new Set(['nej', 'n', 'no', 'false', 'falskt', '0']);

export function toBoolean(cell: Cell, m: AuthoringMessages): boolean {
  if (typeof cell === 'boolean') return cell;
  const key = norm(cellText(cell));
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  throw new Invalid(m.notBoolean(cellText(cell)));
}

/** Items separated by `;` or `,`, empty ones dropped. */
export const toList = (cell: Cell) =>
  cellText(cell)
    .split(/[;,]/)
    .map((item) => item.trim())
    .filter(Boolean);

export function toDate(cell: Cell, m: AuthoringMessages): string {
  if (cell instanceof Date) return wallDate(cell);
  const text = cellText(cell);
  if (!DATE_PATTERN.test(text) || !isRealDay(text)) throw new Invalid(m.notDate(text));
  return text;
}

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/;

const offsetText = (ms: number) => {
  const minutes = Math.abs(ms / 60000);
  return `${ms < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
};

/**
 * A date (`2024-03-14`), or a time as the feed writes it with its offset. A local time is the
 * wall clock in `zone`: one the clocks skip (spring forward) is an error; one they pass twice
 * (fall back) takes the first and calls `warn`.
 */
export function toTime(
  cell: Cell,
  zone: string,
  m: AuthoringMessages,
  warn: (message: string) => void,
): string {
  const text = cellText(cell);
  if (cell instanceof Date && !hasClock(cell)) return wallDate(cell);
  if (DATE_PATTERN.test(text) || (TIME_PATTERN.test(text) && /(Z|[+-]\d\d:\d\d)$/.test(text))) {
    if (!isRealDay(text)) throw new Invalid(m.notDate(text));
    return text;
  }
  const local = LOCAL_TIME.exec(text);
  const [year, month, day, hour, minute, second = 0] = (local?.slice(1) ?? []).map((v) => Number(v ?? 0));
  const date = `${local?.[1]}-${local?.[2]}-${local?.[3]}`;
  if (!local || !DATE_PATTERN.test(date) || !isRealDay(date) || hour! > 23 || minute! > 59 || second > 59) {
    throw new Invalid(m.notTime(text));
  }
  const wall = Date.UTC(year!, month! - 1, day!, hour, minute, second);
  // Every instant that shows this wall clock: the one `zonedToDate` finds, and those at the
  // offsets in force a day before and after, which cover both sides of a change.
  const instants = [
    +zonedToDate(zone, year!, month!, day!, hour, minute, second),
    wall - zoneOffsetMs(wall - 864e5, zone),
    wall - zoneOffsetMs(wall + 864e5, zone),
  ]
    .filter((t, i, all) => all.indexOf(t) === i && t + zoneOffsetMs(t, zone) === wall)
    .sort((a, b) => a - b);
  if (instants.length === 0) throw new Invalid(m.noSuchTime(text, zone));
  const offset = offsetText(zoneOffsetMs(instants[0]!, zone));
  if (instants.length > 1) warn(m.twiceTime(text, zone, offset));
  return `${date}T${pad(hour!)}:${pad(minute!)}${second ? `:${pad(second)}` : ''}${offset}`;
}

/** A link the widgets will show: http(s), mailto or tel; a bare `www.…` gets `https://`. */
export function toUrl(cell: Cell, m: AuthoringMessages): string {
  const text = cellText(cell);
  const value = /^www\./i.test(text) ? `https://${text}` : text;
  if (!safeUrl(value, 'https://feed.invalid/') || /\s/.test(value)) throw new Invalid(m.notUrl(text));
  return value;
}

/** `#1f6f8b`, `#fff` or a CSS colour word; the widgets check the word and fall back to their palette. */
export function toColor(cell: Cell, m: AuthoringMessages): string {
  const text = cellText(cell);
  if (!/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(text) && !/^[a-z]{3,20}$/i.test(text)) {
    throw new Invalid(m.notColor(text));
  }
  return text;
}

/** Labels to ids: each id and each of its labels, compared forgivingly. */
export class Choices {
  readonly #ids = new Map<string, string>();
  /** What a message offers, per language: the Swedish label, or the id in English. */
  readonly #shown: { sv: string; en: string }[] = [];

  add(id: string, ...labels: (string | undefined)[]): this {
    const names = [...labels.filter((l): l is string => !!l), id];
    if (!this.#ids.has(norm(id))) this.#shown.push({ sv: names[0]!.toLowerCase(), en: id });
    for (const name of names) if (!this.#ids.has(norm(name))) this.#ids.set(norm(name), id);
    return this;
  }

  get(value: string): string | undefined {
    return this.#ids.get(norm(value));
  }

  /** The id of a value, or `Invalid` naming the choices. */
  pick(cell: Cell, kind: string, m: AuthoringMessages): string {
    const text = cellText(cell);
    const id = this.get(text);
    if (id === undefined) {
      throw new Invalid(
        m.notOneOf(
          text,
          m.kinds[kind] ?? kind,
          this.#shown.map((s) => s[m.lang]),
        ),
      );
    }
    return id;
  }
}
