/** Shared helpers for browser tests: the local feed server and small feeds. */
import { waitUntil } from '@open-wc/testing';

/**
 * Waits until `condition` is truthy. The timeout is generous because a loaded machine is slow, not
 * wrong; a test that fails here names what it waited for.
 */
export function until(condition: () => unknown, message: string, timeout = 10_000): Promise<void> {
  return waitUntil(async () => Boolean(await condition()), message, { timeout, interval: 20 });
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
  /** Answer only once `releaseFeed()` is called: a loading state that lasts as long as the test needs. */
  hold?: boolean;
  truncate?: boolean;
  etag?: boolean;
}

/** Makes the test server serve `config` at a URL; returns the URL. */
export async function serveFeed(key: string, config: ServedFeed): Promise<string> {
  const response = await fetch(`/test-api/feed/${key}`, { method: 'PUT', body: JSON.stringify(config) });
  if (!response.ok) throw new Error(`Test server refused the feed: ${response.status}`);
  return `/test-api/feed/${key}`;
}

/** Lets the held requests of `key` answer. */
export async function releaseFeed(key: string): Promise<void> {
  await fetch(`/test-api/release/${key}`, { method: 'POST' });
}

/** Map tiles from the test server: no request leaves the machine, and none fails. */
export const TILES = '/test-api/tile/{z}/{x}/{y}.png';

export interface LoggedRequest {
  ifNoneMatch?: string;
  status: number;
}

/** Every GET the test server answered for `key`. */
export async function requestLog(key: string): Promise<LoggedRequest[]> {
  const response = await fetch(`/test-api/log/${key}`);
  return ((await response.json()) as { requests: LoggedRequest[] }).requests;
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
