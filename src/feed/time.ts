/** Time helpers: feed times carry an offset, or are local times in the agreement's time zone. */

export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

/** The years a feed may speak of; anything else is a typo, and would stretch a timeline absurdly. */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2200;

// Every field within its range, as far as a pattern can say it (the published JSON Schema carries
// these patterns); `isRealDay` adds what a pattern cannot: 30 February, 31 April.
const YEAR = '(?:1[89]\\d\\d|2[01]\\d\\d|2200)';
const DAY = `${YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])`;
const CLOCK = '(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?';
const OFFSET = '(?:Z|[+-](?:(?:0\\d|1[0-3]):[0-5]\\d|14:00))';

/** A feed date: `2024-05-14`. */
export const DATE_PATTERN = new RegExp(`^${DAY}$`);
/** A feed date or time: `2024-05-14`, `2024-05-14T09:00`, `2024-05-14T09:00:00+02:00`. */
export const TIME_PATTERN = new RegExp(`^${DAY}(?:T${CLOCK}${OFFSET}?)?$`);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when the date a feed time starts with exists: no 30 February, 29 February only in leap years. */
export function isRealDay(value: string): boolean {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]!);
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormats.set(timeZone, format);
  }
  return format;
}

let zones: Set<string> | undefined;

/**
 * True when `Intl` knows the IANA time zone. The list of canonical zones answers most cheaply:
 * a page's first `Intl.DateTimeFormat` loads the locale data, and should not do so while a feed
 * is being checked. Aliases (`Asia/Calcutta`) ask a format.
 */
export function isTimeZone(timeZone: string): boolean {
  zones ??= new Set(Intl.supportedValuesOf?.('timeZone'));
  if (zones.has(timeZone)) return true;
  try {
    partsFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock fields of an instant in a time zone (month 1–12). */
export function zonedParts(date: Date, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const { type, value } of partsFormat(timeZone).formatToParts(date)) {
    if (type !== 'literal') parts[type] = Number(value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return { year, month, day, hour, minute, second };
}

/** The zone's offset from UTC in ms at an instant (whole seconds). */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const p = zonedParts(new Date(epochMs), timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/** The instant of a wall-clock time in a time zone (DST gaps resolve forwards). */
export function zonedToDate(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date {
  return wallToDate(Date.UTC(year, month - 1, day, hour, minute, second), timeZone);
}

/** The instant of a wall-clock time given as if it were UTC (ms). */
function wallToDate(wall: number, timeZone: string): Date {
  return new Date(wall - zoneOffsetMs(wall - zoneOffsetMs(wall, timeZone), timeZone));
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?$/;

/** A date or local time's wall clock as if it were UTC (ms); `undefined` for a time with an offset. */
function wallMs(value: string): number | undefined {
  const local = LOCAL.exec(value);
  if (!local) return undefined;
  const [, y, mo, d, h, mi, s] = local.map(Number) as number[];
  return Date.UTC(y!, mo! - 1, d!, h || 0, mi || 0, s || 0);
}

/**
 * The instant of a feed time: with an offset (`…+02:00`, `…Z`) as written; a date or local
 * time (`2024-03-14`, `2024-03-14T09:00`) in `timeZone`. Invalid input gives an invalid Date.
 */
export function feedTime(value: string, timeZone = DEFAULT_TIME_ZONE): Date {
  const wall = wallMs(value);
  return wall === undefined ? new Date(value) : wallToDate(wall, timeZone);
}

/**
 * True when feed time `a` comes before `b`. Two local times compare as wall clocks, with no
 * time-zone data: a page's first use of that data is costly, and checking a feed should not pay it.
 */
export function isBefore(a: string, b: string, timeZone = DEFAULT_TIME_ZONE): boolean {
  const wallA = wallMs(a);
  const wallB = wallMs(b);
  if (wallA !== undefined && wallB !== undefined) return wallA < wallB;
  return feedTime(a, timeZone) < feedTime(b, timeZone);
}
