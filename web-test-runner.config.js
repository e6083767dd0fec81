import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/chromium.js';
import { feedServer, TEST_PAGE_HEADER } from './tests/feed-server.js';
import { LEAFLET_ESM, LEAFLET_PARTS, markerStandIn } from './scripts/leaflet-parts.js';
import { ensureManifest, PAGE_MANIFEST_PATH } from './scripts/manifest.js';

/** Serves `import css from 'x.css?inline'` (as Vite does) for the browser tests. */
const inlineCss = {
  name: 'inline-css',
  async serve(context) {
    if (context.path.endsWith('.css') && context.URL.searchParams.has('inline')) {
      const file = fileURLToPath(new URL(`.${context.path}`, import.meta.url));
      return { body: `export default ${JSON.stringify(await readFile(file, 'utf8'))};`, type: 'js' };
    }
  },
};

/** Leaflet's parts in place of its whole ES module build, as the script-tag build has them (vite.config.ts). */
const leafletParts = {
  name: 'leaflet-parts',
  resolveImport({ source, context }) {
    const standIn = source === LEAFLET_ESM ? LEAFLET_PARTS : markerStandIn(source, context.path);
    if (standIn) return `/${standIn}`;
  },
};

/** The manifest the builder page (pages/builder.html) reads beside itself, made when missing or stale. */
async function pagesManifest(ctx, next) {
  if (ctx.path !== PAGE_MANIFEST_PATH) return next();
  ctx.type = 'json';
  ctx.body = await readFile(await ensureManifest());
}

/**
 * `executeServerCommand('own-downloads')` makes the test's page fetch every module from the server
 * (the runner lets browsers cache files for a year, so a module another page loaded would never
 * reach a test that makes its download fail) and marks the page's requests with its session id,
 * so a failure it asks for (tests/feed-server.js, /test-api/fail) hits its own requests only,
 * never those of a test file that runs beside it. Returns the id.
 */
const ownDownloads = {
  name: 'own-downloads',
  async executeCommand({ command, session }) {
    if (command !== 'own-downloads' && command !== 'shared-downloads') return undefined;
    const page = session.browser.getPage(session.id);
    // The runner reuses a page for the next test file: `shared-downloads` gives it back as it was.
    const own = command === 'own-downloads';
    await page.setCacheEnabled(!own);
    await page.setExtraHTTPHeaders(own ? { [TEST_PAGE_HEADER]: session.id } : {});
    return session.id;
  },
};

/** A host page as strict as public-sector sites get: no inline styles, Trusted Types for scripts. */
const STRICT_CSP = "style-src 'self'; require-trusted-types-for 'script'";

/** The strict page that also allows images only from the site and https:, never `data:`. */
const IMAGE_CSP = `${STRICT_CSP}; img-src 'self' https:`;

/** The page each test file runs in; `csp` adds a Content-Security-Policy. */
function testPage(framework, csp) {
  return `<!doctype html>
    <html>
      <head>${csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : ''}</head>
      <body>
        <script>
          // @lit-labs/virtualizer's ResizeObserver can report this benign loop; it is not a test failure.
          window.addEventListener('error', (event) => {
            if (String(event.message).includes('ResizeObserver loop')) event.stopImmediatePropagation();
          }, true);
        </script>
        <script type="module" src="${framework}"></script>
      </body>
    </html>`;
}

export default {
  files: ['src/**/*.test.ts', 'tests/**/*.test.ts', '!tests/csp.test.ts', '!tests/map-csp.test.ts'],
  groups: [
    {
      name: 'strict-csp',
      files: 'tests/csp.test.ts',
      testRunnerHtml: (framework) => testPage(framework, STRICT_CSP),
    },
    {
      name: 'map-csp',
      files: 'tests/map-csp.test.ts',
      testRunnerHtml: (framework) => testPage(framework, IMAGE_CSP),
    },
  ],
  nodeResolve: true,
  concurrency: 2,
  // A loaded machine is slow, not wrong: opening a test page or finishing a file may take long.
  browserStartTimeout: 120_000,
  testsFinishTimeout: 600_000,
  // Longer than `until()`'s own timeout, so a failed wait reports what it waited for.
  testFramework: { config: { timeout: 30000 } },
  testRunnerHtml: (framework) => testPage(framework),
  middleware: [feedServer, pagesManifest],
  plugins: [
    inlineCss,
    leafletParts,
    ownDownloads,
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      // Each test page in a window of its own: a background tab is 'hidden' and gets no animation frames.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        // Memory tests call gc() to check that removed widgets can be collected.
        args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
      },
    }),
  ],
};
