import { css, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Feed } from '../../feed/parse.js';
import { emit } from '../../internal/events.js';
import { LazyView } from '../../internal/lazy-view.js';
import { OkElement } from '../../internal/ok-element.js';

const PREFIX = 'ok-commitment-';
const PAGE_LOAD = {};
/** The hash link (or page load) that a tracker has already scrolled to. */
let claimed: object | undefined;
/** The summary, filters and points load on first use, while the feed loads. */
const loadView = () => import('./commitment-tracker.view.js');

/**
 * The commitment points grouped by principle, with progress per principle, each point expandable
 * to its actions by year, and the target picture. Follows the principle chosen in another widget
 * of the same `<ok-feed>`. A page URL ending in `#ok-commitment-5` opens point 5 and scrolls to it;
 * `open="5"` only opens it, leaving the page where the reader is.
 *
 * @summary Shows the commitment points and how far each principle has come.
 * @fires ok-principle-select - The user chose a principle in the filter. Detail: `{ id }`, empty for all.
 * @csspart base - The wrapper of every state.
 * @csspart summary - The section with the counts and a progress bar per principle.
 * @csspart filters - The principle and status filters.
 * @csspart point - One commitment point.
 * @csspart toggle - The button that opens a point.
 * @csspart details - A point's actions, date and link.
 * @csspart targets - The target picture.
 * @cssprop --ok-color-success - Done points.
 * @cssprop --ok-color-muted - The progress bar of points without a known principle.
 * @cssprop --ok-color-warning - Points in progress.
 * @cssprop --ok-scroll-margin - Space kept above a linked point, e.g. the height of a sticky page header.
 */
export class OkCommitmentTracker extends OkElement {
  // The rest of the styles come with the view.
  static override styles = [
    ...OkElement.styles,
    css`
      .skeleton {
        min-height: var(--ok-skeleton-height, 40em);
      }
    `,
  ];

  /** Shows only the points of this principle id (until a principle is chosen in the same feed). */
  @property({ attribute: 'principle' }) principle = '';

  /** Shows only points with this status: `planned`, `in-progress` or `done`. */
  @property({ attribute: 'status' }) status = '';

  /** Neither follows nor shares the principle chosen in other widgets of the same `<ok-feed>`. */
  @property({ attribute: 'independent', type: Boolean }) independent = false;

  /** The number (or id) of a point to open; unlike a `#ok-commitment-5` link, it neither scrolls nor moves focus. */
  @property({ attribute: 'open' }) open = '';

  @state() private expanded = new Set<string>();
  @state() private copied?: { key: string; url?: string };
  /** The point to show once rendered, and the hash link (or page load) that asked to scroll to it. */
  #reveal?: { key: string; cause?: object };

  /** @internal */
  protected override readonly lazy = new LazyView(this, loadView);

  readonly #onHash = (event?: Event) => {
    const hash = location.hash;
    if (!hash.startsWith(`#${PREFIX}`)) return;
    let key = hash.slice(PREFIX.length + 1);
    try {
      key = decodeURIComponent(key);
    } catch {
      // A hand-typed link with a broken escape: the key as written.
    }
    this.#show(key, event ?? PAGE_LOAD);
  };

  /** A `#ok-commitment-5` address (or the `open` attribute) renders the tracker at once. */
  protected override get targeted(): boolean {
    return super.targeted || this.open !== '' || location.hash.startsWith(`#${PREFIX}`);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.#onHash);
    this.#onHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHash);
  }

  protected override willUpdate(changed?: PropertyValues<this>): void {
    super.willUpdate();
    if (changed?.has('open') && this.open) {
      this.#show(this.open);
      this.need();
    }
  }

  // Browsers do not scroll to ids inside a shadow root, so the widget does it once it has rendered.
  protected override updated(): void {
    const reveal = this.#reveal;
    const state = this.feedState;
    const view = this.lazy.module;
    if (!reveal || state.status !== 'ready' || !view) return;
    this.#reveal = undefined;
    // With several trackers on a page, one hash link scrolls to the first that has the point.
    if (reveal.cause && reveal.cause === claimed) return;
    const point = this.renderRoot.querySelector(`[id="${PREFIX}${CSS.escape(reveal.key)}"]`);
    if (point) {
      // Only a page address scrolls and moves focus: `open` leaves the reader where they are.
      if (!reveal.cause) return;
      claimed = reveal.cause;
      point.scrollIntoView({ block: 'start' });
      point.querySelector('button')?.focus({ preventScroll: true });
    } else if (state.feed.commitments.some((c) => view.keyOf(c) === reveal.key)) {
      // Hidden by a filter: clear the filters and try again.
      this.#reveal = reveal;
      this.principle = this.status = '';
      if (this.#principle) this.sharePrinciple(undefined);
    }
  }

  #show(key: string, cause?: object): void {
    this.#reveal = { key, cause };
    this.expanded = new Set(this.expanded).add(key);
  }

  get #principle(): string {
    return (!this.independent && this.sharedPrinciple) || this.principle;
  }

  async #copy(key: string): Promise<void> {
    const url = `${location.href.split('#')[0]}#${PREFIX}${encodeURIComponent(key)}`;
    try {
      await navigator.clipboard.writeText(url);
      this.copied = { key };
    } catch {
      this.copied = { key, url };
    }
  }

  protected isEmpty(feed: Feed): boolean {
    return feed.commitments.length === 0 && feed.targets.length === 0;
  }

  protected override emptyText(): string {
    return this.lazy.module!.strings[this.locale].empty;
  }

  protected renderFeed(feed: Feed): unknown {
    return this.lazy.module!.render(feed, {
      locale: this.locale,
      headingLevel: this.headingLevel,
      principle: this.#principle,
      status: this.status,
      expanded: this.expanded,
      copied: this.copied,
      toggle: (key) => {
        const expanded = new Set(this.expanded);
        if (!expanded.delete(key)) expanded.add(key);
        this.expanded = expanded;
      },
      copy: (key) => void this.#copy(key),
      choosePrinciple: (id) => {
        this.principle = id;
        if (!this.independent) this.sharePrinciple(id || undefined);
        emit(this, 'ok-principle-select', { id });
      },
      chooseStatus: (status) => (this.status = status),
    });
  }
}
