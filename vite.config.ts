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

export default defineConfig({
  plugins: [demoHome],
  server: { port: 5173, host: '127.0.0.1' },
  build: {
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      formats: ['es'],
      entry: {
        'ok-widgets': 'src/ok-widgets.ts',
        'elements/feed': 'src/elements/feed/define.ts',
        ...Object.fromEntries(elements.map((name) => [`elements/${name}`, `src/elements/${name}/define.ts`])),
      },
    },
    rollupOptions: {
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
