/**
 * Benchmarks: `npm run bench [-- NAME …]`. Each `tests/bench/NAME.bench.ts` is bundled as for
 * production (minified, Lit's production build), opened in headless Chromium, and reports the
 * object it sets on `window.benchResult` (it sets `window.benchDone = true` when finished).
 * Results are printed and kept in `tests/bench/results/NAME.json`. Not part of `npm test`:
 * figures depend on the machine, so budgets on time are read, not asserted.
 */
import { createServer } from 'node:http';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '../chromium.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = join(here, 'results');
const wanted = process.argv.slice(2);
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

await mkdir(out, { recursive: true });
for (const name of names) {
  await build({
    entryPoints: [join(here, `${name}.bench.ts`)],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    outfile: join(out, `${name}.js`),
    plugins: [inlineCss],
    logLevel: 'warning',
  });
  await writeFile(
    join(out, `${name}.html`),
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${name}</title></head>` +
      `<body style="margin:0;width:1000px"><script type="module" src="./${name}.js"></script></body></html>`,
  );
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};
const server = createServer(async (req, res) => {
  try {
    const file = join(out, decodeURIComponent(new URL(req.url, 'http://x').pathname));
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

const browser = await launchChromium();
try {
  for (const name of names) {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    page.on('pageerror', (error) => console.error(`${name}: ${error.message}`));
    await page.goto(`http://127.0.0.1:${port}/${name}.html`);
    await page.waitForFunction(() => window.benchDone === true, undefined, { timeout: 300_000 });
    const result = await page.evaluate(() => window.benchResult);
    await writeFile(join(out, `${name}.json`), JSON.stringify(result, null, 2));
    console.log(`${name}: ${JSON.stringify(result, null, 2)}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
