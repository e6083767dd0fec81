import { ContextProvider } from '@lit/context';
import { css } from 'lit';
import { property, state } from 'lit/decorators.js';
import { feedContext, type FeedContext } from '../../feed/context.js';
import type { FeedState } from '../../feed/loader.js';
import type { Feed } from '../../feed/parse.js';
import { LazyView } from '../../internal/lazy-view.js';
import { OkElement } from '../../internal/ok-element.js';
import { needNow } from '../../internal/when-needed.js';
import { PARTS, PREFIX, type Part } from './parts.js';

/** The about section, the sections, their strings and styles load at once, while the feed loads. */
const loadView = () => import('./agreement.view.js');
/** What a reader does to move on from a linked section. */
const READER_MOVES = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * The whole agreement in one element: its name and what it is about (vision, purpose, goals,
 * description, region and launch date), then a section for each part the feed has data for —
 * the principles' wheel, the signatories' count and list, the calendar, the venue map and the
 * commitment points — with a short in-page navigation. The parts share one feed request and the
 * principle chosen in the wheel. A page URL ending in `#ok-agreement-map` scrolls to the map's
 * section and focuses it.
 *
 * @summary Shows the whole agreement: what it is about and each of its parts, in one paste.
 * @fires ok-load - The feed loaded. Detail: `{ feed, skipped }`.
 * @fires ok-error - The feed could not be loaded. Detail: `{ error }`.
 * @fires ok-principle-select - The user chose a principle in the wheel or the tracker. Detail: `{ id }`.
 * @csspart base - The wrapper of every state.
 * @csspart heading - The agreement's name.
 * @csspart nav - The in-page navigation.
 * @csspart about - What the agreement is about.
 * @csspart vision - The vision, shown prominently.
 * @csspart section - Each part's section.
 * @csspart section-heading - Each part's heading.
 * @cssprop --ok-color-accent - The vision's rule and the navigation's links.
 * @cssprop --ok-scroll-margin - Space kept above a linked section, e.g. the height of a sticky page header.
 */
export class OkAgreement extends OkElement {
  // The rest of the styles come with the view.
  static override styles = [
    ...OkElement.styles,
    css`
      .skeleton {
        min-height: var(--ok-skeleton-height, 16em);
      }
    `,
  ];

  /** The parts to show, space-separated, in this order: `about principles signatories calendar map commitments`; absent: all the feed has data for. */
  @property({ attribute: 'parts' }) parts = '';

  /** The level of the agreement's name, 2 to 6 (default 2); section headings one below, the parts' headings below those. */
  @property({ type: Number, attribute: 'heading-level' })
  override get headingLevel(): number {
    return super.headingLevel;
  }
  override set headingLevel(level: number) {
    super.headingLevel = level;
  }

  /** A number of signatories the count shows progress toward. */
  @property({ type: Number, attribute: 'goal' }) goal?: number;

  /** The map's tile URL template with `{z}`, `{x}`, `{y}`; absent: OpenStreetMap. */
  @property({ attribute: 'tiles' }) tiles = '';

  /** The map's credit for the tiles (plain text). */
  @property({ attribute: 'attribution' }) attribution = '';

  /** The map's centre as `"lat,lon"`; absent: the map fits all venues. */
  @property({ attribute: 'center' }) center = '';

  /** The map's zoom level (2–18); absent: the zoom that fits all venues. */
  @property({ type: Number, attribute: 'zoom' }) zoom?: number;

  /** The calendar lists past events too. */
  @property({ type: Boolean, attribute: 'show-past' }) showPast = false;

  /** The principle chosen in a part, when the agreement has its own `src`. */
  @state() private principle?: string;

  /** The section a page link asked for, until it is on screen. */
  #target?: string;
  /** The `parts` value last warned about, so that a wrong word is reported once. */
  #warned?: string;
  /** What the parts were last given, to give them a new context only when it changed. */
  #given?: { state: FeedState; principle?: string };

  /** @internal */
  protected override readonly lazy = new LazyView(this, loadView);

  readonly #provider = new ContextProvider(this, { context: feedContext });

  /**
   * The section a page link scrolled to stays at the top while the parts above it load and take
   * their final height, until the reader scrolls, clicks, touches or types.
   */
  #pinned?: HTMLElement;
  readonly #pin = new ResizeObserver(() => this.#pinned?.scrollIntoView({ block: 'start' }));
  readonly #unpin = () => {
    this.#pinned = undefined;
    this.#pin.disconnect();
    for (const type of READER_MOVES) removeEventListener(type, this.#unpin, true);
  };

  constructor() {
    super();
    // The agreement is a page's main content: its name is the level below the page's title.
    this.headingLevel = 2;
  }

  readonly #onHash = () => {
    const hash = location.hash;
    if (!hash.startsWith(`#${PREFIX}`)) return;
    this.#target = hash.slice(PREFIX.length + 1);
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // The name and the about section render at once; each part waits until its section is near.
    this.need();
    addEventListener('hashchange', this.#onHash);
    this.#onHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHash);
    this.#unpin();
  }

  get #principle(): string | undefined {
    return this.src ? this.principle : this.sharedPrinciple;
  }

  /** The parts asked for, in their order; unknown words are warned about once and left out. */
  get #chosen(): Part[] {
    if (!this.parts.trim()) return [...PARTS];
    const words = this.parts.trim().split(/\s+/);
    const unknown = words.filter((w) => !(PARTS as readonly string[]).includes(w));
    if (unknown.length && this.#warned !== this.parts) {
      this.#warned = this.parts;
      console.warn(`ok-agreement: unknown parts ignored: ${unknown.join(', ')}. Known: ${PARTS.join(' ')}.`);
    }
    return [...new Set(words.filter((w): w is Part => (PARTS as readonly string[]).includes(w)))];
  }

  // The parts see the agreement's feed as if inside an <ok-feed>: one request, one principle.
  protected override willUpdate(): void {
    super.willUpdate();
    const state = this.feedState;
    const principle = this.#principle;
    if (this.#given?.state === state && this.#given.principle === principle) return;
    this.#given = { state, principle };
    const value: FeedContext = {
      // The stale hint is the agreement's to show, once, not each part's.
      state: state.status === 'ready' && state.stale ? { ...state, stale: undefined } : state,
      reload: () => this.reload(),
      principle,
      selectPrinciple: (id) => {
        this.principle = id;
        this.sharePrinciple(id);
      },
    };
    this.#provider.setValue(value);
  }

  // Browsers do not scroll to ids inside a shadow root, so the element does it once it has rendered.
  protected override updated(): void {
    const target = this.#target;
    if (!target || this.feedState.status !== 'ready') return;
    this.#target = undefined;
    const section = this.renderRoot.querySelector<HTMLElement>(`[id="${PREFIX}${CSS.escape(target)}"]`);
    if (!section) return;
    // The linked section's parts render at once; those above it keep their skeletons' height.
    section.querySelectorAll('[heading-level]').forEach(needNow);
    section.scrollIntoView({ block: 'start' });
    section.focus({ preventScroll: true });
    this.#unpin();
    this.#pinned = section;
    this.#pin.observe(this.renderRoot.querySelector('.root')!);
    for (const type of READER_MOVES) addEventListener(type, this.#unpin, { capture: true, passive: true });
  }

  /** A link to a section that is already the page's address scrolls there again. */
  #go(part: Part): void {
    if (location.hash === `#${PREFIX}${part}`) this.#onHash();
  }

  protected override isEmpty(feed: Feed): boolean {
    return !feed.agreement?.name && !this.#chosen.some((part) => this.lazy.module!.hasData(feed, part));
  }

  protected override emptyText(): string {
    return this.lazy.module!.strings[this.locale].empty;
  }

  protected override renderFeed(feed: Feed): unknown {
    return this.lazy.module!.render(feed, {
      locale: this.locale,
      level: this.headingLevel,
      parts: this.#chosen,
      go: (part) => this.#go(part),
      agreement: this,
    });
  }
}
