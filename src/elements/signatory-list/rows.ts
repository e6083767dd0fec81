import type { Signatory } from '../../feed/parse.js';
import { pickText, type Locale } from '../../feed/text.js';
import { fold, queryWords } from '../../internal/search.js';

export type Sector = Signatory['sector'];
export type GroupBy = 'sector' | 'kind' | 'municipality' | 'year';

/** A signatory with what the list shows and searches, worked out once per feed. */
export class Row {
  #haystack?: string;

  constructor(
    readonly s: Signatory,
    readonly kind: string,
  ) {}

  /** Name, kind and municipality folded for search: on the first search, not the first render. */
  get haystack(): string {
    return (this.#haystack ??= fold(`${this.s.name}\n${this.kind}\n${this.s.municipality ?? ''}`));
  }
}

export interface Group {
  /** '' for signatories without the grouped field. */
  key: string;
  rows: Row[];
}

export const SECTORS: readonly Sector[] = ['civil', 'public', 'other'];

let collator: Intl.Collator | undefined;

/**
 * Swedish order (Å, Ä, Ö after Z) in both languages, as the names are Swedish; "nr 9" before
 * "nr 10". The collator is made on first use: it loads ICU's collation data, long work on a phone,
 * and the keys below order most lists without it.
 */
const collate = (a: string, b: string): number =>
  (collator ??= new Intl.Collator('sv', { numeric: true })).compare(a, b);

/** Longest run of digits a key holds; a longer number is left to the collator. */
const MAX_DIGITS = 15;

/**
 * A key whose plain string order is the collator's order at the first level (letters, numbers by
 * value, spaces before both; case and accents only break ties), for names of the Swedish letters
 * a–ö, digits and spaces: nearly every association's name. `undefined` for any other name.
 * Space sorts as \u0001, a number as \u0002, its length and its digits, a letter from `a`
 * on with å, ä, ö after z.
 */
export function nameKey(name: string): string | undefined {
  let key = '';
  const lower = name.toLowerCase();
  for (let i = 0; i < lower.length; i += 1) {
    const c = lower[i]!;
    if (c >= 'a' && c <= 'z') key += c;
    else if (c === 'å') key += '{';
    else if (c === 'ä') key += '|';
    else if (c === 'ö') key += '}';
    else if (c === ' ') key += '\u0001';
    else if (c >= '1' && c <= '9') {
      // Numbers compare by value: longer is larger, then digit by digit.
      let end = i + 1;
      while (end < lower.length && lower[end]! >= '0' && lower[end]! <= '9') end += 1;
      if (end - i > MAX_DIGITS) return undefined;
      key += `\u0002${String.fromCharCode(0x10 + end - i)}${lower.slice(i, end)}`;
      i = end - 1;
    } else return undefined; // leading zeros, punctuation, other letters: the collator knows
  }
  return key;
}

/**
 * `items` sorted by `name` as the collator sorts them, asking it only for names without a key
 * and for ties (case, accents): several times faster on a long list.
 */
export function sortByName<T>(items: readonly T[], name: (item: T) => string): T[] {
  return items
    .map((item) => {
      const text = name(item);
      return { item, name: text, key: nameKey(text) };
    })
    .sort((a, b) =>
      a.key !== undefined && b.key !== undefined && a.key !== b.key
        ? a.key < b.key
          ? -1
          : 1
        : collate(a.name, b.name),
    )
    .map(({ item }) => item);
}

/** Each feed's signatories sorted by name, once: a language or sector change keeps the order. */
const sorted = new WeakMap<Signatory[], Signatory[]>();

/** The signatories of `feed` (those `keep` keeps) as rows sorted by name. */
export function toRows(all: Signatory[], locale: Locale, keep: (s: Signatory) => boolean): Row[] {
  let order = sorted.get(all);
  if (!order) sorted.set(all, (order = sortByName(all, (s) => s.name)));
  return order.filter(keep).map((s) => new Row(s, pickText(s.kind, locale)));
}

/** The rows that contain every word of `query`, in their order. */
export function search(rows: Row[], query: string): Row[] {
  const words = queryWords(query);
  return words.length ? rows.filter((row) => words.every((w) => row.haystack.includes(w))) : rows;
}

function keyOf(row: Row, by: GroupBy): string {
  if (by === 'sector') return row.s.sector;
  if (by === 'kind') return row.kind;
  if (by === 'municipality') return row.s.municipality ?? '';
  return row.s.signedAt?.slice(0, 4) ?? '';
}

/** The rows in groups: sectors in their fixed order, others by Swedish collation, missing last. */
export function group(rows: Row[], by: GroupBy): Group[] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = keyOf(row, by);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return [...groups]
    .map(([key, list]) => ({ key, rows: list }))
    .sort(
      (a, b) =>
        Number(!a.key) - Number(!b.key) ||
        SECTORS.indexOf(a.key as Sector) - SECTORS.indexOf(b.key as Sector) ||
        collate(a.key, b.key),
    );
}
