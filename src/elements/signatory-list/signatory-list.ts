import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { property, state } from 'lit/decorators.js';
import type { Feed } from '../../feed/parse.js';
import { safeUrl } from '../../feed/url.js';
import { formatNumber } from '../../internal/format.js';
import { OkElement } from '../../internal/ok-element.js';
import { group, initials, search, SECTORS, toRows, type GroupBy, type Row, type Sector } from './rows.js';
import * as strings from './signatory-list.strings.js';
import { styles } from './signatory-list.styles.js';

/** Above this many rows only the visible ones are rendered. */
const VIRTUAL_FROM = 200;
/** Rows shown while the virtualizer loads. */
const FIRST_ROWS = 30;

type Virtual = typeof import('./virtual.js');

/**
 * @summary The signatories of the agreement: search, filter by sector, groups, list or logo grid.
 *
 * @fires ok-load - The feed loaded. Detail: `{ feed, skipped }`.
 * @fires ok-error - The feed could not be loaded. Detail: `{ error }`.
 * @csspart base - The widget's root.
 * @csspart skeleton - The placeholder while loading.
 * @csspart search - The search label and box.
 * @csspart summary - The count of signatories or search hits (a polite live region).
 * @csspart group - One group of a grouped list.
 * @csspart group-heading - The heading of a group, with its count.
 * @csspart list - A list of signatories.
 * @csspart item - One signatory.
 * @csspart logo - A signatory's logo, or its initials when there is none.
 * @csspart sector - A signatory's sector label.
 * @csspart former - The list of former signatories.
 * @cssprop --ok-signatory-list-height - Height of the scrolling area of a long list (default 32em).
 */
export class OkSignatoryList extends OkElement {
  static override styles = [...OkElement.styles, styles];

  /** Shows one sector only: `civil`, `public` or `other`. */
  @property({ attribute: 'sector' }) sector?: Sector;

  /** Groups the list by `sector`, `kind`, `municipality` or `year` of signing. */
  @property({ attribute: 'group-by' }) groupBy?: GroupBy;

  /** `list` (default) or `grid`, cards with logos. */
  @property({ attribute: 'layout' }) layout: 'list' | 'grid' = 'list';

  /** Shows a search box. */
  @property({ type: Boolean, attribute: 'searchable' }) searchable = false;

  /** Lists former signatories (those with `leftAt`) apart, after the current ones. */
  @property({ type: Boolean, attribute: 'show-former' }) showFormer = false;

  @state() private query = '';
  /** The query the live count speaks of: it follows `query` once typing pauses. */
  @state() private spoken = '';
  #typing?: ReturnType<typeof setTimeout>;

  /** Logo URLs that failed to load: their signatories show initials. */
  readonly #brokenLogos = new Set<string>();
  #virtual?: Virtual | Promise<void>;
  #rows?: { feed: Feed; key: string; current: Row[]; former: Row[] };

  get #t() {
    return strings[this.locale];
  }

  /** Current and former signatories of the chosen sector, sorted; kept until feed, language or sector change. */
  #prepare(feed: Feed) {
    const sector = this.sector && SECTORS.includes(this.sector) ? this.sector : '';
    const key = `${this.locale}|${sector}`;
    if (this.#rows?.feed !== feed || this.#rows.key !== key) {
      const rows = toRows(
        feed.signatories.filter((s) => !sector || s.sector === sector),
        this.locale,
      );
      this.#rows = {
        feed,
        key,
        current: rows.filter((r) => !r.s.leftAt),
        former: rows.filter((r) => r.s.leftAt),
      };
    }
    return this.#rows;
  }

  protected isEmpty(feed: Feed): boolean {
    const { current, former } = this.#prepare(feed);
    return current.length + (this.showFormer ? former.length : 0) === 0;
  }

  protected override emptyText(): string {
    return this.#t.empty;
  }

  protected renderFeed(feed: Feed): TemplateResult {
    const t = this.#t;
    const { current, former } = this.#prepare(feed);
    const matches = (query: string) => {
      const rows = search(current, query);
      return [rows, this.showFormer ? search(former, query) : []] as const;
    };
    const [rows, formerRows] = matches(this.query);
    const spoken = this.spoken.trim();
    const shown = rows.length + formerRows.length;
    const hits = spoken === this.query.trim() ? shown : matches(spoken).flat().length;
    const n = (value: number) => formatNumber(value, this.locale);
    const total = t.count(current.length, n(current.length));
    const virtual = shown > VIRTUAL_FROM;
    if (virtual) this.#loadVirtual();
    const items = [
      this.groupBy
        ? group(rows, this.groupBy).map(
            (g) =>
              html`<section class="group" part="group">
                <h3 part="group-heading">
                  ${(this.groupBy === 'sector' ? t.sectors[g.key as Sector] : g.key) || t.unknown}
                  <span class="count">(${n(g.rows.length)})</span>
                </h3>
                ${this.#list(virtual, g.rows)}
              </section>`,
          )
        : this.#list(virtual, rows),
      formerRows.length
        ? html`<section class="group" part="former">
            <h3 part="group-heading">${t.former} <span class="count">(${n(formerRows.length)})</span></h3>
            ${this.#list(virtual, formerRows)}
          </section>`
        : nothing,
    ];
    return html`
      ${
        this.searchable
          ? html`<div class="search" part="search">
              <label for="search">${t.search}</label>
              <input
                id="search"
                type="search"
                autocomplete="off"
                .value=${this.query}
                @input=${this.#onInput}
              />
            </div>`
          : nothing
      }
      <p class="summary" part="summary" role="status">
        ${!spoken ? total : hits ? t.hits(hits, n(hits), total) : t.noHits(spoken)}
      </p>
      ${
        virtual
          ? html`<div class="scroller" role="region" aria-label=${t.list} tabindex="0">${items}</div>`
          : items
      }
    `;
  }

  #onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.#typing);
    // One announcement when typing pauses, rather than one per keystroke queued in the screen reader.
    this.#typing = setTimeout(() => (this.spoken = this.query), 500);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#typing);
  }

  /** Starts loading the virtualizer; renders again once it is there. */
  #loadVirtual(): void {
    this.#virtual ??= import('./virtual.js').then((module) => {
      this.#virtual = module;
      this.requestUpdate();
    });
  }

  #list(virtual: boolean, rows: Row[]): unknown {
    if (!rows.length) return nothing;
    const cards = this.layout === 'grid';
    const item = (row: Row, index: number) => this.#item(row, index, rows.length, cards);
    const module = this.#virtual;
    // role="list" stays: Safari drops list semantics from a <ul> without bullets.
    if (!virtual || !module || module instanceof Promise) {
      // eslint-disable-next-line lit-a11y/no-redundant-role
      return html`<ul class=${cards ? 'grid' : ''} role="list" part="list">
        ${(virtual ? rows.slice(0, FIRST_ROWS) : rows).map(item)}
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
        .layout=${cards ? module.cards(this) : {}}
      ></ok-virtual-rows>`,
    );
  }

  #item({ s, kind }: Row, index: number, size: number, cards: boolean): TemplateResult {
    const t = this.#t;
    const url = safeUrl(s.url);
    return html`<li part="item" aria-setsize=${size} aria-posinset=${index + 1}>
      ${cards ? this.#logo(s.name, s.logo) : nothing}
      <span class="name">${url ? html`<a href=${url}>${s.name}</a>` : s.name}</span>
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
  #logo(name: string, logo: string | undefined): TemplateResult {
    return logo && !this.#brokenLogos.has(logo)
      ? html`<img
          class="logo"
          part="logo"
          src=${logo}
          alt=${name}
          loading="lazy"
          @error=${() => {
            this.#brokenLogos.add(logo);
            this.requestUpdate();
          }}
        />`
      : html`<span class="logo initials" part="logo" aria-hidden="true">${initials(name)}</span>`;
  }
}
