import { FeedError } from './errors.js';
import { parseFeed, type Feed, type Skipped } from './parse.js';

/** What a widget knows about its feed at one moment. Each change is a new object. */
export type FeedState =
  | { status: 'loading' }
  | { status: 'error'; error: FeedError }
  | {
      status: 'ready';
      feed: Feed;
      skipped: Skipped[];
      /** The last refresh failed; `feed` is the last good one. */
      stale?: FeedError;
    };

export type FeedListener = (state: FeedState) => void;

/** Where the store learns whether the page is visible: `document`, or a stand-in in tests. */
export interface Visibility {
  readonly hidden: boolean;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

/** Where the store sets its retry and poll timers: the page's, or a stand-in a test can inspect. */
export interface Timers {
  setTimeout(run: () => void, ms: number): number;
  clearTimeout(id: number | undefined): void;
}

export interface FeedStoreOptions {
  /** Abort a request after this long (ms). */
  timeoutMs?: number;
  /** First retry delay after a failure when no `refresh` is set (ms); it doubles each time. */
  retryBaseMs?: number;
  /** Longest wait between retries (ms), unless the refresh interval is longer. */
  maxRetryMs?: number;
  /** Automatic retries of a failed first load without `refresh`. */
  retries?: number;
  visibility?: Visibility;
  timers?: Timers;
}

interface Subscriber {
  listener: FeedListener;
  refreshMs: number | undefined;
}

interface Source {
  url: string;
  state: FeedState;
  subscribers: Set<Subscriber>;
  failures: number;
  request?: Promise<void>;
  abort?: AbortController;
  timer?: number;
  etag?: string | null;
  body?: string;
}

function toFeedError(error: unknown): FeedError {
  if (error instanceof FeedError) return error;
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return new FeedError('timeout', 'The feed did not answer in time.', undefined, { cause: error });
  }
  return new FeedError('network', 'The feed could not be reached.', undefined, { cause: error });
}

function isTransient(error: FeedError): boolean {
  return (
    error.kind === 'network' ||
    error.kind === 'timeout' ||
    (error.kind === 'http' && (error.status === 429 || (error.status ?? 0) >= 500))
  );
}

/**
 * Loads feeds: one request in flight per URL whatever the number of subscribers, polling at the
 * shortest `refresh` among them (conditional requests: an unchanged feed is not parsed again and
 * nobody is notified), paused while the page is hidden, with capped exponential backoff and
 * jitter after failures. After a failure the last good feed stays, marked stale. Nothing keeps
 * running once the last subscriber of a URL has gone.
 */
export class FeedStore {
  readonly #sources = new Map<string, Source>();
  readonly #timeoutMs: number;
  readonly #retryBaseMs: number;
  readonly #maxRetryMs: number;
  readonly #retries: number;
  readonly #visibility: Visibility | undefined;
  readonly #timers: Timers;
  #listening = false;

  constructor(options: FeedStoreOptions = {}) {
    this.#timeoutMs = options.timeoutMs ?? 15_000;
    this.#retryBaseMs = options.retryBaseMs ?? 1_000;
    this.#maxRetryMs = options.maxRetryMs ?? 5 * 60_000;
    this.#retries = options.retries ?? 3;
    this.#visibility = options.visibility ?? (typeof document === 'undefined' ? undefined : document);
    this.#timers = options.timers ?? globalThis;
  }

  /**
   * Calls `listener` now with the current state of `url` and on every change. `refreshSeconds`
   * asks for polling. Returns the function that ends the subscription.
   */
  subscribe(url: string, listener: FeedListener, refreshSeconds?: number): () => void {
    const key = new URL(url, globalThis.document?.baseURI).href;
    let source = this.#sources.get(key);
    const reuse = source !== undefined && source.subscribers.size > 0;
    if (!source) {
      source = { url: key, state: { status: 'loading' }, subscribers: new Set(), failures: 0 };
      this.#sources.set(key, source);
    }
    const refreshMs = refreshSeconds !== undefined && refreshSeconds > 0 ? refreshSeconds * 1000 : undefined;
    const subscriber: Subscriber = { listener, refreshMs };
    source.subscribers.add(subscriber);
    this.#listen(true);
    listener(source.state);
    if (!source.request && !(reuse && source.state.status === 'ready')) void this.#load(source);
    else this.#schedule(source);

    const current = source;
    return () => {
      current.subscribers.delete(subscriber);
      if (current.subscribers.size > 0) return this.#schedule(current);
      this.#timers.clearTimeout(current.timer);
      current.timer = undefined;
      current.abort?.abort();
      if (current.state.status !== 'ready') this.#sources.delete(key);
      if (![...this.#sources.values()].some((s) => s.subscribers.size > 0)) this.#listen(false);
    };
  }

  /** Fetches `url` now (a retry button); shares a request already in flight. */
  reload(url: string): Promise<void> {
    const source = this.#sources.get(new URL(url, globalThis.document?.baseURI).href);
    if (!source || source.subscribers.size === 0) return Promise.resolve();
    return source.request ?? this.#load(source);
  }

  #load(source: Source): Promise<void> {
    this.#timers.clearTimeout(source.timer);
    source.timer = undefined;
    const abort = new AbortController();
    source.abort = abort;
    const request = this.#fetch(source, abort.signal).finally(() => {
      source.request = undefined;
      if (!abort.signal.aborted) this.#schedule(source);
    });
    source.request = request;
    return request;
  }

  async #fetch(source: Source, signal: AbortSignal): Promise<void> {
    try {
      // 'no-cache' revalidates through the HTTP cache: the browser sends If-None-Match for us,
      // so cross-origin feeds need no CORS preflight and a 304 comes back as the cached body.
      const response = await fetch(source.url, {
        cache: 'no-cache',
        headers: { Accept: 'application/json' },
        signal: AbortSignal.any([signal, AbortSignal.timeout(this.#timeoutMs)]),
      });
      if (response.status === 304) return this.#unchanged(source);
      if (!response.ok) {
        throw new FeedError('http', `The feed answered HTTP ${response.status}.`, response.status);
      }
      const etag = response.headers.get('ETag');
      const body = await response.text();
      if (signal.aborted) return;
      if (source.state.status === 'ready' && ((etag && etag === source.etag) || body === source.body)) {
        return this.#unchanged(source);
      }
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch (cause) {
        throw new FeedError('json', 'The feed is not valid JSON.', undefined, { cause });
      }
      const { feed, skipped } = parseFeed(json, response.url || source.url);
      source.etag = etag;
      source.body = body;
      source.failures = 0;
      this.#set(source, { status: 'ready', feed, skipped });
    } catch (cause) {
      if (signal.aborted) return;
      const error = toFeedError(cause);
      source.failures += 1;
      const last = source.state;
      this.#set(source, last.status === 'ready' ? { ...last, stale: error } : { status: 'error', error });
    }
  }

  #unchanged(source: Source): void {
    source.failures = 0;
    const last = source.state;
    if (last.status === 'ready' && last.stale) this.#set(source, { ...last, stale: undefined });
  }

  #set(source: Source, state: FeedState): void {
    source.state = state;
    for (const { listener } of source.subscribers) listener(state);
  }

  /** The next fetch: at the refresh interval, or after a backoff delay when the last one failed. */
  #schedule(source: Source): void {
    this.#timers.clearTimeout(source.timer);
    source.timer = undefined;
    if (source.request || source.subscribers.size === 0 || this.#visibility?.hidden) return;
    const delay = this.#delay(source);
    if (delay !== undefined) source.timer = this.#timers.setTimeout(() => void this.#load(source), delay);
  }

  #delay(source: Source): number | undefined {
    const refreshes = [...source.subscribers].flatMap((s) => (s.refreshMs ? [s.refreshMs] : []));
    const refreshMs = refreshes.length > 0 ? Math.min(...refreshes) : undefined;
    if (source.failures === 0) return refreshMs;
    if (refreshMs === undefined) {
      const { state } = source;
      const error =
        state.status === 'error' ? state.error : state.status === 'ready' ? state.stale : undefined;
      if (source.failures > this.#retries || !error || !isTransient(error)) return undefined;
    }
    const cap = Math.max(this.#maxRetryMs, refreshMs ?? 0);
    const delay = Math.min((refreshMs ?? this.#retryBaseMs) * 2 ** source.failures, cap);
    return delay / 2 + (Math.random() * delay) / 2;
  }

  readonly #onVisibility = () => {
    for (const source of this.#sources.values()) {
      if (this.#visibility?.hidden) {
        this.#timers.clearTimeout(source.timer);
        source.timer = undefined;
      } else if (source.subscribers.size > 0 && !source.request && this.#delay(source) !== undefined) {
        void this.#load(source);
      }
    }
  };

  #listen(on: boolean): void {
    if (on === this.#listening || !this.#visibility) return;
    this.#listening = on;
    if (on) this.#visibility.addEventListener('visibilitychange', this.#onVisibility);
    else this.#visibility.removeEventListener('visibilitychange', this.#onVisibility);
  }
}

/** The store every widget on the page shares. */
export const feedStore = new FeedStore();
