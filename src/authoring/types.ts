/** The authoring module's public types: what goes in, what comes out. */
import type * as z from 'zod/mini';
import type { feedSchema } from '../feed/schema.js';

export type Lang = 'sv' | 'en';

/** One file as read from disk or from a file input: its name (with extension) and its bytes. */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * One problem, located as the person sees it in their spreadsheet. `row` counts as the
 * spreadsheet does (the header is row 1); `column` is the header as written.
 */
export interface Problem {
  severity: 'error' | 'warning';
  /** The file's name: `undertecknare.csv`, `mall.xlsx`. */
  file: string;
  /** The sheet inside a workbook; absent for CSV, where the file is the sheet. */
  sheet?: string;
  row?: number;
  column?: string;
  /** The cell's value as read. */
  value?: string;
  /** What is wrong and what was expected, in the chosen language. */
  message: string;
}

/** A feed document (version 1) as the JSON file holds it. */
export type FeedDocument = z.input<typeof feedSchema>;

/** The sections a build can fill, with the rows read into each. */
export type Section =
  | 'agreement'
  | 'principles'
  | 'signatories'
  | 'venues'
  | 'events'
  | 'eventTypes'
  | 'venueUses'
  | 'commitments'
  | 'actions'
  | 'targets';

export interface BuildResult {
  /**
   * The feed without the rows that have errors; it always passes the validator. With errors,
   * `ok-widgets build` writes it only under `--keep-going`.
   */
  feed: FeedDocument;
  /** Errors and warnings, in file and row order. */
  problems: Problem[];
  /** How many items each section received (rows with errors not counted). */
  summary: Partial<Record<Section, number>>;
}

export interface BuildOptions {
  /** The language of problems; Swedish by default. */
  lang?: Lang;
}
