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

/** Swedish order (Å, Ä, Ö after Z) in both languages, as the names are Swedish; "nr 9" before "nr 10". */
const collator = new Intl.Collator('sv', { numeric: true });

/** Each feed's signatories sorted by name, once: a language or sector change keeps the order. */
const sorted = new WeakMap<Signatory[], Signatory[]>();

/** The signatories of `feed` (those `keep` keeps) as rows sorted by name. */
export function toRows(all: Signatory[], locale: Locale, keep: (s: Signatory) => boolean): Row[] {
  let order = sorted.get(all);
  if (!order) sorted.set(all, (order = [...all].sort((a, b) => collator.compare(a.name, b.name))));
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
        collator.compare(a.key, b.key),
    );
}
