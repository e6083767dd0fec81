import { css } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Feed } from '../../feed/parse.js';
import { LazyView } from '../../internal/lazy-view.js';
import { OkElement } from '../../internal/ok-element.js';
import { TypingPause } from '../../internal/search.js';
import { baseStyles } from '../../internal/styles.js';
import type { GroupBy, Sector } from './rows.js';

/** The rendering, search and strings load on first use, while the feed loads; the skeleton holds the space. */
const loadView = () => import('./signatory-list.view.js');

/**
 * The skeleton stands for rows: lines a row's height apart, as tall as a few dozen signatories,
 * so the page below moves little when the list arrives.
 */
const skeletonStyles = css`
  .skeleton {
    min-height: var(--ok-skeleton-height, 40em);
    mask: repeating-linear-gradient(#000 0 1.5em, transparent 1.5em 2.5em);
  }
`;

/**
 * The grid shows a logo where there is one and a quiet card where there is none; in a container
 * narrower than 30em it is a compact list. A row leaves out what its group heading or the filter
 * already says.
 *
 * @summary The signatories of the agreement: search, filter by sector, groups, list or logo grid.
 *
 * @fires ok-load - The feed loaded. Detail: `{ feed, skipped }`.
 * @fires ok-error - The feed could not be loaded. Detail: `{ error }`.
 * @csspart base - The widget's root.
 * @csspart search - The search label and box.
 * @csspart summary - The count of signatories or search hits (a polite live region with `searchable`).
 * @csspart group - One group of a grouped list.
 * @csspart group-heading - The heading of a group, with its count.
 * @csspart list - A list of signatories.
 * @csspart item - One signatory.
 * @csspart filter - The sector filter's chips.
 * @csspart chip - One chip of the sector filter, with its count.
 * @csspart logo - A signatory's logo (none when it has none, or it fails to load).
 * @csspart sector - A signatory's sector, among its details.
 * @csspart former - The list of former signatories.
 * @cssprop --ok-signatory-list-height - Height of the scrolling area of a long list (default 32em).
 */
export class OkSignatoryList extends OkElement {
  // The rest of the styles come with the view.
  static override styles = [baseStyles, skeletonStyles];

  /** Shows one sector only: `civil`, `public` or `other`; absent: all, with a filter by sector on screen. */
  @property({ attribute: 'sector' }) sector?: Sector;

  /** Groups the list by `sector`, `kind`, `municipality` or `year` of signing. */
  @property({ attribute: 'group-by' }) groupBy?: GroupBy;

  /** `list` (default) or `grid`, cards with logos. */
  @property({ attribute: 'layout' }) layout: 'list' | 'grid' = 'list';

  /** Shows a search box. */
  @property({ type: Boolean, attribute: 'searchable' }) searchable = false;

  /** Lists former signatories (those with `leftAt`) apart, after the current ones. */
  @property({ type: Boolean, attribute: 'show-former' }) showFormer = false;

  /** The sector chosen with the filter's chips; '' for all. */
  @state() private chosen: Sector | '' = '';

  /** @internal True while the page prints: every row is on paper, not only those a virtual list has drawn. */
  @state() printing = false;

  @state() private query = '';
  /** The query the live count speaks of: it follows `query` once typing pauses. */
  @state() private spoken = '';
  #typing = new TypingPause(() => (this.spoken = this.query));
  /** @internal */
  protected override readonly lazy = new LazyView(this, loadView);

  readonly #print = (event: Event) => {
    this.printing = event.type === 'beforeprint';
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.#print);
    addEventListener('afterprint', this.#print);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#typing.cancel();
    removeEventListener('beforeprint', this.#print);
    removeEventListener('afterprint', this.#print);
  }

  // The base asks only once the view is there: emptiness is the view's to tell.
  protected isEmpty(feed: Feed): boolean {
    return this.lazy.module!.isEmpty(feed, this, this.locale);
  }

  protected override emptyText(): string {
    return this.lazy.module!.strings[this.locale].empty;
  }

  protected renderFeed(feed: Feed): unknown {
    return this.lazy.module!.render(feed, this, {
      locale: this.locale,
      query: this.query,
      spoken: this.spoken,
      chosen: this.chosen,
      choose: (sector) => {
        this.chosen = sector;
      },
      input: (query) => {
        this.query = query;
        this.#typing.restart();
      },
    });
  }
}
