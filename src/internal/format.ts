import type { Locale } from '../feed/text.js';
import { DEFAULT_TIME_ZONE } from '../feed/time.js';
import { intlLocale } from './locale.js';

const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/**
 * The formatter named `name` (one name per set of `options`) for `locale` and `timeZone`, made once:
 * a calendar formats hundreds of times per render, and building an `Intl.DateTimeFormat` costs
 * far more than using one.
 */
function dateFormat(name: string, locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = `d|${name}|${locale}|${timeZone}`;
  let format = formats.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone });
    formats.set(key, format);
  }
  return format;
}

let warmed = false;

/**
 * Makes the page's first formatters soon, in tasks of their own. The first `Intl` format of a
 * page loads ICU's locale data (tens of milliseconds on a phone); here, while the feed is on its
 * way, that work does not lengthen a widget's first render, and comes in three short tasks
 * instead of one long one: the locale's likely subtags, the date formats, the number format.
 */
export function warmFormats(locale: Locale): void {
  if (warmed) return;
  warmed = true;
  const steps = [
    () => new Intl.Locale(intlLocale(locale)).maximize(),
    () => formatLongDate(new Date(0), locale, DEFAULT_TIME_ZONE),
    () => formatNumber(0, locale),
  ];
  const next = () => {
    steps.shift()?.();
    if (steps.length) setTimeout(next);
  };
  setTimeout(next);
}

/** "1 234" in Swedish, "1,234" in English. */
export function formatNumber(value: number, locale: Locale): string {
  const key = `n|${locale}`;
  let format = formats.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale));
    formats.set(key, format);
  }
  return format.format(value);
}

/** "2024-05-14": the ISO form Swedish writing uses, in both languages. */
export function formatIsoDate(date: Date, timeZone: string): string {
  return dateFormat('iso', 'sv', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    date,
  );
}

/** "14 maj 2024" / "14 May 2024"; with `weekday`, "tisdag 14 maj 2024" / "Tuesday, 14 May 2024". */
export function formatLongDate(date: Date, locale: Locale, timeZone: string, weekday = false): string {
  return dateFormat(weekday ? 'long-weekday' : 'long', locale, timeZone, {
    ...(weekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}

/** "maj 2024" / "May 2024". */
export function formatMonth(date: Date, locale: Locale, timeZone: string): string {
  return dateFormat('month', locale, timeZone, { month: 'long', year: 'numeric' }).format(date);
}

/** "tisdag" / "Tuesday"; short, "tis" / "Tue". */
export function formatWeekday(date: Date, locale: Locale, timeZone: string, style: 'long' | 'short'): string {
  return dateFormat(`weekday-${style}`, locale, timeZone, { weekday: style }).format(date);
}

/** "9.00" in Swedish (Språkrådet's form), "09:00" in English. */
export function formatTime(date: Date, locale: Locale, timeZone: string): string {
  if (locale === 'en') {
    return dateFormat('time', 'en', timeZone, {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(date);
  }
  return dateFormat('time', 'sv', timeZone, { hour: 'numeric', minute: '2-digit' })
    .format(date)
    .replace(':', '.');
}

/** "kl. 9.00–15.30" / "09:00–15:30"; one time when there is no end. */
export function formatTimeRange(
  start: Date,
  end: Date | undefined,
  locale: Locale,
  timeZone: string,
): string {
  const range = end
    ? `${formatTime(start, locale, timeZone)}–${formatTime(end, locale, timeZone)}`
    : formatTime(start, locale, timeZone);
  // A no-break space: "kl." never ends a line apart from its time.
  return locale === 'sv' ? `kl.\u00a0${range}` : range;
}

/** A count's wordings by `Intl.PluralRules` category; `other` is always there. `{n}` is the count. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * `template` with each `{name}` replaced: numbers through `Intl.NumberFormat`, a `Plural` by the
 * count `n` through `Intl.PluralRules`. The one way every widget puts numbers into words, so a
 * third language is one more table per widget.
 */
export function fill(
  template: string | Plural,
  values: Readonly<Record<string, number | string>>,
  locale: Locale,
): string {
  let text = template;
  if (typeof text !== 'string') {
    let rules = pluralRules.get(locale);
    if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(intlLocale(locale))));
    text = text[rules.select(Number(values.n))] ?? text.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}
