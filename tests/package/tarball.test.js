/**
 * The package as a consumer installs it: `npm pack` (after `npm run build`), unpacked into a
 * scratch Vite + TypeScript app (tests/package/app) that imports the full entry and element
 * entries, uses the widgets in React's JSX and in a Vue template's props, type-checks with
 * `skipLibCheck: false` and builds. Offline: the package's dependencies, and Vite, TypeScript,
 * React's and Vue's types, are linked from this repository's node_modules (what `npm ci` put
 * there), and nothing else is on the app's module path.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';

const repo = resolve('.');
const app = mkdtempSync(join(tmpdir(), 'ok-widgets-app-'));
const run = (command, args, options = {}) =>
  execFileSync(command, args, { cwd: app, encoding: 'utf8', stdio: 'pipe', ...options });
const link = (name) => {
  mkdirSync(dirname(join(app, 'node_modules', name)), { recursive: true });
  symlinkSync(join(repo, 'node_modules', name), join(app, 'node_modules', name), 'dir');
};

before(() => {
  cpSync(join(repo, 'tests', 'package', 'app'), app, { recursive: true });
  const [{ filename }] = JSON.parse(
    run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', app, repo], { cwd: repo }),
  );
  const unpacked = join(app, 'node_modules', 'ok-widgets');
  mkdirSync(unpacked, { recursive: true });
  run('tar', ['-xzf', join(app, filename), '-C', unpacked, '--strip-components=1']);
  const { dependencies } = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8'));
  [...Object.keys(dependencies), 'vite', 'typescript', '@types/react', 'vue'].forEach(link);
});
after(() => rmSync(app, { recursive: true, force: true }));

const tsc = (project) => {
  try {
    run(process.execPath, [join(app, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project]);
  } catch (error) {
    assert.fail(error.stdout || error.message);
  }
};

test('the app type-checks against the packed types with skipLibCheck off', () => tsc('tsconfig.json'));

// React's and Vue's own types are slow to check and not ours: the libraries are skipped here.
test('React JSX and Vue template props type-check, and reject a wrong attribute value', () =>
  tsc('tsconfig.frameworks.json'));

test('the app builds, with one Lit and one map engine', () => {
  try {
    run(process.execPath, [
      join(app, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--logLevel',
      'error',
    ]);
  } catch (error) {
    assert.fail(error.stderr || error.message);
  }
  const assets = join(app, 'dist', 'assets');
  const code = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(assets, file), 'utf8'));
  const files = (text) => code.filter((chunk) => chunk.includes(text)).length;
  assert.equal(files('createPolicy(`lit-html`'), 1, "Lit's Trusted Types policy, once");
  assert.equal(files('leaflet-pane'), 1, 'Leaflet, once');
});
