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
 * Runs `work` `runs` times and returns the median in milliseconds (one decimal). `prepare`, when
 * given, runs before each timed run, off the clock, and its result is passed to `work` (the
 * server's part, such as a fresh feed URL).
 */
export async function median<T = void>(
  runs: number,
  work: (prepared: T) => Promise<void>,
  prepare?: () => T,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const prepared = prepare?.() as T;
    const start = performance.now();
    await work(prepared);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]! * 10) / 10;
}

/** A `blob:` URL serving `json`, as a feed for a widget under test. */
export function jsonUrl(json: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(json)], { type: 'application/json' }));
}

/** Sets the result, and says so with the console line `run.js` waits for. */
export function report(result: unknown): void {
  window.benchResult = result;
  console.log('ok-widgets bench done');
}
