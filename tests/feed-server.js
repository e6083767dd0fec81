/**
 * A real HTTP feed server inside the test runner's dev server, for loader and widget tests.
 *
 *   PUT /test-api/feed/KEY   body: { json?, body?, status?, hold?, truncate?, etag?, headers?,
 *                            cors?, stream? } sets what KEY serves
 *   GET /test-api/feed/KEY   serves it, with an ETag (unless etag: false) and 304 on If-None-Match;
 *                            with hold: true, only once the test releases it (or the client gives up)
 *   POST /test-api/release/KEY  answers the GETs of KEY held so far, and holds no more
 *   GET /test-api/log/KEY    { requests: [{ ifNoneMatch, status, time, closed? }] } of every GET of KEY
 *   PUT /test-api/fail?path=P&page=ID  every request of the test page ID (see `own-downloads` in
 *                                web-test-runner.config.js) for the path P (a module such as
 *                                /src/elements/x/chunk.ts) answers 503 from now on: a chunk download that fails
 *   DELETE /test-api/fail?path=P&page=ID  P is served to that page again
 *   GET /test-api/tile/Z/X/Y.png  a map tile: one small grey PNG for every place
 *   GET /test-api/requests?page=ID  { paths: [...] } every path the test page ID requested since it
 *                                asked for its own downloads: which chunks a page fetched, and when
 *
 * `headers` are added to every answer; `cors: true` lets other origins read the feed and its ETag
 * and Retry-After (the page is on localhost, the same server is another origin on 127.0.0.1);
 * `stream: { chunkBytes }` sends chunks of spaces without end until the client closes the
 * connection, which the log records as `closed: true`.
 */
import { createHash } from 'node:crypto';

const feeds = new Map();
const logs = new Map();
/** The held GETs of each key: functions that let them answer. */
const held = new Map();

/** One light grey pixel, which the map stretches to a tile. */
const TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR42mO4CwAA3wDehPEKOwAAAABJRU5ErkJggg==',
  'base64',
);

/** Resolves once the test releases `key` or the client gives up on the request. */
function heldUntilRelease(key, res) {
  return new Promise((resolve) => {
    held.set(key, [...(held.get(key) ?? []), resolve]);
    res.once('close', resolve);
  });
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** The header by which a test page that asks for failures marks its own requests. */
export const TEST_PAGE_HEADER = 'x-test-page';
/** Test page and module path of the downloads that answer 503 while a test wants them to fail. */
const failing = new Set();
const failure = (page, path) => `${page} ${path}`;
/** The paths each test page that marks its requests asked for, in order. */
const requested = new Map();

/** Sends chunks until the client goes away. */
function stream(ctx, { chunkBytes }, entry) {
  ctx.respond = false;
  ctx.res.writeHead(200, { ...ctx.response.headers, 'Content-Type': 'application/json' });
  ctx.res.write('{"version": 1');
  const chunk = ' '.repeat(chunkBytes);
  const timer = setInterval(() => ctx.res.write(chunk), 5);
  ctx.res.on('close', () => {
    clearInterval(timer);
    entry.closed = true;
  });
}

export async function feedServer(ctx, next) {
  const page = ctx.get(TEST_PAGE_HEADER);
  if (page) requested.set(page, [...(requested.get(page) ?? []), ctx.path]);
  if (ctx.path === '/test-api/requests') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ paths: requested.get(ctx.query.page) ?? [] });
    return;
  }
  if (ctx.path === '/test-api/fail') {
    const { path, page } = ctx.query;
    if (typeof path !== 'string' || !path.startsWith('/')) ctx.throw(400, 'path=/… is required');
    if (typeof page !== 'string' || !page) ctx.throw(400, 'page=… is required');
    if (ctx.method === 'PUT') failing.add(failure(page, path));
    else if (ctx.method === 'DELETE') failing.delete(failure(page, path));
    else ctx.throw(405);
    ctx.status = 204;
    return;
  }
  if (failing.has(failure(ctx.get(TEST_PAGE_HEADER), ctx.path))) {
    // Written directly: the test runner marks every file it serves as cacheable for a year.
    ctx.respond = false;
    ctx.res.writeHead(503, { 'Cache-Control': 'no-store', 'Content-Length': '0' }).end();
    return;
  }
  if (/^\/test-api\/tile\/\d+\/\d+\/\d+\.png$/.test(ctx.path)) {
    ctx.type = 'image/png';
    ctx.body = TILE;
    return;
  }
  const match = /^\/test-api\/(feed|log|release)\/([\w-]+)$/.exec(ctx.path);
  if (!match) return next();
  const [, kind, key] = match;

  if (kind === 'release') {
    const feed = feeds.get(key);
    if (feed) feed.hold = false;
    for (const release of held.get(key) ?? []) release();
    held.delete(key);
    ctx.status = 204;
    return;
  }
  if (kind === 'log') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ requests: logs.get(key) ?? [] });
    return;
  }
  if (ctx.method === 'PUT') {
    const config = JSON.parse(await readBody(ctx.req));
    const body = config.body ?? JSON.stringify(config.json) ?? '';
    feeds.set(key, {
      ...config,
      body,
      etag: config.etag === false ? undefined : `"${createHash('sha1').update(body).digest('hex')}"`,
    });
    ctx.status = 204;
    return;
  }

  const feed = feeds.get(key);
  const ifNoneMatch = ctx.get('If-None-Match') || undefined;
  const log = logs.get(key) ?? [];
  logs.set(key, log);
  const time = Date.now();
  if (!feed) {
    log.push({ ifNoneMatch, status: 404, time });
    ctx.status = 404;
    return;
  }
  if (feed.hold) await heldUntilRelease(key, ctx.res);
  const status = feed.status ?? 200;
  ctx.set('Cache-Control', 'no-cache');
  ctx.set(feed.headers ?? {});
  if (feed.cors) {
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.set('Access-Control-Expose-Headers', 'ETag, Retry-After');
  }
  if (status === 200 && feed.etag && ifNoneMatch === feed.etag) {
    log.push({ ifNoneMatch, status: 304, time });
    ctx.set('ETag', feed.etag);
    ctx.status = 304;
    return;
  }
  const entry = { ifNoneMatch, status, time };
  log.push(entry);
  if (feed.stream) return stream(ctx, feed.stream, entry);
  if (feed.truncate) {
    // Promise a longer body than is sent, then cut the connection.
    ctx.respond = false;
    ctx.res.writeHead(200, {
      'Content-Type': 'application/json',
      'Content-Length': String(feed.body.length + 500),
    });
    ctx.res.write(feed.body.slice(0, Math.floor(feed.body.length / 2)));
    setTimeout(() => ctx.res.destroy(), 20);
    return;
  }
  ctx.status = status;
  ctx.type = 'application/json';
  if (feed.etag) ctx.set('ETag', feed.etag);
  ctx.body = feed.body;
}
