/** What `npm run build` writes into `dist/`, checked as a consumer's bundler would read it. */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const scripts = (dir) =>
  readdirSync(dir, { recursive: true })
    .filter((file) => file.endsWith('.js'))
    .map((file) => join(dir, file));
const bundlerFiles = scripts('dist').filter(
  (file) => !file.startsWith(join('dist', 'cdn')) && file !== join('dist', 'cli.js'),
);
const BARE = /(?:from|import)\s*\(?\s*["']([^./"'][^"']*)["']/g;
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

test('the bundler build imports its dependencies by name, and uses every one it declares', () => {
  const imported = new Set(
    bundlerFiles.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(BARE)].map((m) => packageOf(m[1])),
    ),
  );
  assert.deepEqual([...imported].sort(), Object.keys(pkg.dependencies).sort());
});

test('the script-tag build is self-contained', () => {
  for (const file of scripts(join('dist', 'cdn'))) {
    assert.deepEqual(
      [...readFileSync(file, 'utf8').matchAll(BARE)].map((m) => m[1]),
      [],
      file,
    );
  }
});

test('no chunk only imports or passes on other chunks', () => {
  for (const file of [...bundlerFiles, ...scripts(join('dist', 'cdn'))].filter((f) => f.includes('chunks'))) {
    const code = readFileSync(file, 'utf8')
      .replace(/\/\/# sourceMappingURL=.*/, '')
      .trim();
    assert.doesNotMatch(
      code,
      /^(?:import\s*(?:\{[^}]*\}\s*from\s*)?["'][^"']+["'];?\s*)*(?:export\s*\{[^}]*\};?)?$/,
      file,
    );
  }
});
