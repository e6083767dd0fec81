/** `dist/custom-elements.json` (after `npm run build`) as tools that read manifests see it. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const schema = JSON.parse(readFileSync('node_modules/custom-elements-manifest/schema.json', 'utf8'));
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const elements = declarations.filter((declaration) => declaration.customElement);
const element = (tag) => elements.find((declaration) => declaration.tagName === tag);
const TAGS = [
  'ok-agreement',
  'ok-commitment-tracker',
  'ok-event-calendar',
  'ok-feed',
  'ok-principle-wheel',
  'ok-signatory-count',
  'ok-signatory-list',
  'ok-venue-map',
];

test('the manifest is valid against the official schema', () => {
  const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
  assert.equal(validate(manifest), true, JSON.stringify(validate.errors, null, 2));
});

test('every element is a custom element with its tag, and every tag has a definition', () => {
  assert.deepEqual(elements.map((declaration) => declaration.tagName).sort(), TAGS);
  const definitions = manifest.modules
    .flatMap((module) => module.exports ?? [])
    .filter((entry) => entry.kind === 'custom-element-definition');
  assert.deepEqual([...new Set(definitions.map((entry) => entry.name))].sort(), TAGS);
});

test('module paths are files of the package', () => {
  for (const module of manifest.modules) assert.ok(existsSync(module.path), module.path);
  assert.ok(manifest.modules.some((module) => module.path === 'dist/elements/venue-map.js'));
});

test('attribute types spell out their choices', () => {
  const attribute = (tag, name) => element(tag).attributes.find((a) => a.name === name).type.text;
  assert.equal(attribute('ok-signatory-list', 'sector'), "'civil' | 'public' | 'other'");
  assert.equal(attribute('ok-signatory-list', 'group-by'), "'sector' | 'kind' | 'municipality' | 'year'");
  assert.equal(attribute('ok-signatory-count', 'sector'), "'' | 'civil' | 'public' | 'other'");
});

test("the states' parts are declared once, on the base class, and every widget has them", () => {
  const STATES = ['skeleton', 'error', 'retry', 'empty', 'stale'];
  const base = declarations.find((declaration) => declaration.name === 'OkElement');
  assert.deepEqual(
    base.cssParts.map((part) => part.name),
    STATES,
  );
  for (const widget of elements.filter((declaration) => declaration.tagName !== 'ok-feed')) {
    for (const name of STATES) {
      const part = widget.cssParts.find((p) => p.name === name);
      assert.equal(part?.inheritedFrom?.name, 'OkElement', `${widget.tagName} ${name}`);
    }
  }
});

test('every colour token the styles use is in the README', () => {
  const readme = readFileSync('README.md', 'utf8');
  const styles = readdirSync('src', { recursive: true })
    .filter((file) => file.endsWith('.ts') && !file.includes('.test.'))
    .map((file) => readFileSync(join('src', file), 'utf8'))
    .join('\n');
  for (const [name] of new Set(styles.matchAll(/--ok-color-[\w-]+/g))) {
    assert.ok(readme.includes(`\`${name}\``), `${name} in the README`);
  }
});
