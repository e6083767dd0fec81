/**
 * Benchmarks: `npm run bench [-- NAME …]`. Each `tests/bench/NAME.bench.ts` is bundled as for
 * production (minified, Lit's production build, lazy code in chunks of its own), opened in
 * headless Chromium, and reports the object it sets on `window.benchResult` (it logs
 * `ok-widgets bench done` when finished).
 * Results are printed and kept in `tests/bench/results/NAME.json`; a full run ends with a table
 * of the figures beside their anchors (FullCalendar 7, Leaflet.markercluster, bare Leaflet +
 * supercluster) and goals, the bytes per page included (from `npm run build` and `npm run size`,
 * which it runs), and one of what the libraries cost the first time a page uses them
 * (`floors.bench.ts`). Not part of `npm test`: figures depend on the machine, so goals on time are
 * read, not asserted. `npm run bench -- --summary` prints the tables again from the last results.
 */
import { execSync } from 'node:child_process';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchBenchBrowser } from './browser.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = join(here, 'results');
/** `--summary`: only the table, from the results of the last run. */
const onlySummary = process.argv.includes('--summary');
const wanted = onlySummary ? ['--summary'] : process.argv.slice(2);
const names = (await readdir(here))
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace('.bench.ts', ''))
  .filter((name) => wanted.length === 0 || wanted.includes(name));

/** Vite's `import css from 'x.css?inline'`, for esbuild. */
const inlineCss = {
  name: 'inline-css',
  setup(b) {
    b.onResolve({ filter: /\.css\?inline$/ }, async (args) => {
      const { path } = await b.resolve(args.path.replace(/\?inline$/, ''), {
        resolveDir: args.resolveDir,
        kind: args.kind,
      });
      return { path, namespace: 'inline-css' };
    });
    b.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

if (onlySummary) {
  await summary();
  process.exit();
}

await mkdir(out, { recursive: true });
// Split as the package's build is: a widget's view code and the map engine are chunks of their
// own, fetched and run when needed, not part of the page's one script.
await rm(join(out, 'chunks'), { recursive: true, force: true });
for (const name of names) {
  await build({
    entryPoints: { [name]: join(here, `${name}.bench.ts`) },
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    outdir: out,
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [inlineCss],
    logLevel: 'warning',
  });
  await writeFile(
    join(out, `${name}.html`),
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${name}</title></head>` +
      `<body style="margin:0;width:1000px"><script type="module" src="./${name}.js"></script></body></html>`,
  );
}

/**
 * Pages opened more than once, or with the CPU slowed (4×, as Lighthouse does for phones). A
 * slowed page's blocking time varies much from one load to the next: it is loaded `loads` times,
 * and each figure is the median of those loads (`each` keeps them all).
 */
const RUNS = {
  page: [
    { result: 'page-halland', query: '', slowdown: 4, loads: 5 },
    { result: 'page-large', query: '?data=large', slowdown: 4, loads: 5 },
  ],
  floors: [
    { result: 'floors', query: '', slowdown: 1, loads: 5 },
    { result: 'floors-4x', query: '', slowdown: 4, loads: 5 },
  ],
};
const runsOf = (name) => RUNS[name] ?? [{ result: name, query: '', slowdown: 1, loads: 1 }];

/** Per figure, the median of the loads' results; the figures of every load under `each`. */
function medianOf(results) {
  if (results.length === 1) return results[0];
  const mid = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];
  const merged = { ...results[0] };
  for (const [key, value] of Object.entries(merged)) {
    if (typeof value === 'number') merged[key] = mid(results.map((result) => result[key]));
  }
  return { ...merged, each: results };
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};
/** Feeds the pages hand over (`feedUrl` in `measure.ts`), served from memory like a published feed. */
const feeds = [];
const server = createServer(async (req, res) => {
  try {
    const { pathname } = new URL(req.url, 'http://x');
    if (req.method === 'POST' && pathname === '/feeds') {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      feeds.push(Buffer.concat(chunks));
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end(`/feeds/${feeds.length - 1}.json`);
      return;
    }
    const feed = /^\/feeds\/(\d+)\.json$/.exec(pathname);
    if (feed) {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(feeds[Number(feed[1])]);
      return;
    }
    const file = join(out, decodeURIComponent(pathname));
    if (!file.startsWith(out)) throw new Error('outside');
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await launchBenchBrowser();
try {
  /** Opens the page once and returns what it reports. */
  const load = (file, url, slowdown) =>
    browser.run(url, {
      width: 1000,
      height: 800,
      slowdown,
      done: 'ok-widgets bench done',
      onError: (message) => console.error(`${file}: ${message}`),
    });
  for (const { name, result: file, query, slowdown, loads } of names.flatMap((name) =>
    runsOf(name).map((run) => ({ name, ...run })),
  )) {
    const results = [];
    for (let i = 0; i < loads; i += 1) {
      results.push(await load(file, `http://127.0.0.1:${port}/${name}.html${query}`, slowdown));
    }
    const result = medianOf(results);
    await writeFile(join(out, `${file}.json`), JSON.stringify(result, null, 2));
    console.log(`${file}: ${JSON.stringify(result, null, 2)}`);
  }
} finally {
  await browser.close();
  server.close();
}

if (wanted.length === 0) await summary();

/** gzip -9 bytes of the minified bundle of `source` (JS with its CSS imports inlined as text). */
async function anchorBytes(source) {
  const { outputFiles } = await build({
    stdin: { contents: source, resolveDir: here, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    plugins: [inlineCss],
    logLevel: 'error',
  });
  return gzipSync(outputFiles[0].contents, { level: 9 }).length;
}

/** The figures of the issue in one table: ours, the anchor, the ratio and the goal. */
async function summary() {
  execSync('npm run build --silent', { stdio: 'ignore' });
  // For its figures only: the budgets are `npm test`'s business.
  execSync('node scripts/size.js || true', { stdio: 'ignore' });
  const sizes = JSON.parse(await readFile(join(here, '../../dist/size.json'), 'utf8'));
  const result = async (name) => JSON.parse(await readFile(join(out, `${name}.json`), 'utf8'));
  const [calendar, map, list, halland, large, floors, floors4x] = await Promise.all(
    [
      'event-calendar',
      'venue-map',
      'signatory-list',
      'page-halland',
      'page-large',
      'floors',
      'floors-4x',
    ].map(result),
  );
  let sheets = 0;
  const css = (path) => `import c${++sheets} from '${path}?inline'; console.log(c${sheets});`;
  const fullCalendar = await anchorBytes(
    `import { Calendar } from 'fullcalendar'; import d from 'fullcalendar/daygrid'; import t from 'fullcalendar/themes/classic';
     ${css('fullcalendar/skeleton.css')} ${css('fullcalendar/themes/classic/theme.css')} ${css('fullcalendar/themes/classic/palette.css')}
     console.log(Calendar, d, t);`,
  );
  const leafletCluster = await anchorBytes(
    `import * as L from 'leaflet/dist/leaflet-src.esm.js'; globalThis.L = L; import 'leaflet.markercluster';
     ${css('leaflet/dist/leaflet.css')} ${css('leaflet.markercluster/dist/MarkerCluster.css')} ${css('leaflet.markercluster/dist/MarkerCluster.Default.css')}`,
  );
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const ratio = (a, b) => (a / b).toFixed(2);
  const m = map;
  const rows = [
    ['work', 'ok-widgets', 'anchor', 'ratio', 'goal'],
    [
      'month view, 500 events',
      `${calendar.firstRenderMs.okEventCalendar} ms (after the feed: ${calendar.okEventCalendarAfterLoadMs} ms)`,
      `FullCalendar 7: ${calendar.firstRenderMs.fullCalendar} ms`,
      calendar.ratio,
      '≤ 0.25',
    ],
    [
      '10,000 venues',
      `${m['ok-venue-map element, feed parse to painted (ms)']} ms (after the feed: ${m['ok-venue-map element, ok-load to painted (ms)']} ms)`,
      `floor ${m['bare Leaflet + supercluster (floor), to painted (ms)']} ms; markercluster ${m['Leaflet.markercluster, to painted (ms)']} ms`,
      `${ratio(m['ok-venue-map element, feed parse to painted (ms)'], m['bare Leaflet + supercluster (floor), to painted (ms)'])}× floor`,
      '≤ 1.25× floor',
    ],
    [
      'one zoom step, 10,000 venues',
      `${m['engine, one zoom step (ms)']} ms`,
      `floor ${m['floor, one zoom step (ms)']} ms; markercluster ${m['Leaflet.markercluster, one zoom step (ms)']} ms`,
      `${ratio(m['engine, one zoom step (ms)'], m['floor, one zoom step (ms)'])}× floor`,
      '≤ the bare engine',
    ],
    [
      'signatory list, 10,000 vs 100',
      `${list.firstRenderMs} ms vs ${list.firstRender100Ms} ms (after the feed: ${list.firstRenderAfterLoadMs} vs ${list.firstRender100AfterLoadMs} ms)`,
      '—',
      `${list.growth10kOver100}× (after the feed: ${list.growthAfterLoad10kOver100}×)`,
      '≤ 1.5×',
    ],
    ['search keystroke, 10,000 signatories', `${list.searchKeystrokeUpdateMs} ms`, '—', '—', '≤ 16 ms'],
    [
      'all six widgets, Halland feed, CPU 4× (median of 5 loads)',
      `TBT ${halland.totalBlockingTimeMs} ms, longest task ${halland.longestTaskMs} ms`,
      'Lighthouse "good" < 200 ms',
      '—',
      'TBT ≤ 200 ms',
    ],
    [
      'all six widgets, 10k/10k/500, CPU 4× (median of 5 loads)',
      `TBT ${large.totalBlockingTimeMs} ms, longest task ${large.longestTaskMs} ms`,
      '—',
      '—',
      'TBT ≤ 400 ms',
    ],
    [
      'bytes, calendar page (fully used)',
      `${kb(sizes['event-calendar'].fullyUsed)} in ${sizes['event-calendar'].files} files`,
      `FullCalendar 7: ${kb(fullCalendar)}`,
      ratio(sizes['event-calendar'].fullyUsed, fullCalendar),
      '≤ 0.35',
    ],
    [
      'bytes, map page (fully used)',
      `${kb(sizes['venue-map'].fullyUsed)} in ${sizes['venue-map'].files} files`,
      `Leaflet + markercluster: ${kb(leafletCluster)}`,
      ratio(sizes['venue-map'].fullyUsed, leafletCluster),
      '≤ 1.2',
    ],
  ];
  const task = (ms) => (ms ? `longest task ${ms} ms` : 'no long task');
  const intl = (f) =>
    `${f.intlLikelySubtagsMs}, ${f.intlDateFormatMs}, ${f.intlNumberFormatMs} ms (${task(f.intlLongestTaskMs)})`;
  const engine = (f) => `${f.mapEngineModuleMs} ms (${task(f.mapEngineModuleTaskMs)})`;
  const fixed = [
    ['first use in a fresh page', 'CPU 1×', 'CPU 4×', 'bears on'],
    ['`Intl`: likely subtags, date format, number format, a task each', intl(floors), intl(floors4x), 'TBT'],
    [
      'zod/mini checking 10,000 signatories: the first time, and compiled',
      `${floors.check10kFirstMs} ms, ${floors.check10kAgainMs} ms`,
      `${floors4x.check10kFirstMs} ms, ${floors4x.check10kAgainMs} ms`,
      'times with the feed on the clock',
    ],
    [
      'the map engine module (Leaflet, supercluster): download, compiling, evaluation',
      engine(floors),
      engine(floors4x),
      'TBT',
    ],
  ];
  console.log(`\n${markdown(rows)}\n\n${markdown(fixed)}`);
}

/** `rows` as a Markdown table, the first row its head. */
function markdown(rows) {
  return [rows[0], rows[0].map(() => '---'), ...rows.slice(1)]
    .map((row) => `| ${row.join(' | ')} |`)
    .join('\n');
}
