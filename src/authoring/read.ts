/**
 * Files to tables: CSV as Excel writes it in Sweden, and `.xlsx` workbooks. No DOM and no Node
 * APIs, so the browser page reads files with the same code as the command line.
 */
import { parse } from 'csv-parse/browser/esm/sync';
import readXlsxFile from 'read-excel-file/universal';

/** A cell as read: CSV gives strings; a workbook also numbers, booleans and dates. */
export type Cell = string | number | boolean | Date | null;

/**
 * One sheet: a CSV file, or one sheet of a workbook. `rows[0]` is the header; a row's number as
 * the spreadsheet shows it is its index + 1.
 */
export interface Table {
  file: string;
  /** The sheet's name inside a workbook; absent for CSV. */
  sheet?: string;
  /** The name that says which section this is: the sheet's, or the file's without extension. */
  name: string;
  rows: Cell[][];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** A BOM means UTF-8; otherwise valid UTF-8 is UTF-8, anything else is Windows-1252. */
export function decode(bytes: Uint8Array): string {
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The separator of the header line: `;` (Excel in Sweden) or `,`, whichever occurs more often
 * outside quotes; a tab for text exported as tab-separated.
 */
function separator(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  const count = (c: string) => header.split(c).length - 1;
  return [';', ',', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ';');
}

/**
 * A CSV file's rows. Throws on a quote left open, which leaves the rest of the file unreadable.
 * The browser build of the parser, as it runs in Node too and carries what it needs of `Buffer`.
 */
export function readCsv(file: string, bytes: Uint8Array): Table {
  const text = decode(bytes);
  const rows = parse(text, {
    delimiter: separator(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
  return { file, name: file.replace(/\.[^.]*$/, ''), rows };
}

export async function readXlsx(file: string, bytes: Uint8Array): Promise<Table[]> {
  // The reader takes an ArrayBuffer of exactly the file's bytes.
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const sheets = await readXlsxFile(buffer);
  // A date cell is a fraction of a day: 09:30 can come back as 09:29:59.999. Whole seconds, as typed.
  const cell = (value: Cell) =>
    value instanceof Date ? new Date(Math.round(value.getTime() / 1000) * 1000) : value;
  return sheets.map(({ sheet, data }) => ({
    file,
    sheet,
    name: sheet,
    rows: (data as Cell[][]).map((row) => row.map(cell)),
  }));
}

/** Whether the build reads a file of this name, by its extension. */
export const isSpreadsheet = (name: string) => /\.(csv|xlsx)$/i.test(name);
