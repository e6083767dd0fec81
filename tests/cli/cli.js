/** Runs the command line as `npx ok-widgets` does, for the tests beside this file. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../bin/ok-widgets.js', import.meta.url));

/** Resolves with the exit code and output, whatever the code; LANG=C unless `env` says otherwise. */
export function cli(args, env = {}) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { env: { ...process.env, LANG: 'C', ...env } },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}
