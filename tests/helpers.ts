/** Shared helpers for browser tests: the local feed server and small feeds. */
import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Waits until `condition` is truthy. The timeout is generous because a loaded machine is slow, not
 * wrong; a test that fails here names what it waited for.
 */
export function until(condition: () => unknown, message: string, timeout = 10_000): Promise<void> {
  return waitUntil(async () => Boolean(await condition()), message, { timeout, interval: 20 });
}

/**
 * Makes every download of the module at `url` fail with 503 from the test server until the
 * returned function is called. The page stops using its HTTP cache, so the download really
 * reaches the server. Fail a module this page has not imported yet: a loaded one stays loaded.
 */
export async function failModule(url: URL): Promise<() => Promise<void>> {
  await executeServerCommand('disable-http-cache');
  const api = `/test-api/fail?path=${encodeURIComponent(url.pathname)}`;
  const response = await fetch(api, { method: 'PUT' });
  if (!response.ok) throw new Error(`Test server refused to fail ${url.pathname}: ${response.status}`);
  return async () => void (await fetch(api, { method: 'DELETE' }));
}

/** Collects the page's unhandled promise rejections until `stop()`. */
export function watchRejections(): { reasons: string[]; stop(): void } {
  const reasons: string[] = [];
  const record = (event: PromiseRejectionEvent) => reasons.push(String(event.reason));
  addEventListener('unhandledrejection', record);
  return { reasons, stop: () => removeEventListener('unhandledrejection', record) };
}

let counter = 0;

/** A key no other test uses, so each test has its own feed on the server. */
export function uniqueKey(name = 'feed'): string {
  counter += 1;
  return `${name}-${Date.now().toString(36)}-${counter}`;
}

export interface ServedFeed {
  json?: unknown;
  body?: string;
  status?: number;
  delayMs?: number;
  truncate?: boolean;
  etag?: boolean;
  /** Added to every answer, e.g. `Retry-After`. */
  headers?: Record<string, string>;
  /** Lets other origins read the feed, its ETag and Retry-After. */
  cors?: boolean;
  /** Sends chunks of this many bytes without end, until the client closes the connection. */
  stream?: { chunkBytes: number };
}

/** Makes the test server serve `config` at a URL; returns the URL. */
export async function serveFeed(key: string, config: ServedFeed): Promise<string> {
  const response = await fetch(`/test-api/feed/${key}`, { method: 'PUT', body: JSON.stringify(config) });
  if (!response.ok) throw new Error(`Test server refused the feed: ${response.status}`);
  return `/test-api/feed/${key}`;
}

export interface LoggedRequest {
  ifNoneMatch?: string;
  status: number;
  /** When the server received it (ms since 1970, the same clock as the page's). */
  time: number;
  /** The client closed a streamed answer. */
  closed?: boolean;
}

/** Every GET the test server answered for `key`. */
export async function requestLog(key: string): Promise<LoggedRequest[]> {
  const response = await fetch(`/test-api/log/${key}`);
  return ((await response.json()) as { requests: LoggedRequest[] }).requests;
}

/** `url` (a path on the test server) as another origin sees it: the same server under another host name. */
export function crossOrigin(url: string): string {
  const host = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `${location.protocol}//${host}:${location.port}${url}`;
}

/** A `blob:` URL that serves `json`, for widget tests that need no server behaviour. */
export function feedUrl(json: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(json)], { type: 'application/json' }));
}

/** A small valid feed with every section; pass sections to replace them. */
export function sampleFeed(sections: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    agreement: {
      id: 'test',
      name: { sv: 'Testöverenskommelsen', en: 'Test agreement' },
      timeZone: 'Europe/Stockholm',
    },
    principles: [
      { id: 'dialog', name: { sv: 'Dialog', en: 'Dialogue' }, summary: 'Samtal' },
      { id: 'kvalitet', name: 'Kvalitet' },
    ],
    signatories: [
      { id: 's1', name: 'Förening Ett', sector: 'civil', municipality: 'Halmstad', signedAt: '2019-05-14' },
      { id: 's2', name: 'Halmstads kommun', sector: 'public', kind: 'Kommun', signedAt: '2020-02-01' },
    ],
    venues: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'v1',
          geometry: { type: 'Point', coordinates: [12.8578, 56.6745] },
          properties: { name: 'Folkets hus', uses: ['meeting'] },
        },
      ],
    },
    events: [
      {
        id: 'e1',
        title: 'Konferens',
        type: 'conference',
        start: '2024-03-14T09:00:00+01:00',
        end: '2024-03-14T16:00:00+01:00',
      },
    ],
    commitments: [{ id: 'c1', number: 1, principleId: 'dialog', text: 'Vi för dialog', status: 'done' }],
    targets: [{ id: 't1', text: 'Målbild', status: 'in-progress' }],
    ...sections,
  };
}
