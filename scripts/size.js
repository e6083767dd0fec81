/**
 * Size report of the self-contained build for script tags, `dist/cdn/` (gzip bytes), failing
 * above budget:
 *   - eager: what `ok-widgets.js` loads up front (it and its static imports) ≤ 35.4 KB (and so
 *     `elements/agreement.js`, which defines every part);
 *   - what a page with one element's entry loads up front ≤ 28 KB;
 *   - each lazy chunk (loaded by a dynamic import only where needed), with what it needs beyond
 *     the eager part (so chunks that share code both count it): the map engine ≤ 30 KB, any
 *     other ≤ 12 KB;
 *   - the whole bundle without the map engine (every widget fully loaded) ≤ 77.2 KB.
 * Per element, what a page with only that element's entry downloads: up front, and once the
 * widget is fully used (every lazy chunk it can load, the map engine included), in bytes and
 * files. Fails when such a page would load another element's code (read from the source maps),
 * or when a file only re-exports another (a request that brings nothing). The per-element figures
 * go to `dist/size.json` too.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const BUDGET = { eager: 35.4 * KB, map: 30 * KB, lazy: 12 * KB, whole: 77.2 * KB, element: 28 * KB };
const dist = join('dist', 'cdn');

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const imports = (file, pattern) =>
  [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => join(dirname(file), m[1]));
const STATIC = /(?:import|export)\s*(?:[\w${},*\s]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
const DYNAMIC = /import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

/** A file and everything it imports statically. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const next of imports(file, STATIC)) closure(next, seen);
  return seen;
}
const total = (files) => [...files].reduce((sum, file) => sum + gzip(file), 0);
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

const main = join(dist, 'ok-widgets.js');
const eager = closure(main);
const isMap = (root) => /map-engine/.test(root);

/** Every chunk a dynamic import reaches from `files`, and from those chunks in turn. */
function lazyRootsOf(files, roots = new Set()) {
  for (const root of [...files].flatMap((file) => imports(file, DYNAMIC))) {
    if (roots.has(root)) continue;
    roots.add(root);
    lazyRootsOf(closure(root), roots);
  }
  return roots;
}
const lazyRoots = lazyRootsOf(eager);
let failed = false;
const rows = [];
const check = (label, bytes, budget) => {
  const over = budget !== undefined && bytes > budget;
  failed ||= over;
  rows.push([label, kb(bytes), budget === undefined ? '' : `≤ ${kb(budget)}`, over ? 'OVER BUDGET' : '']);
};

check('ok-widgets.js, eager (what every page loads)', total(eager), BUDGET.eager);
const whole = new Set(eager);
for (const root of lazyRoots) {
  const files = [...closure(root)].filter((file) => !eager.has(file));
  if (!isMap(root)) files.forEach((file) => whole.add(file));
  check(
    `lazy ${relative(dist, root)}${isMap(root) ? ' (map engine)' : ''}`,
    total(files),
    isMap(root) ? BUDGET.map : BUDGET.lazy,
  );
}
check('whole bundle without the map engine', total(whole), BUDGET.whole);
/** The elements an element shows and so defines (<ok-agreement> its parts): their code is its too. */
const partsOf = (name) =>
  [
    ...readFileSync(join('src', 'elements', name, 'define.ts'), 'utf8').matchAll(
      /import '\.\.\/([\w-]+)\/define\.js'/g,
    ),
  ].map((match) => match[1]);

/**
 * The lazy chunks one element can load: its source's `import('./x.js')` targets, found in the
 * build by their chunk names, and what those load in turn. (The element classes share one eager
 * chunk, so following the bundle's own dynamic imports would count every element's views.)
 */
function lazyOfElement(name, upFront) {
  const folder = join('src', 'elements', name);
  const targets = [name, ...partsOf(name)]
    .map((element) => join('src', 'elements', element))
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((file) => file.endsWith('.ts') && !file.includes('.test.'))
        .map((file) => join(dir, file)),
    )
    .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/import\('\.\/([\w.-]+)\.js'\)/g)])
    .map((match) => match[1]);
  const chunks = readdirSync(join(dist, 'chunks'));
  const used = new Set(upFront);
  const visit = (root) => {
    for (const file of closure(root)) {
      if (used.has(file)) continue;
      used.add(file);
      imports(file, DYNAMIC).forEach(visit);
    }
  };
  for (const target of new Set(targets)) {
    const chunk = chunks.find((file) => file.startsWith(`${target}-`) && /^[\w.-]+-[\w-]{8}\.js$/.test(file));
    if (!chunk) throw new Error(`No chunk for ${folder}'s import('./${target}.js')`);
    visit(join(dist, 'chunks', chunk));
  }
  return used;
}

/** The element folders whose sources went into `files`, from their source maps. */
function elementsIn(files) {
  const found = new Set();
  for (const file of files) {
    const map = `${file}.map`;
    const sources = existsSync(map) ? JSON.parse(readFileSync(map, 'utf8')).sources : [];
    for (const source of sources) found.add(/src\/elements\/([\w-]+)\//.exec(source)?.[1]);
  }
  found.delete(undefined);
  return found;
}

const problems = [];
/** Per element, what its page downloads, for `npm run bench` to set beside other libraries. */
const pages = {};
for (const entry of readdirSync(join(dist, 'elements')).filter((f) => f.endsWith('.js'))) {
  const name = entry.replace(/\.js$/, '');
  const upFront = closure(join(dist, 'elements', entry));
  const used = lazyOfElement(name, upFront);
  // A page with the whole agreement loads what a page with every element does.
  const parts = partsOf(name);
  const budget = parts.length ? BUDGET.eager : BUDGET.element;
  check(`elements/${entry}, up front (${upFront.size} files)`, total(upFront), budget);
  check(`elements/${entry}, fully used (${used.size} files)`, total(used));
  pages[name] = { upFront: total(upFront), fullyUsed: total(used), files: used.size };
  const others = [...elementsIn(used)].filter((other) => other !== name && !parts.includes(other));
  if (others.length)
    problems.push(`A page with only elements/${entry} loads the code of ${others.join(', ')}.`);
}

/** A module with nothing but imports and exports: code left once those are cut away. */
const RE_EXPORT = /(?:import|export)\s*(?:[\w${},*\s]+from\s*)?["'][^"']+["'];?|export\s*\{[^}]*\};?/g;
for (const file of [
  main,
  ...['elements', 'chunks'].flatMap((d) => readdirSync(join(dist, d)).map((f) => join(dist, d, f))),
]) {
  const code = file.endsWith('.js') ? readFileSync(file, 'utf8') : '';
  if (code && !code.replace(RE_EXPORT, '').trim() && imports(file, STATIC).length === 1) {
    problems.push(`${relative(dist, file)} only re-exports another file.`);
  }
}

const width = Math.max(...rows.map((r) => r[0].length));
for (const [label, size, budget, note] of rows) {
  console.log(`${label.padEnd(width)}  ${size.padStart(9)}  ${budget.padEnd(10)} ${note}`);
}
if (failed) {
  console.error('\nSize budget exceeded.');
  process.exitCode = 1;
}
writeFileSync(join('dist', 'size.json'), JSON.stringify(pages, null, 2));
for (const problem of problems) console.error(problem);
if (problems.length) process.exitCode = 1;
