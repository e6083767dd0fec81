/** What every benchmark page shares: timing until the browser has painted, and reporting. */

declare global {
  interface Window {
    benchResult?: unknown;
  }
}

/** Resolves after the next frame has been laid out and painted. */
export function painted(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Resolves as soon as `ready()` holds, checked after every change of the DOM under `roots` (shadow
 * roots included): the moment the content is there, so that `painted()` then waits for the very
 * frame that paints it. (Polling on animation frames would see it one frame late, and the
 * `painted()` after would wait a frame more than an anchor that renders at once.)
 */
export function present(roots: Node[], ready: () => unknown): Promise<void> {
  return new Promise((resolve) => {
    if (ready()) return resolve();
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      resolve();
    });
    for (const root of roots) observer.observe(root, { childList: true, subtree: true, attributes: true });
  });
}

/**
 * Runs `work` `runs` times and returns the median in milliseconds (one decimal). `prepare`, when
 * given, runs before each timed run, off the clock, and its result is passed to `work` (the
 * server's part, such as a fresh feed URL).
 */
export async function median<T = void>(
  runs: number,
  work: (prepared: T) => Promise<void>,
  prepare?: () => T | Promise<T>,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const prepared = (await prepare?.()) as T;
    const start = performance.now();
    await work(prepared);
    times.push(performance.now() - start);
  }
  return middle(times);
}

/** The median of `values` in milliseconds, to one decimal. */
export function middle(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]! * 10) / 10;
}

const served = new WeakMap<object, Promise<string>>();
let runs = 0;

/**
 * The address of `json` as a feed on the benchmark's HTTP server (`run.js`), as a region would
 * publish it: handed over once per feed, off the clock, and a new address each call, so no
 * widget or cache has read it before.
 */
export async function feedUrl(json: object): Promise<string> {
  let url = served.get(json);
  if (!url) {
    url = fetch('/feeds', { method: 'POST', body: JSON.stringify(json) }).then((r) => r.text());
    served.set(json, url);
  }
  return `${await url}?run=${(runs += 1)}`;
}

/** Sets the result, and says so with the console line `run.js` waits for. */
export function report(result: unknown): void {
  window.benchResult = result;
  console.log('ok-widgets bench done');
}

const kinds = ['Idrottsförening', 'Studieförbund', 'Hembygdsförening', 'Kör', 'Scoutkår', 'Kommun'];
const places = ['Halmstad', 'Varberg', 'Kungsbacka', 'Falkenberg', 'Laholm', 'Hylte', 'Malmö', 'Örebro'];

/** A feed of `count` generated signatories of every sector, some of whom have left. */
export const signatoryFeed = (count: number) => ({
  version: 1,
  signatories: Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    name: `${places[i % places.length]}s ${kinds[i % kinds.length]!.toLowerCase()} ${i + 1}`,
    sector: ['civil', 'civil', 'public', 'other'][i % 4],
    kind: kinds[i % kinds.length],
    municipality: places[(i * 7) % places.length],
    signedAt: `${2019 + (i % 6)}-05-14`,
    leftAt: i % 50 === 0 ? '2024-01-01' : undefined,
  })),
});
