/**
 * The feed validator: `ok-widgets validate <file-or-url>…` prints every problem with its JSON path
 * and exits 1 when there is any; `ok-widgets schema` prints the feed's JSON Schema. It uses the
 * same schema and rules as the widgets in the browser.
 */
import { readFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import { FeedError } from './feed/errors.js';
import { parseFeed } from './feed/parse.js';
import { feedSchema, text, textJsonSchema } from './feed/schema.js';

const USAGE = `Usage:
  ok-widgets validate <file-or-url> [more…]   check feeds; exit 1 on any problem
  ok-widgets schema                           print the feed's JSON Schema
  ok-widgets --help                           show this help`;

async function read(source: string): Promise<{ text: string; base?: string }> {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new FeedError('http', `HTTP ${response.status}`, response.status);
    return { text: await response.text(), base: response.url };
  }
  return { text: await readFile(source, 'utf8') };
}

/** Validates one feed; returns the number of problems found. */
async function validate(source: string): Promise<number> {
  let json: unknown;
  try {
    const { text, base } = await read(source);
    json = JSON.parse(text);
    const { feed, skipped } = parseFeed(json, base);
    const problems = skipped.flatMap((s) => s.problems);
    if (problems.length === 0) {
      const counts = Object.entries(feed)
        .filter(([, value]) => Array.isArray(value) && value.length > 0)
        .map(([name, value]) => `${(value as unknown[]).length} ${name}`);
      console.log(`${source}: valid (${counts.join(', ') || 'no items'})`);
      return 0;
    }
    console.log(`${source}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    for (const problem of problems) console.log(`  ${problem.path}: ${problem.message}`);
    console.log(`  (${skipped.length} item${skipped.length === 1 ? '' : 's'} would be left out)`);
    return problems.length;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.log(
      `${source}: ${json === undefined && error instanceof SyntaxError ? `not valid JSON: ${message}` : message}`,
    );
    return 1;
  }
}

function schema(): string {
  const jsonSchema = z.toJSONSchema(feedSchema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema: out }) => {
      if (zodSchema === text) Object.assign(out, textJsonSchema);
    },
  });
  return JSON.stringify(
    {
      ...jsonSchema,
      title: 'ok-widgets feed, version 1',
      description:
        'A feed for ok-widgets: an Överenskommelse, its principles, signatories, venues, events and commitments.',
    },
    null,
    2,
  );
}

const [command, ...args] = process.argv.slice(2);
if (command === 'schema') {
  console.log(schema());
} else if (command === '--help' || command === '-h' || command === 'help') {
  console.log(USAGE);
} else if (command === 'validate' && args.length > 0) {
  let problems = 0;
  for (const source of args) problems += await validate(source);
  process.exitCode = problems > 0 ? 1 : 0;
} else {
  console.error(USAGE);
  process.exitCode = 2;
}
