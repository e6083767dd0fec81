/**
 * The script-tag build (`dist/cdn/`, after `npm run build`) on a page that allows one Trusted
 * Types policy, Lit's, without 'allow-duplicates': the full bundle and an element entry loaded
 * together, in either order and the bundle twice, must evaluate Lit once and leave every widget
 * working.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { launchChromium } from '../chromium.js';

const CSP = "require-trusted-types-for 'script'; trusted-types lit-html; style-src 'self'";
const TAGS = [
  'ok-principle-wheel',
  'ok-signatory-list',
  'ok-signatory-count',
  'ok-venue-map',
  'ok-event-calendar',
  'ok-commitment-tracker',
];

/** A page with every widget on one feed, loading `scripts` in order. */
const page = (scripts) => `<!doctype html>
<html lang="sv">
  <body>
    <ok-feed src="/feed.json">
      ${TAGS.map((tag) => `<${tag}${tag === 'ok-venue-map' ? ' tiles="/no-tiles/{z}/{x}/{y}.png"' : ''}></${tag}>`).join('\n')}
    </ok-feed>
    ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
  </body>
</html>`;

const PAGES = {
  '/bundle-then-element.html': page([
    '/cdn/ok-widgets.js',
    '/cdn/elements/venue-map.js',
    '/cdn/ok-widgets.js',
  ]),
  '/element-then-bundle.html': page(['/cdn/elements/signatory-count.js', '/cdn/ok-widgets.js']),
};

const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://localhost').pathname;
  try {
    if (PAGES[path]) {
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Security-Policy': CSP }).end(PAGES[path]);
    } else if (path === '/feed.json') {
      res
        .writeHead(200, { 'Content-Type': 'application/json' })
        .end(await readFile('demo/feeds/halland.json'));
    } else if (/^\/cdn\/[\w/.-]+\.js$/.test(path) && !path.includes('..')) {
      res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(await readFile(`dist${path}`));
    } else {
      res.writeHead(404).end();
    }
  } catch {
    res.writeHead(404).end();
  }
});

let browser;
let origin;
before(async () => {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server.close();
});

for (const path of Object.keys(PAGES)) {
  test(`every widget works under Trusted Types: ${path}`, async () => {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => {
      // The map's tile requests 404 on purpose; anything else logged as an error counts.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        errors.push(message.text());
      }
    });
    await tab.goto(origin + path);
    await tab
      .waitForFunction(
        (tags) =>
          tags.every((tag) => {
            const root = document.querySelector(tag)?.shadowRoot;
            return root?.querySelector('.root') && !root.querySelector('[part=skeleton]');
          }) && document.querySelector('ok-venue-map').shadowRoot.querySelector('.leaflet-marker-icon'),
        TAGS,
        { timeout: 20_000 },
      )
      .catch(() => assert.fail(`widgets did not all come to life; errors: ${errors.join(' | ')}`));
    const failed = await tab.evaluate(
      (tags) => tags.filter((tag) => document.querySelector(tag).shadowRoot.querySelector('[part=error]')),
      TAGS,
    );
    assert.deepEqual(failed, [], 'no widget shows its error state');
    assert.deepEqual(errors, []);
    // Last, as it logs a violation of its own.
    const enforced = await tab.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch {
        return true;
      }
    });
    assert.equal(enforced, true, 'the page enforces Trusted Types');
    await tab.close();
  });
}
