/** Time helpers: feed times carry an offset, or are local times in the agreement's time zone. */

export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

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

/** True when `Intl` knows the IANA time zone. */
export function isTimeZone(timeZone: string): boolean {
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

function offsetMs(epochMs: number, timeZone: string): number {
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
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  return new Date(wall - offsetMs(wall - offsetMs(wall, timeZone), timeZone));
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?$/;

/**
 * The instant of a feed time: with an offset (`…+02:00`, `…Z`) as written; a date or local
 * time (`2024-03-14`, `2024-03-14T09:00`) in `timeZone`. Invalid input gives an invalid Date.
 */
export function feedTime(value: string, timeZone = DEFAULT_TIME_ZONE): Date {
  const local = LOCAL.exec(value);
  if (!local) return new Date(value);
  const [, y, mo, d, h, mi, s] = local.map(Number) as number[];
  return zonedToDate(timeZone, y!, mo!, d!, h || 0, mi || 0, s || 0);
}
