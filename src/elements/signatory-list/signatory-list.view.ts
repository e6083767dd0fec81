/**
 * What the list shows once its feed is loaded: the search box, the count, the groups and the rows
 * or cards. Loaded on demand, so the page's eager bundle carries only the element's shell.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { literal, html as staticHtml } from 'lit/static-html.js';
import type { Feed } from '../../feed/parse.js';
import type { Locale } from '../../feed/text.js';
import { formatNumber } from '../../internal/format.js';
import { failed, load, loaded } from '../../internal/lazy.js';
import { group, initials, search, SECTORS, toRows, type Row, type Sector } from './rows.js';
import type { OkSignatoryList } from './signatory-list.js';
import { en, sv, type Strings } from './signatory-list.strings.js';

export { styles } from './signatory-list.styles.js';

/** Above this many rows only the visible ones are rendered. */
const VIRTUAL_FROM = 200;
/** Heading tags from h2: literals, so no markup is made from the attribute's text. */
const HEADINGS = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

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
}

/** What a list keeps between renders. */
interface Memo {
  rows?: { feed: Feed; key: string; current: Row[]; former: Row[] };
  /** Logo URLs that failed to load: their signatories show initials. */
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

/** Current and former signatories of the chosen sector, sorted; kept until feed, language or sector change. */
function prepare(feed: Feed, list: OkSignatoryList, locale: Locale) {
  const memo = memoOf(list);
  const sector = list.sector && SECTORS.includes(list.sector) ? list.sector : '';
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
  const matches = (query: string) => {
    const rows = search(current, query);
    return [rows, list.showFormer ? search(former, query) : []] as const;
  };
  const [rows, formerRows] = matches(state.query);
  const spoken = state.spoken.trim();
  const shown = rows.length + formerRows.length;
  const hits = spoken === state.query.trim() ? shown : matches(spoken).flat().length;
  const n = (value: number) => formatNumber(value, state.locale);
  const total = t.count(current.length, n(current.length));
  const virtual = shown > VIRTUAL_FROM;
  const memo = memoOf(list);
  if (virtual && !memo.askedVirtual && !loaded(loadVirtual)) {
    memo.askedVirtual = true;
    void load(loadVirtual, list);
  }
  const rowList = (rows: Row[]) => renderList(list, t, virtual, rows);
  const tag = HEADINGS[list.headingLevel - 2] ?? literal`h3`;
  const heading = (text: string, count: string) =>
    staticHtml`<${tag} class="heading" part="group-heading">${text} <span class="count">(${count})</span></${tag}>`;
  const items = [
    list.groupBy
      ? group(rows, list.groupBy).map(
          (g) =>
            html`<section class="group" part="group">
              ${heading(
                (list.groupBy === 'sector' ? t.sectors[g.key as Sector] : g.key) || t.unknown,
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
  // The summary speaks only of searches: a total changed by a refresh is the count widget's news.
  const summaryRole = list.searchable ? 'status' : nothing;
  return html`
    ${
      list.searchable
        ? html`<div class="search" part="search">
            <label for="search">${t.search}</label>
            <input
              id="search"
              type="search"
              autocomplete="off"
              .value=${state.query}
              @input=${(event: Event) => {
                state.input((event.target as HTMLInputElement).value);
                // New hits start at the top, not wherever the previous list was scrolled to.
                list.renderRoot.querySelector('.scroller')?.scrollTo(0, 0);
              }}
            />
          </div>`
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

function renderList(list: OkSignatoryList, t: Strings, virtual: boolean, rows: Row[]): unknown {
  if (!rows.length) return nothing;
  const cards = list.layout === 'grid';
  const item = (row: Row, index: number) => renderItem(list, t, row, index, rows.length, cards);
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
): TemplateResult {
  return html`<li part="item" aria-setsize=${size} aria-posinset=${index + 1}>
    ${cards ? renderLogo(list, s.name, s.logo) : nothing}
    <span class="name">${s.url ? html`<a href=${s.url}>${s.name}</a>` : s.name}</span>
    <span class="meta">
      <span class="sector" part="sector">${t.sectors[s.sector]}</span>
      ${kind ? html`<span>${kind}</span>` : nothing}
      ${s.municipality ? html`<span>${s.municipality}</span>` : nothing}
      ${s.signedAt ? html`<span>${t.signed} <time datetime=${s.signedAt}>${s.signedAt}</time></span>` : nothing}
      ${s.leftAt ? html`<span>${t.left} <time datetime=${s.leftAt}>${s.leftAt}</time></span>` : nothing}
    </span>
  </li>`;
}

/** The logo, or the initials when there is none or it fails to load: never a broken-image icon. */
function renderLogo(list: OkSignatoryList, name: string, logo: string | undefined): TemplateResult {
  const broken = memoOf(list).brokenLogos;
  return logo && !broken.has(logo)
    ? html`<img
        class="logo"
        part="logo"
        src=${logo}
        alt=${name}
        loading="lazy"
        @error=${() => {
          broken.add(logo);
          list.requestUpdate();
        }}
      />`
    : html`<span class="logo initials" part="logo" aria-hidden="true">${initials(name)}</span>`;
}
