import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { leafletUnused, litTemplateMinify } from './scripts/css-minify.js';
import { LEAFLET_ESM, LEAFLET_PARTS, markerStandIn } from './scripts/leaflet-parts.js';
import { ensureManifest, PAGE_MANIFEST_PATH } from './scripts/manifest.js';

const elements = readdirSync('src/elements').filter((name) => name !== 'feed');

/**
 * The map engine imports Leaflet's ES module build; the script-tag build takes only the parts it
 * uses, from Leaflet's source modules (src/internal/leaflet.ts), and so does the test runner. In
 * the bundler build Leaflet stays a bare import (external before any alias), for the app's bundler.
 */
const leafletParts = { [LEAFLET_ESM]: resolve(LEAFLET_PARTS) };

/** Of those parts, the marker's drag handler and default icon are left out (scripts/leaflet-parts.js). */
const noMarkerExtras: Plugin = {
  name: 'no-marker-extras',
  enforce: 'pre',
  resolveId(source, importer) {
    const standIn = markerStandIn(source, importer);
    if (standIn) return resolve(standIn);
  },
};

/** `npm start` opens on the demo. */
const demoHome: Plugin = {
  name: 'demo-home',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.writeHead(302, { Location: '/demo/' });
        res.end();
      } else next();
    });
  },
};

/** `npm start` serves the builder and embed pages too, with the manifest the builder reads. */
const pagesDev: Plugin = {
  name: 'pages-dev',
  configureServer(server) {
    // Made at start, so the builder need not wait; a failure shows when the page asks for it.
    ensureManifest().catch(() => undefined);
    server.middlewares.use((req, res, next) => {
      const path = req.url?.split('?')[0];
      if (path === '/builder.html' || path === '/embed.html' || path === '/authoring.html') {
        res.writeHead(302, { Location: `/pages${req.url}` });
        res.end();
      } else if (path === PAGE_MANIFEST_PATH) {
        ensureManifest().then(
          (file) => {
            res.writeHead(200, { 'Content-Type': 'application/json' });
            res.end(readFileSync(file));
          },
          (error: unknown) => next(error),
        );
      } else next();
    });
  },
};

/**
 * `--mode pages` builds `dist/builder.html` and `dist/embed.html`. They load the elements from the
 * script-tag build next to them (`cdn/ok-widgets.js`, built before), the very file their snippets
 * name, so the pages add only their own code; every path is relative, for any static host.
 */
const ENTRY = resolve('src/ok-widgets.ts');
const pagesBuild: Plugin = {
  name: 'pages-build',
  enforce: 'pre',
  async resolveId(source, importer) {
    if (!importer || !source.endsWith('/ok-widgets.js')) return null;
    const resolved = await this.resolve(source, importer, { skipSelf: true });
    return resolved?.id === ENTRY ? { id: '../cdn/ok-widgets.js', external: true } : null;
  },
};

/**
 * One entry for every element (`ok-widgets.js`) and one per element (`elements/<name>.js`), in one
 * build so that they share their chunks: a page or an app that imports both still evaluates Lit,
 * each widget and the map engine once.
 */
const entries = {
  'ok-widgets': 'src/ok-widgets.ts',
  ...Object.fromEntries(
    ['feed', ...elements].map((name) => [`elements/${name}`, `src/elements/${name}/define.ts`]),
  ),
};

/**
 * The default build (`dist/`) is for bundlers: the runtime dependencies stay bare imports, so an
 * app that uses Lit too ships it once. `--mode cdn` (`dist/cdn/`) is for a script tag: everything
 * bundled and minified.
 */
const dependencies = Object.keys(
  (JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies,
);
const isDependency = (id: string) =>
  !id.includes('?') && dependencies.some((name) => id === name || id.startsWith(`${name}/`));

export default defineConfig(({ mode }) => {
  if (mode === 'pages') {
    return {
      root: 'pages',
      base: './',
      plugins: [pagesBuild],
      // The authoring page's worker is a module, as in development.
      worker: { format: 'es' },
      build: {
        target: 'es2022',
        outDir: '../dist',
        emptyOutDir: false,
        assetsDir: 'pages',
        rollupOptions: {
          input: {
            builder: resolve('pages/builder.html'),
            embed: resolve('pages/embed.html'),
            authoring: resolve('pages/authoring.html'),
          },
        },
      },
    };
  }
  const cdn = mode === 'cdn';
  return {
    // The text of Lit's templates and Leaflet's stylesheet, as short as they can be.
    plugins: [demoHome, pagesDev, litTemplateMinify, noMarkerExtras],
    css: { postcss: { plugins: [leafletUnused] } },
    resolve: { alias: leafletParts },
    server: { port: 5173, host: '127.0.0.1' },
    build: {
      target: 'es2022',
      minify: cdn,
      sourcemap: true,
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: true,
      lib: {
        formats: ['es'],
        entry: entries,
      },
      rollupOptions: {
        external: cdn ? [] : isDependency,
        // An element's code lives in its own entry file, which the full entry imports: no chunk
        // then merely re-exports another, and a page with one element loads no other's code.
        preserveEntrySignatures: 'allow-extension',
        output: {
          // Library mode keeps whitespace in ES output (for bundlers' tree-shaking); the CDN files
          // go to browsers as they are, so minify them fully.
          minify: cdn,
          // Nothing reads a `/* @__PURE__ */` annotation once the bundle is made (240 of them, 4 KB
          // before gzip). The bundler build keeps them for the app's own tree-shaking.
          ...(cdn && { comments: { annotation: false, jsdoc: false } }),
          // What every element shares (the base element, the feed's loader, helpers) goes into one
          // chunk with Lit, which every page loads anyway, rather than a file each: a dozen files
          // under 1 KB cost requests and compress badly apart.
          codeSplitting: {
            groups: [
              // Helpers only the views use (controls, headings, contrast, palette, search, Leaflet) stay
              // out: they load with the first view, not up front.
              {
                name: 'shared',
                test: /src[\\/](feed[\\/]|internal[\\/](?!(chips|contrast|facts|heading|leaflet|palette|search|search-field|switch)\.ts))/,
              },
              // The controls the map, list and calendar views share (chips, details, search field)
              // in one file: apart, three files under 600 bytes each compress badly and cost requests.
              { name: 'controls', test: /src[\\/]internal[\\/](chips|facts|search-field)\.ts/ },
              // The Lit directives the list views use (repeat, keyed) in one file of their own: pages
              // whose views use none (the calendar, the tracker, the count) do not load them.
              {
                name: 'directives',
                test: /lit-html[\\/](directive|directives[\\/](keyed|repeat))|lit[\\/]directives[\\/](keyed|repeat)/,
              },
              // With Leaflet a bare import, the guard must be a module of its own to evaluate first.
              ...(cdn ? [] : [{ name: 'leaflet-guard', test: /leaflet-guard/ }]),
            ],
          },
          // In the bundler build an element's chunk (its class and `define`, which both entries
          // share) is named after the element rather than `define`.
          chunkFileNames: ({ name, moduleIds }) => {
            const element = moduleIds
              .map((id) => /elements[\\/]([\w-]+)[\\/]define\.ts$/.exec(id)?.[1])
              .find(Boolean);
            return `chunks/${name === 'define' && element ? element : '[name]'}-[hash].js`;
          },
        },
      },
    },
  };
});
