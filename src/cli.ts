/**
 * The command line. `ok-widgets validate <file-or-url>…` prints every problem of a feed with its
 * JSON path and exits 1 when there is any, and warns of values the widgets will leave out (exit
 * code unchanged); `ok-widgets schema` prints the feed's JSON Schema; `ok-widgets build` makes a
 * feed from spreadsheets (SPEC §6); `ok-widgets ics` writes a feed's events as a calendar file.
 * All use the same schema and rules as the widgets in the browser, and the widgets' timeout for URLs.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import colorNames from 'color-name';
import * as z from 'zod/mini';
import { buildFeed, describeProblem, isSpreadsheet, type SourceFile } from './authoring/index.js';
import * as cliStrings from './cli.strings.js';
import { calEvents } from './elements/event-calendar/days.js';
import { toIcs } from './elements/event-calendar/ics.js';
import { FeedError } from './feed/errors.js';
import { FEED_TIMEOUT_MS } from './feed/limits.js';
import { en, type Messages } from './feed/messages.js';
import { sv } from './feed/messages.sv.js';
import { parseFeed, safeColor } from './feed/parse.js';
import { coordinates, feedSchema, text, textJsonSchema, year } from './feed/schema.js';

type Lang = 'sv' | 'en';

/**
 * A stand-in address for a feed read from a file: where it will be served is not known, and its
 * relative links are as good at one http(s) address as at any other.
 */
const FILE_BASE = 'https://feed.invalid/';

async function read(source: string, t: typeof cliStrings.en): Promise<{ text: string; base: string }> {
  if (!/^https?:\/\//i.test(source)) return { text: await readFile(source, 'utf8'), base: FILE_BASE };
  try {
    const response = await fetch(source, {
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(FEED_TIMEOUT_MS),
    });
    if (!response.ok) throw new FeedError('http', `HTTP ${response.status}`, response.status);
    return { text: await response.text(), base: response.url };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      throw new FeedError('timeout', t.timeout(FEED_TIMEOUT_MS / 1000), undefined, { cause: error });
    }
    throw error;
  }
}

/**
 * A colour as the browser would take it: hex, or a CSS colour name (outside a browser there is
 * no canvas to ask, so the names come from a list).
 */
function color(value: string | undefined): string | undefined {
  return safeColor(value) ?? (value && Object.hasOwn(colorNames, value.toLowerCase()) ? value : undefined);
}

/** Validates one feed; returns the number of problems found. Warnings do not count. */
async function validate(source: string, lang: Lang): Promise<number> {
  const t = cliStrings[lang];
  const messages: Messages = lang === 'sv' ? sv : en;
  let json: unknown;
  try {
    const { text, base } = await read(source, t);
    json = JSON.parse(text);
    const { feed, skipped, warnings } = parseFeed(json, base, { messages, color });
    const problems = skipped.flatMap((s) => s.problems);
    if (problems.length === 0) {
      const counts = Object.entries(feed)
        .filter(([, value]) => Array.isArray(value) && value.length > 0)
        .map(([name, value]) => `${(value as unknown[]).length} ${name}`);
      console.log(`${source}: ${t.valid(counts.join(', '))}`);
    } else {
      console.log(`${source}: ${t.problems(problems.length)}`);
      for (const problem of problems) console.log(`  ${problem.path}: ${problem.message}`);
      console.log(`  ${t.leftOut(skipped.length)}`);
    }
    if (warnings.length > 0) {
      console.log(`${source}: ${t.warnings(warnings.length)}`);
      for (const { path, kind, value } of warnings) console.log(`  ${path}: ${t[kind](value)}`);
    }
    return problems.length;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.log(
      `${source}: ${json === undefined && error instanceof SyntaxError ? t.notJson(message) : message}`,
    );
    return 1;
  }
}

/** The feed's JSON Schema, from the zod schema, with what zod cannot describe written out. */
function schema(): string {
  const jsonSchema = z.toJSONSchema(feedSchema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema: out }) => {
      if (zodSchema === text) Object.assign(out, textJsonSchema);
      if (zodSchema === year) out.type = 'integer';
      // A position of 2 or 3 numbers as two exact tuples: ajv's strict mode refuses a tuple
      // (`prefixItems`) whose length `minItems`/`maxItems` leave open.
      if (zodSchema === coordinates) {
        const [lon, lat, altitude] = out.prefixItems as object[];
        const tuple = (items: object[]) => ({
          type: 'array',
          prefixItems: items,
          minItems: items.length,
          maxItems: items.length,
        });
        for (const key of Object.keys(out)) delete out[key];
        Object.assign(out, { anyOf: [tuple([lon!, lat!]), tuple([lon!, lat!, altitude!])] });
      }
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

/**
 * The spreadsheets named on the command line; a folder gives its .csv and .xlsx files (not
 * Excel's `~$` lock files), in name order.
 */
async function sourceFiles(paths: string[]): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  for (const path of paths) {
    const names = (await stat(path)).isDirectory()
      ? (await readdir(path))
          .filter((name) => isSpreadsheet(name) && !/^(~\$|\.)/.test(name))
          .sort()
          .map((name) => join(path, name))
      : [path];
    for (const name of names) files.push({ name: name.split(/[\\/]/).pop()!, bytes: await readFile(name) });
  }
  return files;
}

/** Builds a feed; exit 1 on any error, and nothing written unless `--keep-going`. */
async function build(
  paths: string[],
  output: string | undefined,
  keepGoing: boolean,
  lang: Lang,
): Promise<number> {
  const t = cliStrings[lang];
  let files: SourceFile[];
  try {
    files = await sourceFiles(paths);
  } catch (error) {
    // A path that is not there: say which, without a stack trace.
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  const { feed, problems, summary } = await buildFeed(files, { lang });
  for (const problem of problems) {
    console.error(`${problem.severity === 'error' ? t.error : t.warning}: ${describeProblem(problem, lang)}`);
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const counts = Object.entries(summary).map(([section, n]) => `${t.sections[section] ?? section} ${n}`);
  console.error(t.read(counts.join(', ')));
  if (errors > 0 && !keepGoing) {
    console.error(t.notWritten(errors));
    return 1;
  }
  const json = `${JSON.stringify(feed, null, 2)}\n`;
  if (output) await writeFile(output, json);
  else process.stdout.write(json);
  if (errors > 0) console.error(t.writtenWithout(errors, output ?? '-'));
  else if (output) console.error(t.written(output));
  return errors > 0 ? 1 : 0;
}

/** Writes a feed's events as an iCalendar file, with the calendar's own export. */
async function ics(source: string, output: string | undefined, lang: Lang): Promise<number> {
  const t = cliStrings[lang];
  try {
    const { text, base } = await read(source, t);
    const { feed, skipped } = parseFeed(JSON.parse(text), base, { messages: lang === 'sv' ? sv : en, color });
    if (skipped.length > 0) console.error(`${source}: ${t.leftOut(skipped.length)}`);
    const calendar = toIcs(calEvents(feed), feed, lang);
    if (output) await writeFile(output, calendar);
    else process.stdout.write(calendar);
    return 0;
  } catch (error) {
    console.error(`${source}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

interface Options {
  lang: Lang | undefined;
  output: string | undefined;
  keepGoing: boolean;
  sources: string[];
}

/** `--lang sv|en` (or `--lang=sv`), `-o file`, `--keep-going` anywhere; otherwise the language from LANG. */
function options(args: string[]): Options {
  let lang: string | undefined = process.env.LANG?.toLowerCase().startsWith('sv') ? 'sv' : 'en';
  const out: Options = { lang: undefined, output: undefined, keepGoing: false, sources: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--lang') lang = args[++i];
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else if (arg === '-o' || arg === '--output') out.output = args[++i];
    else if (arg.startsWith('--output=')) out.output = arg.slice('--output='.length);
    else if (arg === '--keep-going') out.keepGoing = true;
    else out.sources.push(arg);
  }
  return { ...out, lang: lang === 'sv' || lang === 'en' ? lang : undefined };
}

const [command, ...args] = process.argv.slice(2);
const { lang, sources, output, keepGoing } = options(args);
if (command === 'schema') {
  console.log(schema());
} else if (command === '--help' || command === '-h' || command === 'help') {
  console.log(cliStrings[lang ?? 'en'].usage);
} else if (command === 'validate' && lang && sources.length > 0) {
  let problems = 0;
  for (const source of sources) problems += await validate(source, lang);
  process.exitCode = problems > 0 ? 1 : 0;
} else if (command === 'build' && lang && sources.length > 0) {
  process.exitCode = await build(sources, output, keepGoing, lang);
} else if (command === 'ics' && lang && sources.length === 1) {
  process.exitCode = await ics(sources[0]!, output, lang);
} else {
  console.error(cliStrings[lang ?? 'en'].usage);
  process.exitCode = 2;
}
