/** package.json and the files around it, as an installer or a contributor meets them. */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('the LICENSE file carries the licence package.json names', () => {
  assert.equal(pkg.license, 'MIT');
  assert.match(
    readFileSync('LICENSE', 'utf8'),
    /^MIT License\n\nCopyright \(c\) \d{4} ok-widgets contributors/,
  );
});

test('every package the sources, tests and tools import is declared', () => {
  const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]);
  const files = ['src', 'tests', 'stories', '.storybook', 'scripts', 'demo']
    .flatMap((dir) => readdirSync(dir, { recursive: true }).map((file) => join(dir, file)))
    .concat(readdirSync('.').filter((file) => /\.(js|mjs|ts)$/.test(file)))
    .filter((file) => /\.(js|mjs|ts|tsx)$/.test(file) && !file.startsWith(join('tests', 'package', 'app')));
  const missing = new Set();
  for (const file of files) {
    for (const [, from, bare] of readFileSync(file, 'utf8').matchAll(
      /^(?:import|export)\s[^;]*?\bfrom\s*'([^.'/][^']*)'|^import\s*'([^.'/][^']*)'/gm,
    )) {
      const specifier = from ?? bare;
      if (specifier.startsWith('node:')) continue;
      const name = specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/');
      if (!declared.has(name)) missing.add(`${name} (${file})`);
    }
  }
  assert.deepEqual([...missing], []);
});

test('Storybook listens on the loopback interface only', () => {
  assert.match(pkg.scripts.storybook, /storybook dev --host 127\.0\.0\.1 /);
});
