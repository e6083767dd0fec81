/**
 * `dist/custom-elements.json` for the dev server and the test runner: the builder page reads it,
 * and a fresh clone has none until `npm run build`. `cem analyze` runs when the manifest is missing
 * or older than a source file, once at a time.
 */
import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const MANIFEST = 'dist/custom-elements.json';

/** The path the pages ask for, relative to themselves: `pages/builder.html` → `pages/custom-elements.json`. */
export const PAGE_MANIFEST_PATH = '/pages/custom-elements.json';

const mtime = (file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;
const newestSource = () =>
  Math.max(
    ...readdirSync('src', { recursive: true })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => mtime(join('src', file))),
  );

let running;

/** Resolves to the manifest's path once it is up to date. */
export function ensureManifest() {
  if (mtime(MANIFEST) > newestSource()) return Promise.resolve(MANIFEST);
  running ??= promisify(execFile)('npx', ['cem', 'analyze'])
    .then(() => MANIFEST)
    .finally(() => (running = undefined));
  return running;
}
