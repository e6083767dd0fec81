import { expect } from '@open-wc/testing';
import {
  atNextTurn,
  crossOrigin,
  releaseFeed,
  requestLog,
  sampleFeed,
  serveFeed,
  uniqueKey,
  until,
} from '../../tests/helpers.js';
import { FeedStore, type FeedState, type Timers, type Visibility } from './loader.js';

/** A page whose visibility the test switches. */
class TestVisibility extends EventTarget implements Visibility {
  hidden = false;
  set(hidden: boolean) {
    this.hidden = hidden;
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

function recorder() {
  const states: FeedState[] = [];
  return { states, listener: (state: FeedState) => states.push(state), last: () => states.at(-1)! };
}

/** Timers that only run when the test fires them, so it can see what the store has scheduled. */
class TestTimers implements Timers {
  readonly pending = new Map<number, () => void>();
  #next = 1;
  setTimeout(run: () => void): number {
    this.pending.set(this.#next, run);
    return this.#next++;
  }
  clearTimeout(id: number | undefined): void {
    if (id !== undefined) this.pending.delete(id);
  }
  /** Runs every timer pending now. */
  fire(): void {
    const runs = [...this.pending.values()];
    this.pending.clear();
    for (const run of runs) run();
  }
}

const fast = { retryBaseMs: 20, maxRetryMs: 200 };

describe('FeedStore', () => {
  let unsubscribe: (() => void) | undefined;
  afterEach(() => unsubscribe?.());

  it('loads a feed: loading, then ready with the parsed feed', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { json: sampleFeed() });
    const store = new FeedStore();
    const r = recorder();
    unsubscribe = store.subscribe(url, r.listener);
    expect(r.states[0]).to.deep.equal({ status: 'loading' });
    await until(() => r.last().status === 'ready', 'the feed is ready');
    const state = r.last();
    expect(state.status === 'ready' && state.feed.principles.length).to.equal(2);
    expect(await requestLog(key)).to.have.length(1);
  });

  it('sends one request for two subscribers', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { json: sampleFeed(), hold: true });
    const store = new FeedStore();
    const a = recorder();
    const b = recorder();
    const stopA = store.subscribe(url, a.listener);
    const stopB = store.subscribe(`${location.origin}${url}`, b.listener);
    await releaseFeed(key);
    await until(() => a.last().status === 'ready' && b.last().status === 'ready', 'both are ready');
    expect(a.last()).to.equal(b.last());
    expect(await requestLog(key)).to.have.length(1);
    stopA();
    stopB();
  });

  it('revalidates with If-None-Match and treats 304 as unchanged: no new state', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { json: sampleFeed() });
    const store = new FeedStore();
    const r = recorder();
    unsubscribe = store.subscribe(url, r.listener, { refresh: 0.1 });
    await until(async () => (await requestLog(key)).length >= 3, 'three polls');
    const log = await requestLog(key);
    expect(log[0]!.status).to.equal(200);
    expect(log[0]!.ifNoneMatch).to.equal(undefined);
    expect(log[1]!.ifNoneMatch).to.match(/^"[0-9a-f]+"$/);
    expect(log[1]!.status).to.equal(304);
    expect(r.states.map((s) => s.status)).to.deep.equal(['loading', 'ready']);
  });

  it('notifies a changed feed after polling', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { json: sampleFeed() });
    const store = new FeedStore();
    const r = recorder();
    unsubscribe = store.subscribe(url, r.listener, { refresh: 0.1 });
    await until(() => r.last().status === 'ready', 'the feed is ready');
    await serveFeed(key, { json: sampleFeed({ principles: [{ id: 'x', name: 'Ny' }] }) });
    await until(() => r.states.length === 3, 'a second ready state');
    const state = r.last();
    expect(state.status === 'ready' && state.feed.principles[0]!.id).to.equal('x');
  });

  it('reports an HTTP error with its status', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { status: 500, body: 'oops' });
    const store = new FeedStore({ retries: 0 });
    const r = recorder();
    unsubscribe = store.subscribe(url, r.listener);
    await until(() => r.last().status === 'error', 'the error is reported');
    const state = r.last();
    expect(state.status === 'error' && [state.error.kind, state.error.status]).to.deep.equal(['http', 500]);
  });

  it('reports a 404 without retrying it', async () => {
    const key = uniqueKey();
    const timers = new TestTimers();
    const store = new FeedStore({ ...fast, timers });
    const r = recorder();
    unsubscribe = store.subscribe(`/test-api/feed/${key}`, r.listener);
    await until(() => r.last().status === 'error', 'the 404 is reported');
    expect(timers.pending.size, 'no retry scheduled').to.equal(0);
    expect(await requestLog(key)).to.have.length(1);
  });

  it('times out a slow response', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { json: sampleFeed(), hold: true });
    const store = new FeedStore({ timeoutMs: 150, retries: 0 });
    const r = recorder();
    unsubscribe = store.subscribe(url, r.listener);
    await until(() => r.last().status === 'error', 'the error is reported');
    const state = r.last();
    expect(state.status === 'error' && state.error.kind).to.equal('timeout');
  });

  it('reports invalid JSON', async () => {
    const url = await serveFeed(uniqueKey(), { body: '{"version": 1,' });
    const store = new FeedStore();
    const r = recorder();
    unsubscribe = store.subscribe(url, r.listener);
    await until(() => r.last().status === 'error', 'the error is reported');
    const state = r.last();
    expect(state.status === 'error' && state.error.kind).to.equal('json');
  });

  it('reports a body cut off in transfer as a network failure', async () => {
    const url = await serveFeed(uniqueKey(), { json: sampleFeed(), truncate: true });
    const store = new FeedStore({ retries: 0 });
    const r = recorder();
    unsubscribe = store.subscribe(url, r.listener);
    await until(() => r.last().status === 'error', 'the error is reported');
    const state = r.last();
    expect(state.status === 'error' && state.error.kind).to.equal('network');
  });

  it('refuses a body larger than maxBytes, stops reading it, and names the limit', async () => {
    const key = uniqueKey();
    // No Content-Length: only counting the bytes as they arrive can stop this one.
    const url = await serveFeed(key, { stream: { chunkBytes: 1024 } });
    const store = new FeedStore({ retries: 0 });
    const r = recorder();
    unsubscribe = store.subscribe(url, r.listener, { maxBytes: 10_000 });
    await until(() => r.last().status === 'error', 'the refusal');
    const state = r.last();
    expect(state.status === 'error' && state.error.kind).to.equal('too-large');
    expect(state.status === 'error' && state.error.maxBytes).to.equal(10_000);
    expect(state.status === 'error' && state.error.message)
      .to.contain('10000')
      .and.contain('max-bytes');
    await until(async () => (await requestLog(key))[0]!.closed, 'the connection closed');
  });

  it('refuses a whole small body over a small maxBytes', async () => {
    const url = await serveFeed(uniqueKey(), { json: sampleFeed() });
    const store = new FeedStore({ retries: 0 });
    const r = recorder();
    unsubscribe = store.subscribe(url, r.listener, { maxBytes: 100 });
    await until(() => r.last().status === 'error', 'the refusal');
    const state = r.last();
    expect(state.status === 'error' && state.error.kind).to.equal('too-large');
  });

  it('tells an unchanged feed without an ETag by its content, and a changed one', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { json: sampleFeed(), etag: false });
    const store = new FeedStore();
    const r = recorder();
    unsubscribe = store.subscribe(url, r.listener, { refresh: 0.05 });
    await until(async () => (await requestLog(key)).length >= 3, 'three polls');
    expect(r.states.map((s) => s.status)).to.deep.equal(['loading', 'ready']);
    await serveFeed(key, { json: sampleFeed({ principles: [] }), etag: false });
    await until(() => r.states.length === 3, 'the changed feed');
  });

  it('names CORS as the likely cause when another origin does not allow the request', async () => {
    const url = await serveFeed(uniqueKey(), { json: sampleFeed() });
    const store = new FeedStore({ retries: 0 });
    const r = recorder();
    unsubscribe = store.subscribe(crossOrigin(url), r.listener);
    await until(() => r.last().status === 'error', 'the failure');
    const state = r.last();
    expect(state.status === 'error' && state.error.kind).to.equal('cors');
    expect(state.status === 'error' && state.error.message).to.contain('Access-Control-Allow-Origin');
  });

  it('reads a feed from another origin that allows it', async () => {
    const url = await serveFeed(uniqueKey(), { json: sampleFeed(), cors: true });
    const store = new FeedStore({ retries: 0 });
    const r = recorder();
    unsubscribe = store.subscribe(crossOrigin(url), r.listener);
    await until(() => r.last().status === 'ready', 'the feed');
  });

  it('decodes, parses and checks a large body each from a task of its own, with turns for the page between', async () => {
    const signatories = Array.from({ length: 5000 }, (_, i) => ({
      id: `s${i}`,
      name: `Förening ${i}`,
      sector: 'civil',
    }));
    const url = await serveFeed(uniqueKey(), { json: sampleFeed({ signatories }) });
    // When the body is decoded, and when it is parsed, urgent work is queued; each must have run
    // before the next step starts. The check starts where it reads the document's version.
    const { decode } = TextDecoder.prototype;
    const { parse } = JSON;
    let turns = 0;
    const turn = () => atNextTurn(() => (turns += 1));
    let turnsBeforeParse: number | undefined;
    let turnsBeforeCheck: number | undefined;
    TextDecoder.prototype.decode = function (this: TextDecoder, ...args) {
      const text = decode.apply(this, args);
      if (text.length > 100_000) turn();
      return text;
    };
    JSON.parse = (text: string, ...rest) => {
      const json = parse(text, ...rest) as { version: unknown };
      if (text.length <= 100_000) return json;
      turnsBeforeParse = turns;
      turn();
      const { version } = json;
      Object.defineProperty(json, 'version', {
        get: () => {
          turnsBeforeCheck ??= turns;
          return version;
        },
      });
      return json;
    };
    try {
      const r = recorder();
      unsubscribe = new FeedStore().subscribe(url, r.listener);
      await until(() => r.last().status === 'ready', 'the feed is ready');
      expect(turnsBeforeParse, 'a turn between decoding and parsing').to.equal(1);
      expect(turnsBeforeCheck, 'a turn between parsing and checking').to.equal(2);
      expect((r.last() as { feed: { signatories: unknown[] } }).feed.signatories).to.have.length(5000);
    } finally {
      TextDecoder.prototype.decode = decode;
      JSON.parse = parse;
    }
  });

  it('reports a document that is not a feed', async () => {
    const url = await serveFeed(uniqueKey(), { json: { hello: 'world' } });
    const store = new FeedStore();
    const r = recorder();
    unsubscribe = store.subscribe(url, r.listener);
    await until(() => r.last().status === 'error', 'the error is reported');
    const state = r.last();
    expect(state.status === 'error' && state.error.kind).to.equal('not-a-feed');
  });

  it('retries transient failures with backoff and recovers', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { status: 503, body: '' });
    const store = new FeedStore(fast);
    const r = recorder();
    unsubscribe = store.subscribe(url, r.listener);
    await until(async () => (await requestLog(key)).length >= 2, 'a retry');
    expect(r.last().status).to.equal('error');
    await serveFeed(key, { json: sampleFeed() });
    await until(() => r.last().status === 'ready', 'recovery');
    expect((await requestLog(key)).map((l) => l.status)).to.include.members([503, 200]);
  });

  it('gives up after its retries when there is no refresh', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { status: 503, body: '' });
    const timers = new TestTimers();
    const store = new FeedStore({ ...fast, retries: 2, timers });
    const r = recorder();
    unsubscribe = store.subscribe(url, r.listener);
    for (const retry of [1, 2]) {
      await until(() => timers.pending.size === 1, `retry ${retry} scheduled`);
      timers.fire();
    }
    await until(() => r.states.length === 4, 'the third failure is reported');
    expect(timers.pending.size, 'no more retries').to.equal(0);
    expect(await requestLog(key)).to.have.length(3);
  });

  it('retries a 429 no sooner than its Retry-After (seconds) asks', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { status: 429, body: '', headers: { 'Retry-After': '2' } });
    const store = new FeedStore(fast);
    const r = recorder();
    unsubscribe = store.subscribe(url, r.listener);
    await until(async () => (await requestLog(key)).length >= 2, 'a retry');
    const [first, second] = await requestLog(key);
    expect(second!.time - first!.time).to.be.at.least(2000);
  });

  it('polls again no sooner than the Retry-After date of a refused poll', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { json: sampleFeed() });
    const store = new FeedStore(fast);
    const r = recorder();
    unsubscribe = store.subscribe(url, r.listener, { refresh: 0.05 });
    await until(() => r.last().status === 'ready', 'loaded');
    const retryAt = new Date(Date.now() + 2000).toUTCString();
    await serveFeed(key, { status: 503, body: '', headers: { 'Retry-After': retryAt } });
    await until(async () => (await requestLog(key)).some((l) => l.status === 503), 'a refused poll');
    await serveFeed(key, { json: sampleFeed() });
    await until(async () => (await requestLog(key)).at(-1)!.status !== 503, 'a poll after it');
    const log = await requestLog(key);
    const refused = log.findIndex((l) => l.status === 503);
    expect(log[refused + 1]!.time).to.be.at.least(Date.parse(retryAt));
  });

  it('reads Retry-After from another origin that exposes it', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { status: 429, body: '', cors: true, headers: { 'Retry-After': '2' } });
    const store = new FeedStore(fast);
    const r = recorder();
    unsubscribe = store.subscribe(crossOrigin(url), r.listener);
    await until(() => r.last().status === 'error', 'the 429');
    const state = r.last();
    expect(state.status === 'error' && state.error.status, 'the answer was readable').to.equal(429);
    await until(async () => (await requestLog(key)).length >= 2, 'a retry');
    const [first, second] = await requestLog(key);
    expect(second!.time - first!.time).to.be.at.least(2000);
  });

  it('keeps the last good feed, marked stale, when a refresh fails, and clears it on success', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { json: sampleFeed() });
    const store = new FeedStore(fast);
    const r = recorder();
    unsubscribe = store.subscribe(url, r.listener, { refresh: 0.05 });
    await until(() => r.last().status === 'ready', 'the feed is ready');
    const good = r.last();
    await serveFeed(key, { status: 500, body: '' });
    await until(() => r.last().status === 'ready' && !!(r.last() as { stale?: unknown }).stale, 'stale');
    const stale = r.last();
    expect(stale.status === 'ready' && good.status === 'ready' && stale.feed === good.feed).to.equal(true);
    expect(stale.status === 'ready' && stale.stale?.status).to.equal(500);
    await serveFeed(key, { json: sampleFeed() });
    await until(() => r.last().status === 'ready' && !(r.last() as { stale?: unknown }).stale, 'fresh');
  });

  it('does not poll while the page is hidden, and fetches once when it is shown', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { json: sampleFeed() });
    const visibility = new TestVisibility();
    const timers = new TestTimers();
    const store = new FeedStore({ visibility, timers });
    const r = recorder();
    unsubscribe = store.subscribe(url, r.listener, { refresh: 0.05 });
    await until(() => timers.pending.size === 1, 'the next poll is scheduled');
    visibility.set(true);
    expect(timers.pending.size, 'no poll while hidden').to.equal(0);
    const before = (await requestLog(key)).length;
    visibility.set(false);
    await until(async () => (await requestLog(key)).length > before, 'a fetch on show');
  });

  it('leaves no timers or requests once the last subscriber has gone', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { json: sampleFeed() });
    const timers = new TestTimers();
    const store = new FeedStore({ timers });
    const r = recorder();
    const stop = store.subscribe(url, r.listener, { refresh: 0.05 });
    await until(() => timers.pending.size === 1, 'the next poll is scheduled');
    stop();
    expect(timers.pending.size, 'no poll left').to.equal(0);
    expect(r.states).to.have.length(2);
  });

  it('forgets a feed soon after its last subscriber has gone', async () => {
    const gc = (globalThis as { gc?: () => void }).gc!;
    const url = await serveFeed(uniqueKey(), { json: sampleFeed() });
    const store = new FeedStore({ releaseMs: 50 });
    let feed: WeakRef<object> | undefined;
    let stop: (() => void) | undefined = store.subscribe(url, (state) => {
      if (state.status === 'ready') feed = new WeakRef(state.feed);
    });
    await until(() => feed, 'loaded');
    stop();
    stop = undefined; // as a widget does: the function holds its subscription
    await until(() => {
      gc();
      return feed!.deref() === undefined;
    }, 'the feed collected');
  });

  it('gives a returning subscriber the feed it still holds at once, then revalidates it', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { json: sampleFeed() });
    const store = new FeedStore();
    const r = recorder();
    const stop = store.subscribe(url, r.listener);
    await until(() => r.last().status === 'ready', 'loaded');
    stop();
    const again = recorder();
    unsubscribe = store.subscribe(url, again.listener);
    expect(again.states.map((s) => s.status)).to.deep.equal(['ready']);
    await until(async () => (await requestLog(key)).length === 2, 'a revalidation');
    expect((await requestLog(key))[1]!.status).to.equal(304);
  });

  it('aborts a request in flight when the last subscriber goes', async () => {
    const key = uniqueKey();
    // The server never answers: the request can only end by being aborted.
    const url = await serveFeed(key, { json: sampleFeed(), hold: true });
    const store = new FeedStore();
    const r = recorder();
    const stop = store.subscribe(url, r.listener);
    let settled = false;
    void store.reload(url).then(() => (settled = true));
    stop();
    await until(() => settled, 'the request is aborted');
    expect(r.states.map((s) => s.status)).to.deep.equal(['loading']);
  });

  it('reload() fetches again after an error', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { status: 404, body: '' });
    const store = new FeedStore();
    const r = recorder();
    unsubscribe = store.subscribe(url, r.listener);
    await until(() => r.last().status === 'error', 'the error is reported');
    await serveFeed(key, { json: sampleFeed() });
    await store.reload(url);
    expect(r.last().status).to.equal('ready');
  });
});
