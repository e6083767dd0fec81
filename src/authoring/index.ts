/**
 * Feed authoring (SPEC §6): CSV files and `.xlsx` workbooks, one sheet per section, to a feed.
 * No DOM and no Node APIs: `ok-widgets build` reads the files from disk, the authoring page from
 * a file input, and both hand the same `SourceFile`s to `buildFeed`.
 *
 * ```ts
 * const { feed, problems, summary } = await buildFeed([{ name: 'undertecknare.csv', bytes }], { lang: 'sv' });
 * const errors = problems.filter((p) => p.severity === 'error');
 * for (const p of problems) console.log(describeProblem(p, 'sv'));
 * ```
 */
import { en as feedEn } from '../feed/messages.js';
import { sv as feedSv } from '../feed/messages.sv.js';
import { parseFeed } from '../feed/parse.js';
import { Build, buildSections } from './build.js';
import * as messages from './messages.js';
import { isSpreadsheet, readCsv, readXlsx, type Table } from './read.js';
import { Report } from './rows.js';
import { SHEETS, sectionOf } from './sheets.js';
import type { BuildOptions, BuildResult, Lang, Problem, Section, SourceFile } from './types.js';

export type * from './types.js';
export { isSpreadsheet };

/** Where `parseFeed` resolves relative links while checking the result. */
const CHECK_BASE = 'https://feed.invalid/';

/**
 * Builds a feed from spreadsheet files. Never throws for bad input: every problem is in
 * `problems`, and `feed` holds the rows without errors (it always passes the validator).
 * A build with any problem of severity `error` should not be published as it is.
 */
export async function buildFeed(files: SourceFile[], options: BuildOptions = {}): Promise<BuildResult> {
  const lang = options.lang ?? 'sv';
  const report = new Report(messages[lang]);
  const m = report.m;
  const tables = new Map<Section, Table[]>();
  for (const { name, bytes } of files) {
    if (!isSpreadsheet(name)) {
      report.add('error', { file: name }, m.notSpreadsheet);
      continue;
    }
    let read: Table[];
    try {
      read = /\.csv$/i.test(name) ? [readCsv(name, bytes)] : await readXlsx(name, bytes);
    } catch (error) {
      report.add(
        'error',
        { file: name },
        m.unreadable(error instanceof Error ? error.message : String(error)),
      );
      continue;
    }
    for (const table of read) {
      const section = sectionOf(table.name);
      if (section) tables.set(section, [...(tables.get(section) ?? []), table]);
      else if (table.rows.some((row) => row.some((cell) => cell !== null && cell !== ''))) {
        const known = Object.values(SHEETS).map((s) => s.names[lang === 'sv' ? 1 : 0]);
        report.add('warning', { file: table.file, sheet: table.sheet }, m.unknownSheet(known));
      }
    }
  }
  const build = new Build(report);
  const summary = buildSections(tables, build);
  // What the widgets would leave out should never get here; if it does, it is an error too, and
  // the item goes, so that the feed written always passes the validator.
  const { skipped } = parseFeed(build.feed, CHECK_BASE, { messages: lang === 'sv' ? feedSv : feedEn });
  const doc = build.feed as Record<string, unknown>;
  for (const { path, problems } of skipped.reverse()) {
    for (const p of problems) report.add('error', { file: 'feed.json' }, m.invalid(p.path, p.message));
    const [, section, index] = /^(\w+)(?:\.features)?\[(\d+)\]$/.exec(path) ?? [];
    const list = section === 'venues' ? build.feed.venues?.features : doc[section!];
    if (Array.isArray(list)) list.splice(Number(index), 1);
    else if (section === undefined) delete doc[path.split('.')[0]!];
  }
  const order = (p: Problem) => [p.file, p.sheet ?? '', String(p.row ?? 0).padStart(9, '0')].join('\0');
  const problems = report.problems.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  return { feed: build.feed, problems, summary };
}

/** A problem as one line: "undertecknare.csv, rad 4, kolumn Sektor: 'Idéel' är ingen sektor; …". */
export function describeProblem(problem: Problem, lang: Lang = 'sv'): string {
  return `${new Report(messages[lang]).where(problem)}: ${problem.message}`;
}
