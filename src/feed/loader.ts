import { FeedError } from './errors.js';
import { parseFeedInTurns, type Feed, type Skipped } from './parse.js';
import { keepLastGood } from './refresh.js';
import { DEFAULT_MAX_BYTES, FEED_TIMEOUT_MS } from './limits.js';
import { yieldToMain } from './turns.js';

/** What a widget knows about its feed at one moment. Each change is a new object. */
export type FeedState =
  | { status: 'loading' }
  | { status: 'error'; error: FeedError }
  | {
      status: 'ready';
      feed: Feed;
      skipped: Skipped[];
      /** The last refresh failed or lacked data; `feed` holds the last good data. */
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
  /** How long a feed stays in memory after its last subscriber has gone (ms), for a quick return. */
  releaseMs?: number;
  visibility?: Visibility;
  timers?: Timers;
}

/** What one subscriber asks of a feed. */
export interface SubscribeOptions {
  /** Seconds between re-fetches; absent: fetch once. */
  refresh?: number;
  /** Largest body accepted, in bytes; the largest any subscriber of a URL asks for applies. */
  maxBytes?: number;
}

export { DEFAULT_MAX_BYTES };

interface Subscriber {
  listener: FeedListener;
  refreshMs: number | undefined;
  maxBytes: number | undefined;
}

interface Source {
  url: string;
  state: FeedState;
  subscribers: Set<Subscriber>;
  failures: number;
  request?: Promise<void>;
  abort?: AbortController;
  timer?: number;
  /** Forgets the source once nobody has subscribed again for a while. */
  release?: ReturnType<typeof setTimeout>;
  etag?: string | null;
  /** SHA-256 of the last body: enough to tell a change without keeping the body. */
  hash?: string;
  /** The last body lacked data the feed had: the stale hint stays while it is served. */
  incomplete?: FeedError;
  /** The server asked for no request before this time (`Retry-After`, ms since 1970). */
  notBefore?: number;
}

/** The longest `Retry-After` honoured: a day (longer would overflow `setTimeout`, 24.8 days). */
const MAX_RETRY_AFTER_MS = 24 * 60 * 60_000;

/** When a `Retry-After` header (seconds or an HTTP-date) allows the next request, if it says. */
function retryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const wait = /^\d+$/.test(header) ? Number(header) * 1000 : Date.parse(header) - now;
  return Number.isNaN(wait) ? undefined : now + Math.min(Math.max(wait, 0), MAX_RETRY_AFTER_MS);
}

function toFeedError(error: unknown): FeedError {
  if (error instanceof FeedError) return error;
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return new FeedError('timeout', 'The feed did not answer in time.', undefined, { cause: error });
  }
  return new FeedError('network', 'The feed could not be reached.', undefined, { cause: error });
}

/**
 * A request to another origin that fails at the network level while the browser is online was
 * most likely refused by CORS (the browser hides which): say so, for the site's web team.
 */
function crossOriginError(url: string, cause: unknown): FeedError | undefined {
  const page = globalThis.location?.origin;
  const { origin } = new URL(url);
  if (!(cause instanceof TypeError) || !page || origin === page || !navigator.onLine) return undefined;
  return new FeedError(
    'cors',
    `Most likely CORS: ${origin} must allow ${page} (Access-Control-Allow-Origin).`,
    undefined,
    { cause },
  );
}

function tooLarge(maxBytes: number): FeedError {
  return new FeedError('too-large', `Over ${maxBytes} bytes: raise max-bytes.`, undefined, { maxBytes });
}

/** Bytes above which a body's decoding and parsing each get a task of their own. */
const LARGE_BODY = 256 * 1024;

/** The body's bytes, refusing more than `maxBytes`: a small gzip can inflate to far more. */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
    size += read.value.byteLength;
    if (size > maxBytes) {
      void reader?.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(read.value);
  }
  // Joined here: a Blob of them would be a round trip through the browser's blob store.
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/** SHA-256 of `bytes` (its bytes joined, only ever compared); `undefined` without Web Crypto (plain http). */
async function digest(bytes: Uint8Array<ArrayBuffer>): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)).join();
}

function isTransient(error: FeedError): boolean {
  return (
    error.kind === 'network' ||
    error.kind === 'cors' ||
    error.kind === 'timeout' ||
    (error.kind === 'http' && (error.status === 429 || (error.status ?? 0) >= 500))
  );
}

/**
 * Loads feeds: one request in flight per URL whatever the number of subscribers, polling at the
 * shortest `refresh` among them (conditional requests: an unchanged feed is not parsed again and
 * nobody is notified), paused while the page is hidden, with capped exponential backoff and
 * jitter after failures, never sooner than a `Retry-After` asks. After a failure the last good feed stays, marked stale. Nothing keeps
 * running once the last subscriber of a URL has gone, and its feed is forgotten soon after.
 */
export class FeedStore {
  readonly #sources = new Map<string, Source>();
  readonly #timeoutMs: number;
  readonly #retryBaseMs: number;
  readonly #maxRetryMs: number;
  readonly #retries: number;
  readonly #releaseMs: number;
  readonly #visibility: Visibility | undefined;
  readonly #timers: Timers;
  #listening = false;

  constructor(options: FeedStoreOptions = {}) {
    this.#timeoutMs = options.timeoutMs ?? FEED_TIMEOUT_MS;
    this.#retryBaseMs = options.retryBaseMs ?? 1_000;
    this.#maxRetryMs = options.maxRetryMs ?? 5 * 60_000;
    this.#retries = options.retries ?? 3;
    this.#releaseMs = options.releaseMs ?? 10_000;
    this.#visibility = options.visibility ?? (typeof document === 'undefined' ? undefined : document);
    this.#timers = options.timers ?? globalThis;
  }

  /**
   * Calls `listener` now with the current state of `url` and on every change. `refresh` asks for
   * polling. Returns the function that ends the subscription.
   */
  subscribe(url: string, listener: FeedListener, { refresh, maxBytes }: SubscribeOptions = {}): () => void {
    const key = new URL(url, globalThis.document?.baseURI).href;
    let source = this.#sources.get(key);
    const reuse = source !== undefined && source.subscribers.size > 0;
    if (!source) {
      source = { url: key, state: { status: 'loading' }, subscribers: new Set(), failures: 0 };
      this.#sources.set(key, source);
    }
    clearTimeout(source.release);
    const refreshMs = refresh !== undefined && refresh > 0 ? refresh * 1000 : undefined;
    const subscriber: Subscriber = {
      listener,
      refreshMs,
      maxBytes: maxBytes && maxBytes > 0 ? maxBytes : undefined,
    };
    source.subscribers.add(subscriber);
    this.#listen(true);
    listener(source.state);
    if (!source.request && !(reuse && source.state.status === 'ready')) void this.#load(source);
    else this.#schedule(source);

    // A method, not code here: a closure made here (the release timer) would keep this
    // function's scope, and the subscriber's listener with it, alive.
    return this.#unsubscribe.bind(this, source, subscriber);
  }

  #unsubscribe(source: Source, subscriber: Subscriber): void {
    source.subscribers.delete(subscriber);
    if (source.subscribers.size > 0) return this.#schedule(source);
    this.#timers.clearTimeout(source.timer);
    source.timer = undefined;
    if (source.request) source.abort?.abort();
    // The abort reason's stack trace holds the code that unsubscribed, a removed widget included.
    source.abort = undefined;
    if (source.state.status === 'ready')
      source.release = setTimeout(() => this.#release(source), this.#releaseMs);
    else this.#release(source);
    if (![...this.#sources.values()].some((s) => s.subscribers.size > 0)) this.#listen(false);
  }

  #release(source: Source): void {
    if (source.subscribers.size === 0 && this.#sources.get(source.url) === source)
      this.#sources.delete(source.url);
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
      }).catch((cause: unknown) => {
        throw crossOriginError(source.url, cause) ?? cause;
      });
      source.notBefore = retryAfter(response.headers.get('Retry-After'));
      if (response.status === 304) return this.#unchanged(source);
      if (!response.ok) {
        throw new FeedError('http', `The feed answered HTTP ${response.status}.`, response.status);
      }
      // Another origin shows the ETag only when it lists it in Access-Control-Expose-Headers.
      const etag = response.headers.get('ETag');
      const ready = source.state.status === 'ready';
      if (ready && etag && etag === source.etag) {
        void response.body?.cancel();
        return this.#unchanged(source);
      }
      const bytes = await readBody(response, this.#maxBytes(source));
      // Only a polled feed is compared with its next body; hashing a large one is not free.
      const hash = this.#polled(source) ? await digest(bytes) : undefined;
      if (signal.aborted) return;
      if (ready && hash && hash === source.hash) return this.#unchanged(source);
      // A large body is decoded, parsed, and then checked, each from a task of its own: each
      // takes tens of milliseconds on a phone, and together they would be one long task.
      const large = bytes.byteLength > LARGE_BODY;
      if (large) await yieldToMain();
      const text = new TextDecoder().decode(bytes);
      if (large) await yieldToMain();
      if (signal.aborted) return;
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (cause) {
        throw new FeedError('json', 'The feed is not valid JSON.', undefined, { cause });
      }
      if (large) await yieldToMain();
      const parsed = await parseFeedInTurns(json, response.url || source.url);
      if (signal.aborted) return;
      const last = source.state;
      const { feed, kept } =
        last.status === 'ready'
          ? keepLastGood(last.feed, parsed.feed, json as Record<string, unknown>)
          : { feed: parsed.feed, kept: [] };
      source.incomplete =
        kept.length > 0
          ? new FeedError('incomplete', `Kept the last good ${kept.join(', ')}: the refresh lacked them.`)
          : undefined;
      source.etag = etag;
      source.hash = hash;
      source.failures = 0;
      this.#set(source, { status: 'ready', feed, skipped: parsed.skipped, stale: source.incomplete });
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
    if (last.status === 'ready' && last.stale !== source.incomplete) {
      this.#set(source, { ...last, stale: source.incomplete });
    }
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
    if (delay === undefined) return;
    // The server's Retry-After is a floor that neither polling nor backoff shortens.
    const wait = Math.max(delay, (source.notBefore ?? 0) - Date.now());
    source.timer = this.#timers.setTimeout(() => void this.#load(source), wait);
  }

  #polled(source: Source): boolean {
    for (const { refreshMs } of source.subscribers) if (refreshMs) return true;
    return false;
  }

  #maxBytes(source: Source): number {
    let max: number | undefined;
    for (const { maxBytes } of source.subscribers) if (maxBytes && maxBytes > (max ?? 0)) max = maxBytes;
    return max ?? DEFAULT_MAX_BYTES;
  }

  #delay(source: Source): number | undefined {
    let refreshMs: number | undefined;
    for (const s of source.subscribers)
      if (s.refreshMs && s.refreshMs < (refreshMs ?? Infinity)) refreshMs = s.refreshMs;
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
        if ((source.notBefore ?? 0) > Date.now()) this.#schedule(source);
        else void this.#load(source);
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
