/** Shared helpers for browser tests: the local feed server and small feeds. */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Waits until `condition` is truthy. The timeout is generous because a loaded machine is slow, not
 * wrong; a test that fails here names what it waited for.
 */
export function until(condition: () => unknown, message: string, timeout = 10_000): Promise<void> {
  return waitUntil(async () => Boolean(await condition()), message, { timeout, interval: 20 });
}

/** This page's id once it fetches its own downloads (see `own-downloads` in the runner's config). */
let ownPage: Promise<string> | undefined;

/** Makes the page skip its HTTP cache and mark its requests with its id, which it returns. */
function ownDownloads(): Promise<string> {
  ownPage ??= executeServerCommand('own-downloads') as Promise<string>;
  return ownPage;
}

// The runner reuses this page for a later test file, which needs its HTTP cache (ETag
// revalidation) and no marks of this one: give the page back as it was.
after(async () => {
  if (ownPage) await executeServerCommand('shared-downloads');
});

/**
 * Queues urgent work, as a page would (`scheduler.postTask`, user-blocking): `task` runs at the
 * first turn the code under test gives the page, never inside a task already running.
 */
export function atNextTurn(task: () => void): void {
  const { scheduler } = globalThis as unknown as {
    scheduler: { postTask(task: () => void, options: { priority: string }): Promise<void> };
  };
  void scheduler.postTask(task, { priority: 'user-blocking' });
}

/**
 * Makes every download of the module at `url` by this test's page (not by the pages of tests that
 * run beside it) fail with 503 from the test server until the returned function is called. The
 * page stops using its HTTP cache, so the download really reaches the server. Fail a module this page has not imported yet: a loaded one stays loaded.
 */
export async function failModule(url: URL): Promise<() => Promise<void>> {
  const page = await ownDownloads();
  const api = `/test-api/fail?${new URLSearchParams({ path: url.pathname, page })}`;
  const response = await fetch(api, { method: 'PUT' });
  if (!response.ok) throw new Error(`Test server refused to fail ${url.pathname}: ${response.status}`);
  return async () => void (await fetch(api, { method: 'DELETE' }));
}

/**
 * Starts recording the paths this test page requests from the test server (its modules too: the
 * page stops using its HTTP cache); returns a function that reads the paths requested so far.
 */
export async function recordRequests(): Promise<() => Promise<string[]>> {
  const page = await ownDownloads();
  return async () => {
    const response = await fetch(`/test-api/requests?${new URLSearchParams({ page })}`);
    return ((await response.json()) as { paths: string[] }).paths;
  };
}

/** Collects the page's unhandled promise rejections until `stop()`. */
export function watchRejections(): { reasons: string[]; stop(): void } {
  const reasons: string[] = [];
  const record = (event: PromiseRejectionEvent) => reasons.push(String(event.reason));
  addEventListener('unhandledrejection', record);
  return { reasons, stop: () => removeEventListener('unhandledrejection', record) };
}

/** WCAG 2.0, 2.1 and 2.2 A and AA: by tag, because axe runs its target-size rule only when asked. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails with axe's findings (rule, help, nodes) when `el` breaks a WCAG 2.2 AA rule axe can check. */
export async function expectAccessible(el: Element): Promise<void> {
  // @ts-expect-error: axe's browser build has no types of its own; it registers itself on window.
  await import('axe-core/axe.min.js');
  const { axe } = window as unknown as { axe: typeof import('axe-core') };
  const { violations } = await axe.run(el, { runOnly: { type: 'tag', values: WCAG_AA } });
  const found = violations.map(
    (v) => `${v.id} (${v.help}): ${v.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
  );
  expect(found.join('\n'), 'WCAG 2.2 AA violations').to.equal('');
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

/** Lets the held requests of `key` answer. */
export async function releaseFeed(key: string): Promise<void> {
  await fetch(`/test-api/release/${key}`, { method: 'POST' });
}

/** Map tiles from the test server: no request leaves the machine, and none fails. */
export const TILES = '/test-api/tile/{z}/{x}/{y}.png';

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

/** Text with no place to break: a long word, a long URL and a long e-mail address. */
export const UNBROKEN = {
  word: 'Samverkansöverenskommelseprocessutvecklingsarbetsgruppsmedlemsorganisationerna',
  url: `https://example.org/${'verylongpathsegment'.repeat(8)}`,
  email: `${'kontaktperson'.repeat(5)}@${'forening'.repeat(6)}.se`,
};

/** A feed whose every text is unbreakable: a word, a URL or an e-mail address without spaces. */
export function unbrokenFeed(): Record<string, unknown> {
  const { word, url, email } = UNBROKEN;
  const events = ['2024-03-14', '2024-03-20'].map((day, i) => ({
    id: `e${i}`,
    title: word,
    type: word,
    start: `${day}T09:00:00+01:00`,
    end: `${day}T16:00:00+01:00`,
    location: email,
    description: url,
    registrationUrl: url,
  }));
  return sampleFeed({
    agreement: { id: 'long', name: word, timeZone: 'Europe/Stockholm', description: url },
    principles: [
      { id: 'dialog', name: word, summary: url, description: email },
      { id: 'kvalitet', name: email, summary: word },
    ],
    signatories: [
      { id: 's1', name: word, sector: 'civil', kind: word, municipality: word, url, signedAt: '2019-05-14' },
      { id: 's2', name: email, sector: 'public', kind: url, municipality: email, signedAt: '2020-02-01' },
      { id: 's3', name: url, sector: 'other', signedAt: '2021-02-01' },
    ],
    venues: {
      type: 'FeatureCollection',
      features: [word, email].map((name, i) => ({
        type: 'Feature',
        id: `v${i}`,
        geometry: { type: 'Point', coordinates: [12.8578 + i, 56.6745] },
        properties: {
          name,
          host: word,
          address: email,
          uses: [word, 'meeting'],
          description: url,
          url,
          email,
        },
      })),
    },
    venueUses: [{ id: word, name: word }],
    eventTypes: [{ id: word, name: word }],
    events,
    commitments: [
      {
        id: 'c1',
        number: 1,
        principleId: 'dialog',
        text: word,
        status: 'done',
        actions: [{ text: url, year: 2024, url }, { text: email }],
      },
      { id: 'c2', number: 2, principleId: 'kvalitet', text: url, status: 'planned' },
    ],
    targets: [{ id: 't1', text: email, status: 'in-progress' }],
  });
}

/**
 * What sticks out sideways in a widget: the widget itself when it scrolls, any box in its shadow
 * root that reaches past its edges, and any box whose content is wider than it (clipped or
 * scrolling text). Each as a line that names the box, for a readable failure. `skip` names
 * boxes that lay out or cut their inside on purpose (a map's panes, a calendar cell's one-line
 * entries): only their own box is measured.
 */
export function overflows(el: HTMLElement, skip = ''): string[] {
  const name = (node: Element) =>
    `<${node.localName} class="${node.getAttribute('class') ?? ''}"> "${node.textContent!.trim().slice(0, 30)}"`;
  const host = el.getBoundingClientRect();
  const found: string[] = [];
  if (el.scrollWidth > el.clientWidth)
    found.push(`the widget scrolls: ${el.scrollWidth} px in ${el.clientWidth} px`);
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    if (node.closest('.visually-hidden') || (skip && node.parentElement?.closest(skip))) continue;
    const box = node.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const [left, right] = [box.left - host.left, box.right - host.left].map(Math.round);
    // Only an HTML box holds text that can overflow it; a skipped box may scroll its own inside.
    const holds = node instanceof HTMLElement && !(skip && node.matches(skip)) && node.clientWidth > 0;
    if (left! < -1 || right! > host.width + 1) found.push(`${name(node)} spans ${left}…${right} px`);
    else if (holds && node.scrollWidth > node.clientWidth + 1) {
      found.push(`${name(node)} holds ${node.scrollWidth} px in ${node.clientWidth} px`);
    }
  }
  return found;
}

/** An element's text as a screen reader has it: without what is aria-hidden, spaces collapsed. */
export function heard(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden=true]').forEach((hidden) => hidden.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}
