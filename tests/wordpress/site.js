/**
 * `npm run test:wordpress`: the plugin in a real WordPress (Debian's package), after `npm run build`.
 *
 * A throwaway MariaDB (its own data folder and socket, no network) and a copy of
 * /usr/share/wordpress served by PHP's built-in server on loopback; WordPress installs through its
 * own installer, the plugin from dist/wordpress/ok-widgets.zip through WordPress's plugin
 * installer. Pages with the shortcode and the block are read as HTML and rendered in Chromium,
 * first on an English site, then on a Swedish one. Everything started is stopped at the end.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { CHROMIUM_PATH, launchChromium } from '../chromium.js';
import { PLUGIN_ZIP } from '../../scripts/wordpress-plugin.js';

const WORDPRESS = '/usr/share/wordpress';
const MARIADB = '/usr/sbin/mariadbd';
/** Shell checks, and the Debian package that satisfies each. */
const NEEDS = [
  ['command -v php', 'php-cli'],
  ['php -r "exit(extension_loaded(\'mysqli\') ? 0 : 1);"', 'php-mysql'],
  [`test -x ${MARIADB}`, 'mariadb-server'],
  [`test -f ${WORDPRESS}/wp-settings.php`, 'wordpress'],
  [`test -f ${WORDPRESS}/wp-content/languages/sv_SE.mo`, 'wordpress-l10n'],
  [`test -x ${CHROMIUM_PATH}`, 'chromium'],
];
const missing = NEEDS.filter(([check]) => {
  try {
    execFileSync('sh', ['-c', check], { stdio: 'ignore' });
    return false;
  } catch {
    return true;
  }
}).map(([, name]) => name);
if (missing.length > 0) {
  console.error(`The WordPress test needs Debian packages: apt-get install -y ${missing.join(' ')}`);
  process.exit(1);
}
if (!existsSync(PLUGIN_ZIP)) {
  console.error(`${PLUGIN_ZIP} is missing: run npm run build first.`);
  process.exit(1);
}

const root = mkdtempSync(join(tmpdir(), 'okw-wordpress-'));
// MariaDB runs as its own user, which must reach its data folder.
chmodSync(root, 0o755);
const site = join(root, 'wordpress');
// In the data folder, which belongs to MariaDB's user.
const socket = join(root, 'db', 'mysql.sock');
const children = [];
const feedFile = JSON.parse(readFileSync('demo/feeds/halland.json', 'utf8'));
const venueName = feedFile.venues.features[0].properties.name;

let home = '';
let feed = '';
const pages = {};
let browser;

/** A child process that the end of the test stops. */
function start(command, args, options = {}) {
  // A process group of its own, so that stopping it stops what it forked (PHP's workers).
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true, ...options });
  child.errors = '';
  child.stderr.on('data', (chunk) => (child.errors = (child.errors + chunk).slice(-4000)));
  children.push(child);
  return child;
}

/** Stops every child; resolves when all have exited. */
function stopAll() {
  return Promise.all(
    children.map((child) => {
      child.stopping = true;
      if (child.exitCode !== null) return undefined;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Gone already.
      }
      child.stderr.destroy();
      return exited;
    }),
  );
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

/** Waits until `check` returns true (or stops throwing), or fails after `seconds`. */
async function until(what, check, seconds = 60) {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const died = children.find((child) => child.exitCode !== null && !child.stopping);
    if (died) throw new Error(`${died.spawnfile} stopped while waiting for ${what}:\n${died.errors}`);
    try {
      if (await check()) return;
    } catch {
      // Not there yet.
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200)); // polling interval, not a wait for an outcome
  }
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sql = (statement) => execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-e', statement]);
const wp = (...args) =>
  execFileSync('php', [resolve('tests/wordpress/wp.php'), site, ...args], { encoding: 'utf8' }).trim();
const get = async (path) => (await fetch(home + path)).text();

/** The bundle's script tags in a page. */
const bundleTags = (html) => html.match(/<script[^>]*ok-widgets\/assets\/ok-widgets\.js[^>]*>/g) ?? [];
/** The attributes of each occurrence of one element in a page (values as written in the HTML). */
const tagsOf = (html, tag) =>
  [...html.matchAll(new RegExp(`<${tag}((?:\\s[^>]*)?)>`, 'g'))].map((match) =>
    Object.fromEntries([...match[1].matchAll(/([^\s=]+)(?:="([^"]*)")?/g)].map((a) => [a[1], a[2] ?? true])),
  );

before(async () => {
  // MariaDB with a data folder of its own, reachable only through its socket.
  const dbUser = process.getuid?.() === 0 ? 'mysql' : userInfo().username;
  execFileSync(
    'mariadb-install-db',
    [
      '--no-defaults',
      `--datadir=${join(root, 'db')}`,
      `--user=${dbUser}`,
      `--auth-root-socket-user=${userInfo().username}`,
      '--skip-test-db',
    ],
    { stdio: 'ignore' },
  );
  start(MARIADB, [
    '--no-defaults',
    `--datadir=${join(root, 'db')}`,
    `--socket=${socket}`,
    `--pid-file=${join(root, 'db', 'mysql.pid')}`,
    '--skip-networking',
    `--user=${dbUser}`,
  ]);
  await until('MariaDB', () => {
    execFileSync('mariadb-admin', ['--no-defaults', `--socket=${socket}`, 'ping'], { stdio: 'ignore' });
    return true;
  });
  sql(
    "CREATE DATABASE wordpress; CREATE USER wp@localhost IDENTIFIED BY 'wp'; GRANT ALL ON wordpress.* TO wp@localhost;",
  );

  // WordPress: Debian's files, our own configuration.
  const port = await freePort();
  home = `http://127.0.0.1:${port}`;
  cpSync(WORDPRESS, site, { recursive: true, dereference: true });
  const key = () => Math.random().toString(36).slice(2);
  writeFileSync(
    join(site, 'wp-config.php'),
    `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'wp' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${[
  'AUTH_KEY',
  'SECURE_AUTH_KEY',
  'LOGGED_IN_KEY',
  'NONCE_KEY',
  'AUTH_SALT',
  'SECURE_AUTH_SALT',
  'LOGGED_IN_SALT',
  'NONCE_SALT',
]
  .map((name) => `define( '${name}', '${key()}' );`)
  .join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${home}' );
define( 'WP_SITEURL', '${home}' );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'WP_CONTENT_URL', '${home}/wp-content' );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${join(root, 'debug.log')}' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
if ( ! defined( 'ABSPATH' ) ) {
  define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  );
  // The feed, from the same server.
  mkdirSync(join(site, 'feeds'));
  cpSync('demo/feeds/halland.json', join(site, 'feeds/halland.json'));
  feed = `${home}/feeds/halland.json`;

  start('php', ['-S', `127.0.0.1:${port}`, '-t', site], {
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
  });
  await until('PHP server', async () => (await fetch(`${home}/readme.html`)).ok);

  // WordPress's own installer, as a person would fill it in.
  const installed = await fetch(`${home}/wp-admin/install.php?step=2`, {
    method: 'POST',
    body: new URLSearchParams({
      weblog_title: 'OK Widgets test',
      user_name: 'admin',
      admin_password: 'ok-widgets-test',
      admin_password2: 'ok-widgets-test',
      pw_weak: '1',
      admin_email: 'admin@example.org',
      blog_public: '0',
      language: '',
    }),
  });
  assert.match(await installed.text(), /wp-login\.php/, 'WordPress installed');

  assert.equal(wp('install-plugin', resolve(PLUGIN_ZIP)), 'ok-widgets/ok-widgets.php');

  const shortcode = (attributes) => `[ok-widget ${attributes}]`;
  const block = (attributes) => `<!-- wp:ok-widgets/widget ${JSON.stringify(attributes)} /-->`;
  pages.shortcode = wp(
    'create-page',
    'Shortcode',
    [
      shortcode(
        `type="venue-map" src="${feed}" view="list" onclick="alert(1)" onmouseover="alert(2)" style="color:red" nonsense="1"`,
      ),
      shortcode(`type="signatory-count" src="${feed}" goal="60" chart="false" hide-zero="0"`),
    ].join('\n\n'),
  );
  pages.block = wp(
    'create-page',
    'Block',
    [
      block({ type: 'signatory-count', src: feed, goal: '60', chart: true }),
      block({ type: 'event-calendar', src: feed, view: 'list', eventType: 'seminar', showPast: true }),
    ].join('\n\n'),
  );
  pages.plain = wp('create-page', 'No widgets', 'Just text.');
  pages.mistyped = wp(
    'create-page',
    'Mistyped',
    [shortcode('type="venue-mop"'), shortcode('type="principle-wheel" src="javascript:alert(1)"')].join(
      '\n\n',
    ),
  );

  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await stopAll();
  // What WordPress logged about the plugin (notices, doing-it-wrong) is a failure.
  const log = join(root, 'debug.log');
  const plugin = existsSync(log)
    ? readFileSync(log, 'utf8')
        .split('\n')
        .filter((line) => /plugins\/ok-widgets\/|ok_widgets/.test(line))
    : [];
  rmSync(root, { recursive: true, force: true });
  assert.deepEqual(plugin, [], 'WordPress logged nothing about the plugin');
});

const page = (name) => `/?page_id=${pages[name]}`;

test('the shortcode renders the element with its own attributes only, escaped, and the bundle once as a module', async () => {
  const html = await get(page('shortcode'));
  assert.deepEqual(tagsOf(html, 'ok-venue-map'), [{ src: feed, view: 'list' }]);
  assert.deepEqual(tagsOf(html, 'ok-signatory-count'), [{ goal: '60', src: feed }]);
  assert.doesNotMatch(html, /alert\(|nonsense|color:red/);
  const tags = bundleTags(html);
  assert.equal(tags.length, 1, 'one script tag for two widgets');
  assert.match(tags[0], /^<script type="module" /);
});

test('the block renders the same way, with its camelCase attributes as the element attributes', async () => {
  const html = await get(page('block'));
  assert.deepEqual(tagsOf(html, 'ok-signatory-count'), [{ goal: '60', chart: true, src: feed }]);
  assert.deepEqual(tagsOf(html, 'ok-event-calendar'), [
    { view: 'list', type: 'seminar', 'show-past': true, src: feed },
  ]);
  assert.match(html, /<div class="wp-block-ok-widgets-widget"><ok-signatory-count/);
  assert.equal(bundleTags(html).length, 1);
});

test('a page without widgets loads no bundle; a mistyped widget shows visitors nothing', async () => {
  assert.deepEqual(bundleTags(await get(page('plain'))), []);
  const html = await get(page('mistyped'));
  assert.doesNotMatch(html, /ok-widgets-notice|javascript:|venue-mop/);
  assert.deepEqual(tagsOf(html, 'ok-principle-wheel'), [{}]);
});

test('in Chromium the widgets show the feed (English site)', async () => {
  const tab = await newTab();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(home + page('shortcode'));
  await tab.locator('ok-venue-map').getByText(venueName).first().waitFor();
  await tab.locator('ok-signatory-count').getByText('have signed').waitFor();
  await tab.goto(home + page('block'));
  await tab.locator('ok-signatory-count').getByText('have signed').waitFor();
  assert.deepEqual(errors, []);
  await tab.context().close();
});

/**
 * A tab of its own (own cookies) that waits long: WordPress's editor on a busy two-core machine
 * can take more than Playwright's default 30 s to load.
 */
async function newTab() {
  const context = await browser.newContext();
  context.setDefaultTimeout(120_000);
  return context.newPage();
}

/** A browser tab logged in as the administrator, with the site's language. */
async function editorTab() {
  const tab = await newTab();
  await tab.goto(`${home}/wp-login.php`);
  await tab.fill('#user_login', 'admin');
  await tab.fill('#user_pass', 'ok-widgets-test');
  await Promise.all([tab.waitForURL(/wp-admin/), tab.click('#wp-submit')]);
  return tab;
}

test('the settings page keeps an http(s) default feed, refuses others and requests without its nonce', async () => {
  const tab = await editorTab();
  const settings = `${home}/wp-admin/options-general.php?page=ok-widgets`;
  await tab.goto(settings);
  await tab.fill('#ok_widgets_default_src', 'javascript:alert(1)');
  await tab.click('#submit');
  await tab.getByText('The feed URL must start with http:// or https://.').waitFor();
  assert.equal(wp('get-option', 'ok_widgets_default_src'), 'null');

  await tab.fill('#ok_widgets_default_src', feed);
  await tab.click('#submit');
  await tab.getByText('Settings saved.').waitFor();
  assert.equal(JSON.parse(wp('get-option', 'ok_widgets_default_src')), feed);

  const forged = await tab.request.post(`${home}/wp-admin/options.php`, {
    form: { option_page: 'ok_widgets', action: 'update', ok_widgets_default_src: 'https://evil.example/' },
    maxRedirects: 0,
  });
  assert.equal(forged.status(), 403);
  assert.equal(JSON.parse(wp('get-option', 'ok_widgets_default_src')), feed);

  // A widget without a feed URL now shows the default; editors see why theirs was left out.
  const html = await (await tab.request.get(home + page('mistyped'))).text();
  assert.deepEqual(tagsOf(html, 'ok-principle-wheel'), [{ src: feed }]);
  assert.match(html, /There is no widget of the type &quot;venue-mop&quot;/);
  assert.match(html, /The feed URL was left out/);
  await tab.context().close();
});

test('on a Swedish site the plugin speaks Swedish: notices, settings, block editor, widgets', async () => {
  wp('set-option', 'WPLANG', 'sv_SE');
  const tab = await editorTab();
  const html = await (await tab.request.get(home + page('mistyped'))).text();
  assert.match(html, /Det finns ingen widget av typen &quot;venue-mop&quot;/);
  assert.match(html, /Bara redaktörer ser detta/);

  await tab.goto(`${home}/wp-admin/options-general.php?page=ok-widgets`);
  await tab.getByText('Standardflödets adress').waitFor();

  // The block in the editor: the server's rendering with the live widget, the sidebar in Swedish.
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`${home}/wp-admin/post.php?post=${pages.block}&action=edit`);
  const preview = tab.locator('.wp-block-ok-widgets-widget ok-signatory-count').first();
  await preview.getByText('har skrivit under').waitFor();
  await tab.keyboard.press('Escape'); // the welcome guide, on a first visit
  await tab.locator('[data-type="ok-widgets/widget"]').first().click();
  await tab.getByLabel('Flödets adress').first().waitFor();
  assert.deepEqual(errors, []);

  // A visitor's page in Swedish.
  const visitor = await newTab();
  await visitor.goto(home + page('block'));
  assert.equal(await visitor.getAttribute('html', 'lang'), 'sv-SE');
  await visitor.locator('ok-signatory-count').getByText('har skrivit under').waitFor();
  await visitor.context().close();
  await tab.context().close();
});
