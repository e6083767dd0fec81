import { readdirSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

const elements = readdirSync('src/elements').filter((name) => name !== 'feed');

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

/**
 * Two library builds: `ok-widgets.js` as one file for the one-script-tag embed (lazy chunks
 * aside), then, with `--mode elements`, one entry per element sharing their common chunks.
 */
function entries(mode: string): Record<string, string> {
  if (mode !== 'elements') return { 'ok-widgets': 'src/ok-widgets.ts' };
  return Object.fromEntries(
    ['feed', ...elements].map((name) => [`elements/${name}`, `src/elements/${name}/define.ts`]),
  );
}

export default defineConfig(({ mode }) => ({
  plugins: [demoHome],
  server: { port: 5173, host: '127.0.0.1' },
  build: {
    target: 'es2022',
    minify: true,
    sourcemap: true,
    emptyOutDir: mode !== 'elements',
    lib: {
      formats: ['es'],
      entry: entries(mode),
    },
    rollupOptions: {
      output: {
        // Library mode keeps whitespace in ES output (for bundlers' tree-shaking); the files here
        // go to browsers as they are, so minify them fully.
        minify: true,
        // Small modules that several views share (formatting, text and URL helpers, Lit
        // directives) go into one chunk with Lit, which every page loads anyway, rather than a
        // file each: a dozen files under 1 KB cost requests and compress badly apart.
        codeSplitting: {
          groups: [
            {
              name: 'shared',
              test: /src[\\/]internal[\\/](format|css-props|events)|src[\\/]feed[\\/](time|text|url)|lit-html[\\/](directive|directives[\\/](keyed|repeat))/,
            },
          ],
        },
        chunkFileNames: mode === 'elements' ? 'elements/chunks/[name]-[hash].js' : 'chunks/[name]-[hash].js',
      },
    },
  },
}));
