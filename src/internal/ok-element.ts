import { ContextRoot, consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FEED_PROVIDER, feedContext, type FeedContext } from '../feed/context.js';
import { FeedError } from '../feed/errors.js';
import type { FeedState } from '../feed/loader.js';
import type { Feed } from '../feed/parse.js';
import type { Locale } from '../feed/text.js';
import { FeedController } from './feed-controller.js';
import { formatNumber, warmFormats } from './format.js';
import type { LazyView, ViewModule } from './lazy-view.js';
import { nearestLang, toLocale } from './locale.js';
import * as baseStrings from './strings.js';
import { ownEntry } from './strings.js';
import { baseStyles } from './styles.js';
import { needIfNear, needNow, nextTurn, shown, whenNeeded } from './when-needed.js';

/** The level `heading-level` asks for: a whole number from 2 to 6, else 3. */
function clampLevel(level: number): number {
  return Number.isFinite(level) ? Math.min(6, Math.max(2, Math.round(level))) : 3;
}

const connected = new Set<OkElement>();
let langObserver: MutationObserver | undefined;
const CONTEXT_ROOT = Symbol.for('ok-widgets/context-root');

/** Lets widgets find an `<ok-feed>` that is defined after them. Once per page. */
function attachContextRoot(): void {
  const page = globalThis as { [CONTEXT_ROOT]?: ContextRoot };
  if (page[CONTEXT_ROOT]) return;
  page[CONTEXT_ROOT] = new ContextRoot();
  page[CONTEXT_ROOT].attach(document.documentElement);
}

/** Re-reads the inherited language of every widget when a `lang` attribute changes on the page. */
function observeLang(element: OkElement, on: boolean): void {
  if (on) connected.add(element);
  else connected.delete(element);
  if (connected.size > 0 && !langObserver) {
    langObserver = new MutationObserver(() => connected.forEach((el) => el.requestUpdate()));
    langObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  } else if (connected.size === 0 && langObserver) {
    langObserver.disconnect();
    langObserver = undefined;
  }
}

/**
 * What every widget shares: its feed (`src`, or the enclosing `<ok-feed>`), its language, and
 * the loading, error, empty and stale states. A widget only implements `renderFeed`.
 *
 * @fires ok-load - The feed (from `src`) loaded. Detail: `{ feed, skipped }`.
 * @fires ok-error - The feed (from `src`) could not be loaded. Detail: `{ error }`.
 * @csspart skeleton - The placeholder while the feed loads.
 * @csspart error - The message when the feed cannot be loaded, or when there is no feed at all.
 * @csspart retry - The button next to the error that loads the feed again.
 * @csspart empty - The message when the feed has nothing for this widget.
 * @csspart stale - The hint that a refresh failed and the last good data is shown.
 */
export abstract class OkElement extends LitElement {
  static override styles = [baseStyles];

  /** Feed URL; without it the widget shows the feed of the nearest enclosing `<ok-feed>`. */
  @property() src = '';

  /** Seconds between re-fetches of `src`; absent: fetch once. */
  @property({ type: Number }) refresh?: number;

  /** Largest feed accepted, in bytes (default 20 MB); a larger one is refused with an error saying so. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes?: number;

  #headingLevel = 3;

  /** The level of the widget's headings, 2 to 6 (default 3), to fit the page's outline; inner ones step down. */
  @property({ type: Number, attribute: 'heading-level' })
  get headingLevel(): number {
    return this.#headingLevel;
  }
  set headingLevel(level: number) {
    const old = this.#headingLevel;
    this.#headingLevel = clampLevel(level);
    this.requestUpdate('headingLevel', old);
  }

  /** `sv` or `en`; absent: the nearest `lang` up the tree, then Swedish. */
  @property() override lang = '';

  @consume({ context: feedContext, subscribe: true })
  @state()
  protected feedContext?: FeedContext;

  readonly #feed = new FeedController(this);

  /** The feed the widget's rendering failed on; its error state stays until a retry or another feed. */
  #failedOn?: Feed;

  /** The widget's rendering code when it loads on demand; the feed waits on screen until it is there. */
  protected readonly lazy?: LazyView<ViewModule>;

  /** True once someone may look (./when-needed.ts): until then the skeleton stands, the feed loads. */
  #needed = false;
  #stopWaiting?: () => void;
  /** True once the content (or its empty or error state) replaced the skeleton. */
  #shown = false;
  /** True when the last render showed the skeleton. */
  #showsSkeleton = true;

  /** True when the page address points into this widget: it renders at once. */
  protected get targeted(): boolean {
    return this.id !== '' && decodeURIComponent(location.hash.slice(1)) === this.id;
  }

  /** Starts the widget's view code and full render now, as if it had come into view. */
  protected need(): void {
    needNow(this);
  }

  readonly #release = () => {
    this.#needed = true;
    this.lazy?.load();
    this.whenNeeded();
    this.requestUpdate();
  };

  /** Called once when the widget is needed; starts downloads of code the full render uses. */
  protected whenNeeded(): void {}

  /** The widget's language. */
  protected get locale(): Locale {
    return toLocale(this.lang || nearestLang(this.parentNode));
  }

  /** The colour of the widget's surface as the page's theme sets it (`--ok-color-surface`). */
  protected get surface(): string {
    return getComputedStyle(this).getPropertyValue('--_surface').trim() || '#ffffff';
  }

  /** The feed's state as this widget sees it. */
  protected get feedState(): FeedState {
    if (this.src) return this.#feed.state ?? { status: 'loading' };
    return this.feedContext?.state ?? { status: 'loading' };
  }

  /** True when the widget has neither `src` nor an enclosing `<ok-feed>`: a mistake in the page. */
  get #orphan(): boolean {
    return !this.src && !this.feedContext && !this.closest('ok-feed');
  }

  /** True when the enclosing `<ok-feed>` is another library's element: it will never give a feed. */
  get #foreignFeed(): boolean {
    if (this.src || this.feedContext || !customElements.get('ok-feed')) return false;
    const feed = this.closest('ok-feed');
    return feed !== null && !(FEED_PROVIDER in feed);
  }

  #reportedForeignFeed = false;

  /** The principle chosen in any widget of the same `<ok-feed>`. */
  protected get sharedPrinciple(): string | undefined {
    return this.src ? undefined : this.feedContext?.principle;
  }

  protected sharePrinciple(id: string | undefined): void {
    if (!this.src) this.feedContext?.selectPrinciple(id);
  }

  override connectedCallback(): void {
    attachContextRoot();
    super.connectedCallback();
    observeLang(this, true);
    this.#watchFeed();
    warmFormats(this.locale);
    if (!this.#needed) this.#stopWaiting = whenNeeded(this, this.#release, () => this.targeted);
    // Whoever defines <ok-feed> later, we or another library, the widget must look again.
    if (!this.src && !customElements.get('ok-feed') && this.closest('ok-feed')) {
      void customElements.whenDefined('ok-feed').then(() => this.requestUpdate());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    observeLang(this, false);
    this.#stopWaiting?.();
    this.#stopWaiting = undefined;
  }

  /** Follows the widget's own feed, if any: from connecting on, as the first render waits a turn. */
  #watchFeed(): void {
    this.#feed.watch(this.src, { refresh: this.refresh, maxBytes: this.maxBytes });
  }

  protected override willUpdate(): void {
    this.#watchFeed();
    if (!this.#reportedForeignFeed && this.#foreignFeed) {
      this.#reportedForeignFeed = true;
      console.error('ok-widgets: another script defined <ok-feed>, so it gives no feed to', this);
    }
  }

  /** Fetches the feed again. */
  reload(): void {
    this.#failedOn = undefined;
    this.requestUpdate();
    if (this.lazy?.failed) this.lazy.load();
    if (this.src) this.#feed.reload();
    else this.feedContext?.reload();
  }

  /** The widget's content for a loaded feed. */
  protected abstract renderFeed(feed: Feed): unknown;

  /** True when the feed holds nothing this widget shows. */
  protected abstract isEmpty(feed: Feed): boolean;

  /** The text of the empty state. */
  protected emptyText(): string {
    const t = baseStrings[this.locale];
    return ownEntry(t.nothing, this.localName) ?? t.empty;
  }

  /** A placeholder the size of the loaded widget (`--ok-skeleton-height`). */
  protected renderLoading(): TemplateResult {
    return html`<div class="skeleton" part="skeleton" aria-busy="true">
      <span class="visually-hidden" role="status">${baseStrings[this.locale].loading}</span>
    </div>`;
  }

  protected renderError(error: FeedError): TemplateResult {
    const t = baseStrings[this.locale];
    const cause =
      error.kind === 'http' && error.status === 404
        ? t.notFound
        : t.errors[error.kind]
            .replace('{status}', String(error.status))
            .replace('{limit}', () => formatNumber(error.maxBytes ?? 0, this.locale));
    return html`<div class="state" part="error" role="status">
      <p class="title">${ownEntry(t.unavailable, this.localName) ?? t.errorTitle}</p>
      <p class="cause">${cause}</p>
      <button class="button" part="retry" type="button" @click=${() => this.reload()}>${t.retry}</button>
    </div>`;
  }

  /** Notes a failure of the widget's own code on a feed: it shows its error state for that feed. */
  #failed(error: unknown, feed: Feed): void {
    console.error(error);
    this.#failedOn = feed;
  }

  // A widget's first render (its skeleton), and its first full render once the feed is ready,
  // each run in a task of its own: widgets put on the page, or fed, at once do not add up to one
  // long task.
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.#needed && this.feedState.status === 'ready') needIfNear(this);
    const ready = this.feedState.status === 'ready' && (!this.lazy || this.lazy.module);
    if ((this.#needed && !this.#shown && ready) || !this.hasUpdated) {
      return nextTurn().then(() => this.performUpdate());
    }
    return super.scheduleUpdate();
  }

  // A view can also throw while Lit writes its DOM (a directive, a child's property): render the
  // error state then, once, instead of leaving the skeleton or half a view on screen.
  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      const state = this.feedState;
      if (state.status !== 'ready' || this.#failedOn === state.feed) throw error;
      this.#failed(error, state.feed);
      super.update(changed);
    }
    if (this.#needed && !this.#shown && !this.#showsSkeleton) {
      this.#shown = true;
      shown(this);
    }
  }

  #skeleton(): TemplateResult {
    this.#showsSkeleton = true;
    return this.renderLoading();
  }

  protected override render(): TemplateResult {
    const state = this.feedState;
    const t = baseStrings[this.locale];
    let content: unknown;
    this.#showsSkeleton = false;
    if (this.#orphan) content = html`<p class="state" part="error">${t.noFeed}</p>`;
    else if (this.#foreignFeed) content = html`<p class="state" part="error">${t.foreignFeed}</p>`;
    else if (state.status === 'error') content = this.renderError(state.error);
    else if (state.status === 'loading' || !this.#needed) content = this.#skeleton();
    else if (this.lazy?.failed)
      content = this.renderError(new FeedError('network', 'The widget could not load.'));
    else if (this.lazy && !this.lazy.module) content = this.#skeleton();
    else if (this.#failedOn === state.feed)
      content = this.renderError(new FeedError('render', 'The widget could not show the feed.'));
    else if (this.isEmpty(state.feed)) {
      content = html`<p class="state" part="empty">${this.emptyText()}</p>`;
    } else {
      try {
        content = [
          this.renderFeed(state.feed),
          state.stale ? html`<p class="stale" part="stale">${t.stale}</p>` : nothing,
        ];
      } catch (error) {
        this.#failed(error, state.feed);
        return this.render();
      }
    }
    return html`<div class="root" part="base" lang=${this.locale}>${content}</div>`;
  }
}
