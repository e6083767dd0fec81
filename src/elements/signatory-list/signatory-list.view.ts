/**
 * What the list shows once its feed is loaded: the search box, the count, the groups and the rows
 * or cards. Loaded on demand, so the page's eager bundle carries only the element's shell.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Feed } from '../../feed/parse.js';
import type { Locale } from '../../feed/text.js';
import { formatNumber } from '../../internal/format.js';
import { heading as headingAt } from '../../internal/heading.js';
import { failed, load, loaded } from '../../internal/lazy.js';
import { renderChips } from '../../internal/chips.js';
import { renderSearch } from '../../internal/search-field.js';
import { group, search, SECTORS, toRows, type Row, type Sector } from './rows.js';
import type { OkSignatoryList } from './signatory-list.js';
import { en, sv, type Strings } from './signatory-list.strings.js';

export { styles } from './signatory-list.styles.js';

/** Above this many rows only the visible ones are rendered. */
const VIRTUAL_FROM = 200;

/** Rows shown while the virtualizer loads. */
const FIRST_ROWS = 30;

const loadVirtual = () => import('./virtual.js');

export const strings = { sv, en };

/** What the view reads from its element beyond the public properties, and where typing goes. */
export interface ListState {
  locale: Locale;
  query: string;
  /** The query the live count speaks of. */
  spoken: string;
  /** The user typed in the search box. */
  input(query: string): void;
  /** The sector chosen with the filter's chips; '' for all. */
  chosen: Sector | '';
  /** The user chose a chip. */
  choose(sector: Sector | ''): void;
}

/** The details a row leaves out because its group heading or the filter already says them. */
interface Omit {
  sector: boolean;
  kind: boolean;
  municipality: boolean;
}

/** What a list keeps between renders. */
interface Memo {
  rows?: { feed: Feed; key: string; current: Row[]; former: Row[] };
  /** Logo URLs that failed to load: their signatories show no logo. */
  brokenLogos: Set<string>;
  /** The list has asked for the virtualizer: it asks once, so a failed download is not retried on every render. */
  askedVirtual?: boolean;
}

const memos = new WeakMap<OkSignatoryList, Memo>();

function memoOf(list: OkSignatoryList): Memo {
  let memo = memos.get(list);
  if (!memo) memos.set(list, (memo = { brokenLogos: new Set() }));
  return memo;
}

/** The sector the page fixed with the `sector` attribute; '' for none (or one that is no sector). */
const fixedSector = (list: OkSignatoryList): Sector | '' =>
  list.sector && SECTORS.includes(list.sector) ? list.sector : '';

/** Current and former signatories of the fixed sector, sorted; kept until feed, language or sector change. */
function prepare(feed: Feed, list: OkSignatoryList, locale: Locale) {
  const memo = memoOf(list);
  const sector = fixedSector(list);
  const key = `${locale}|${sector}`;
  if (memo.rows?.feed !== feed || memo.rows.key !== key) {
    const rows = toRows(feed.signatories, locale, (s) => !sector || s.sector === sector);
    memo.rows = {
      feed,
      key,
      current: rows.filter((r) => !r.s.leftAt),
      former: rows.filter((r) => r.s.leftAt),
    };
  }
  return memo.rows;
}

export function isEmpty(feed: Feed, list: OkSignatoryList, locale: Locale): boolean {
  const { current, former } = prepare(feed, list, locale);
  return current.length + (list.showFormer ? former.length : 0) === 0;
}

export function render(feed: Feed, list: OkSignatoryList, state: ListState): TemplateResult {
  const t = strings[state.locale];
  const { current, former } = prepare(feed, list, state.locale);
  // The chips offer the sectors present, unless the page fixed one with the attribute.
  const present = fixedSector(list) ? [] : SECTORS.filter((s) => current.some((row) => row.s.sector === s));
  const chosen = present.includes(state.chosen as Sector) ? state.chosen : '';
  const inSector = (rows: Row[]) => (chosen ? rows.filter((row) => row.s.sector === chosen) : rows);
  const matches = (query: string) => {
    const rows = search(current, query);
    return [rows, list.showFormer ? search(former, query) : []] as const;
  };
  const [hitsInAll, formerHits] = matches(state.query);
  const [rows, formerRows] = [inSector(hitsInAll), inSector(formerHits)];
  const spoken = state.spoken.trim();
  const shown = rows.length + formerRows.length;
  const hits = spoken === state.query.trim() ? shown : matches(spoken).map(inSector).flat().length;
  const n = (value: number) => formatNumber(value, state.locale);
  const inChosen = inSector(current).length;
  const total = t.count(inChosen, n(inChosen));
  const virtual = shown > VIRTUAL_FROM && !list.printing;
  const memo = memoOf(list);
  if (virtual && !memo.askedVirtual && !loaded(loadVirtual)) {
    memo.askedVirtual = true;
    void load(loadVirtual, list);
  }
  const omit: Omit = {
    sector: list.groupBy === 'sector' || Boolean(fixedSector(list) || chosen),
    kind: list.groupBy === 'kind',
    municipality: list.groupBy === 'municipality',
  };
  const rowList = (rows: Row[]) => renderList(list, t, virtual, rows, omit);
  const heading = (text: string, count: string) =>
    headingAt(list.headingLevel, html`${text} <span class="count">(${count})</span>`, {
      part: 'group-heading',
    });
  const items = [
    list.groupBy
      ? group(rows, list.groupBy).map(
          (g) =>
            html`<section class="group" part="group">
              ${heading(
                (list.groupBy === 'sector' ? t.groups[g.key as Sector] : g.key) || t.unknown,
                n(g.rows.length),
              )}
              ${rowList(g.rows)}
            </section>`,
        )
      : rowList(rows),
    formerRows.length
      ? html`<section class="group" part="former">
          ${heading(t.former, n(formerRows.length))} ${rowList(formerRows)}
        </section>`
      : nothing,
  ];
  // New hits or another sector start at the top, not wherever the previous list was scrolled to.
  const toTop = () => list.renderRoot.querySelector('.scroller')?.scrollTo(0, 0);
  const chip = (sector: Sector | '', count: number) => ({
    label: t.chips[sector],
    count: n(count),
    pressed: sector === chosen,
    choose: () => {
      state.choose(sector);
      toTop();
    },
  });
  // The summary speaks only of searches: a total changed by a refresh is the count widget's news.
  const summaryRole = list.searchable ? 'status' : nothing;
  return html`
    ${
      list.searchable
        ? renderSearch({
            label: t.search,
            value: state.query,
            input: (query) => {
              state.input(query);
              toTop();
            },
            part: { field: 'search' },
          })
        : nothing
    }
    ${
      present.length > 1
        ? renderChips(
            t.filter,
            [
              chip('', hitsInAll.length),
              ...present.map((sector) =>
                chip(sector, hitsInAll.filter((row) => row.s.sector === sector).length),
              ),
            ],
            'filter',
          )
        : nothing
    }
    <p class="summary" part="summary" role=${summaryRole}>
      ${!spoken ? total : hits ? t.hits(hits, n(hits), total) : t.noHits(spoken)}
    </p>
    ${
      virtual
        ? html`<div class="scroller" role="region" aria-label=${t.list} tabindex="0">${items}</div>`
        : items
    }
  `;
}

function renderList(list: OkSignatoryList, t: Strings, virtual: boolean, rows: Row[], omit: Omit): unknown {
  if (!rows.length) return nothing;
  const cards = list.layout === 'grid';
  const item = (row: Row, index: number) => renderItem(list, t, row, index, rows.length, cards, omit);
  const module = loaded(loadVirtual);
  // role="list" stays: Safari drops list semantics from a <ul> without bullets. Rows are keyed by
  // signatory, so a focused link stays with its signatory when a refresh adds one above it.
  if (!virtual || !module) {
    // Without its virtualizer a long list shows every row, slower to render but complete: the
    // rows are here already, and a reader is better served by all of them than by an error about
    // a download that only speeds the list up. While it loads, the first rows hold the place.
    const some = virtual && !failed(loadVirtual);
    // eslint-disable-next-line lit-a11y/no-redundant-role
    return html`<ul class=${cards ? 'grid' : ''} role="list" part="list">
      ${repeat(some ? rows.slice(0, FIRST_ROWS) : rows, (row) => row.s.id, item)}
    </ul>`;
  }
  // A fresh element when the layout changes: the grid's inline card sizes must not stay on the rows.
  return keyed(
    cards,
    html`<ok-virtual-rows
      class="virtual ${cards ? 'grid' : ''}"
      role="list"
      part="list"
      .items=${rows}
      .renderItem=${item}
      .layout=${cards ? module.cards(list) : {}}
    ></ok-virtual-rows>`,
  );
}

function renderItem(
  list: OkSignatoryList,
  t: Strings,
  { s, kind }: Row,
  index: number,
  size: number,
  cards: boolean,
  omit: Omit,
): TemplateResult {
  // Names are the organisations' own, in Swedish whatever the widget's language: hyphenated as Swedish.
  return html`<li part="item" aria-setsize=${size} aria-posinset=${index + 1}>
    ${cards ? renderLogo(list, s.logo) : nothing}
    <span class="name" lang="sv">${s.url ? html`<a href=${s.url}>${s.name}</a>` : s.name}</span>
    <span class="meta">
      ${omit.sector ? nothing : html`<span part="sector">${t.sectors[s.sector]}</span>`}
      ${kind && !omit.kind ? html`<span>${kind}</span>` : nothing}
      ${s.municipality && !omit.municipality ? html`<span>${s.municipality}</span>` : nothing}
      ${s.signedAt ? html`<span>${t.signed} <time datetime=${s.signedAt}>${s.signedAt}</time></span>` : nothing}
      ${s.leftAt ? html`<span>${t.left} <time datetime=${s.leftAt}>${s.leftAt}</time></span>` : nothing}
    </span>
  </li>`;
}

/**
 * The logo, when there is one that loads: never a broken-image icon, and no stand-in when there is
 * none. Its text is empty: the name beside it says who it is.
 */
function renderLogo(list: OkSignatoryList, logo: string | undefined): unknown {
  const broken = memoOf(list).brokenLogos;
  return logo && !broken.has(logo)
    ? html`<img
        class="logo"
        part="logo"
        src=${logo}
        alt=""
        loading="lazy"
        @error=${() => {
          broken.add(logo);
          list.requestUpdate();
        }}
      />`
    : nothing;
}
