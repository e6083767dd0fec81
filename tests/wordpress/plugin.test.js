/**
 * The WordPress plugin without WordPress (part of `npm test`): its PHP parses, every string it
 * shows has its Swedish translation, and the build's attribute list follows the manifest.
 * The plugin in a running WordPress is `npm run test:wordpress` (tests/wordpress/site.js).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import gettextParser from 'gettext-parser';
import {
  PLUGIN_SOURCE,
  filesUnder,
  pluginStrings,
  widgetsFromManifest,
} from '../../scripts/wordpress-plugin.js';

const phpFiles = [
  ...filesUnder(PLUGIN_SOURCE).map((file) => join(PLUGIN_SOURCE, file)),
  ...filesUnder('tests/wordpress').map((file) => join('tests/wordpress', file)),
].filter((file) => file.endsWith('.php'));

test('every PHP file parses (php -l)', () => {
  assert.ok(phpFiles.length > 5, phpFiles.join(' '));
  for (const file of phpFiles) {
    // Throws, with PHP's message, on a syntax error; CI installs php-cli for it.
    execFileSync('php', ['-l', file], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
});

test('every string the plugin shows has its Swedish translation', () => {
  const po = gettextParser.po.parse(readFileSync(join(PLUGIN_SOURCE, 'languages/ok-widgets-sv_SE.po')));
  const untranslated = pluginStrings()
    .filter(({ id, context }) => !po.translations[context]?.[id]?.msgstr[0])
    .map(({ id, context }) => (context ? `${context}: ${id}` : id));
  assert.deepEqual(untranslated, []);
});

test("the widgets' attributes follow the manifest, with the calendar's `type` written event-type", () => {
  const manifest = {
    modules: [
      {
        declarations: [
          { customElement: true, tagName: 'ok-feed', attributes: [{ name: 'src' }] },
          {
            customElement: true,
            tagName: 'ok-event-calendar',
            summary: 'Events',
            attributes: [
              { name: 'src', type: { text: 'string' } },
              { name: 'type', type: { text: 'string' } },
              { name: 'show-past', type: { text: 'boolean' } },
              { name: 'view', type: { text: "'' | 'month' | 'list'" } },
              { name: 'refresh', type: { text: 'number | undefined' } },
            ],
          },
        ],
      },
    ],
  };
  const widgets = widgetsFromManifest(manifest);
  assert.deepEqual(Object.keys(widgets), ['event-calendar']);
  const attributes = widgets['event-calendar'].attributes;
  assert.deepEqual(Object.keys(attributes), ['src', 'event-type', 'show-past', 'view', 'refresh']);
  assert.deepEqual(
    Object.values(attributes).map((a) => [a.attribute, a.property, a.kind, a.choices]),
    [
      ['src', 'src', 'url', []],
      ['type', 'eventType', 'string', []],
      ['show-past', 'showPast', 'boolean', []],
      ['view', 'view', 'string', ['month', 'list']],
      ['refresh', 'refresh', 'number', []],
    ],
  );
});
