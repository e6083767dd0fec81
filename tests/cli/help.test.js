/** The command-line tool's usage as `npx ok-widgets` prints it (`npm run test:cli`). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const run = (...args) =>
  spawnSync(process.execPath, ['bin/ok-widgets.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C' },
  });

test('--help prints the usage and succeeds', () => {
  for (const flag of ['--help', '-h', 'help']) {
    const { status, stdout } = run(flag);
    assert.equal(status, 0, flag);
    assert.match(stdout, /ok-widgets validate \[--lang sv\|en\] <file-or-url>/);
  }
});

test('an unknown command prints the usage and fails', () => {
  const { status, stderr } = run('frobnicate');
  assert.equal(status, 2);
  assert.match(stderr, /Usage:/);
});
