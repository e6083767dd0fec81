/**
 * What the time goals must fit around: the costs of the libraries the widgets stand on the first
 * time a page uses them, each measured in a fresh page as a visitor's page pays it. `run.js` loads
 * this page at full speed and with the CPU slowed 4×, five times each (medians).
 *
 * - The page's first `Intl` objects (ICU's locale data), in the three tasks `warmFormats` makes
 *   them in as the first widget connects: the locale's likely subtags, a date, a number format.
 * - zod/mini checking 10,000 signatories (`parseFeed`) the first time, as a page checks its
 *   feed, and again with the check compiled.
 * - The map engine's module (Leaflet and supercluster): its download from the local server,
 *   compiling and evaluation.
 *
 * Each with the longest task it made (0 when it made none: a long task is 50 ms or more).
 */
import { parseFeed } from '../../src/feed/parse.js';
import { DEFAULT_TIME_ZONE } from '../../src/feed/time.js';
import { formatLongDate, formatNumber } from '../../src/internal/format.js';
import { intlLocale } from '../../src/internal/locale.js';
import { report, signatoryFeed } from './measure.js';

const tasks: PerformanceEntry[] = [];
const longTasks = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
longTasks.observe({ type: 'longtask' });
const round = (ms: number) => Math.round(ms * 10) / 10;

/** Milliseconds `work` takes, from a task of its own, and the longest task that ran meanwhile. */
async function timed(work: () => unknown): Promise<{ ms: number; longestTaskMs: number }> {
  await new Promise((resolve) => setTimeout(resolve));
  const start = performance.now();
  await work();
  const end = performance.now();
  // A long task is reported once it has ended: a turn later it is delivered or in the records.
  await new Promise((resolve) => setTimeout(resolve));
  tasks.push(...longTasks.takeRecords());
  const during = tasks.filter((task) => task.startTime < end && task.startTime + task.duration > start);
  return { ms: round(end - start), longestTaskMs: round(Math.max(0, ...during.map((t) => t.duration))) };
}

const likelySubtags = await timed(() => new Intl.Locale(intlLocale('sv')).maximize());
const intlDate = await timed(() => formatLongDate(new Date(0), 'sv', DEFAULT_TIME_ZONE));
const intlNumber = await timed(() => formatNumber(0, 'sv'));
// Parsed apart for each check, off the clock: new objects, as a feed from the network brings.
const json = JSON.stringify(signatoryFeed(10_000));
const [first, again] = [JSON.parse(json), JSON.parse(json)] as unknown[];
const check = await timed(() => parseFeed(first, location.href));
const checkAgain = await timed(() => parseFeed(again, location.href));
const mapEngine = await timed(() => import('../../src/elements/venue-map/map-engine.js'));

report({
  intlLikelySubtagsMs: likelySubtags.ms,
  intlDateFormatMs: intlDate.ms,
  intlNumberFormatMs: intlNumber.ms,
  intlLongestTaskMs: Math.max(likelySubtags.longestTaskMs, intlDate.longestTaskMs, intlNumber.longestTaskMs),
  check10kFirstMs: check.ms,
  check10kAgainMs: checkAgain.ms,
  mapEngineModuleMs: mapEngine.ms,
  mapEngineModuleTaskMs: mapEngine.longestTaskMs,
});
