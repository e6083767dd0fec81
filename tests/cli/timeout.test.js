/**
 * `validate <url>` gives up after the widgets' own timeout. A file of its own, so that its wait
 * runs beside the other validator tests (node --test runs files in parallel).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { after, before, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../bin/ok-widgets.js', import.meta.url));
let server;
let url;

before(async () => {
  // Answers nothing, ever: the headers never come.
  server = createServer(() => undefined);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${server.address().port}/feed.json`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

it('stops waiting for a URL that never answers, after the widgets’ timeout, and says so', async () => {
  const result = await new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, 'validate', url],
      { env: { ...process.env, LANG: 'C' } },
      (error, stdout) => resolve({ code: error ? error.code : 0, stdout }),
    );
  });
  assert.equal(result.code, 1);
  assert.match(result.stdout, /no answer within 15 s/);
});
