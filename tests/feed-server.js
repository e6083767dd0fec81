/**
 * A real HTTP feed server inside the test runner's dev server, for loader and widget tests.
 *
 *   PUT /test-api/feed/KEY   body: { json?, body?, status?, delayMs?, truncate?, etag?, headers?, cors?,
 *                            stream? } sets what KEY serves
 *   GET /test-api/feed/KEY   serves it, with an ETag (unless etag: false) and 304 on If-None-Match
 *   GET /test-api/log/KEY    { requests: [{ ifNoneMatch, status, time, closed? }] } of every GET of KEY
 *
 * `headers` are added to every answer; `cors: true` lets other origins read the feed and its ETag
 * and Retry-After (the page is on localhost, the same server is another origin on 127.0.0.1);
 * `stream: { chunkBytes }` sends chunks of spaces without end until the client closes the
 * connection, which the log records as `closed: true`.
 */
import { createHash } from 'node:crypto';

const feeds = new Map();
const logs = new Map();

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

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
  const match = /^\/test-api\/(feed|log)\/([\w-]+)$/.exec(ctx.path);
  if (!match) return next();
  const [, kind, key] = match;

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
  if (feed.delayMs) await new Promise((resolve) => setTimeout(resolve, feed.delayMs));
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
