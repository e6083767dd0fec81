/** Reading a sheet row by row, with every problem placed where the person will look for it. */
import type { Text } from '../feed/schema.js';
import type { AuthoringMessages } from './messages.js';
import type { Cell, Table } from './read.js';
import { columnOf, type SheetSpec } from './sheets.js';
import type { Problem } from './types.js';
import { cellText, Invalid } from './values.js';

type Place = Omit<Problem, 'severity' | 'message'>;

/** Collects problems in the build's language. */
export class Report {
  readonly problems: Problem[] = [];
  constructor(readonly m: AuthoringMessages) {}

  add(severity: Problem['severity'], place: Place, message: string): void {
    this.problems.push({ severity, ...place, message });
  }

  /** "undertecknare.csv, rad 4": a place as a message names it. */
  where({ file, sheet, row, column }: Place): string {
    const { m } = this;
    return [m.file(file), sheet && m.sheet(sheet), row && m.row(row), column && m.column(column)]
      .filter(Boolean)
      .join(', ');
  }
}

interface Column {
  key: string;
  lang?: 'en' | 'sv';
  header: string;
  index: number;
}

/** A sheet's columns by key, or `undefined` (with an error) when a required one is missing. */
export function readHeader(table: Table, spec: SheetSpec, report: Report): Map<string, Column[]> | undefined {
  const columns = new Map<string, Column[]>();
  const place = { file: table.file, sheet: table.sheet, row: 1 };
  (table.rows[0] ?? []).forEach((cell, index) => {
    const header = cellText(cell);
    if (!header) return;
    const column = columnOf(header, spec.columns);
    if (!column) report.add('warning', { ...place, column: header }, report.m.unknownColumn);
    else columns.set(column.key, [...(columns.get(column.key) ?? []), { ...column, header, index }]);
  });
  const missing = spec.required.filter((key) => !columns.has(key));
  for (const key of missing) {
    report.add('error', place, report.m.missingColumn(spec.columns[key]![1]));
  }
  return missing.length > 0 ? undefined : columns;
}

/** One data row: typed values by column key; a value that cannot be read marks the row broken. */
export class RowReader {
  broken = false;

  constructor(
    private readonly table: Table,
    private readonly columns: Map<string, Column[]>,
    readonly row: number,
    private readonly cells: Cell[],
    private readonly report: Report,
  ) {}

  /** The column that holds a key's value (the English one only when there is no other). */
  #column(key: string): Column | undefined {
    const all = this.columns.get(key);
    return all?.find((c) => c.lang !== 'en') ?? all?.[0];
  }

  place(key?: string): Place {
    const column = key === undefined ? undefined : this.#column(key);
    const value = column && cellText(this.cells[column.index] ?? null);
    return {
      file: this.table.file,
      sheet: this.table.sheet,
      row: this.row,
      ...(column && { column: column.header }),
      ...(value && { value }),
    };
  }

  /** The cell of a key, `null` when the column is absent or the cell empty. */
  cell(key: string): Cell {
    const column = this.#column(key);
    const cell = column ? (this.cells[column.index] ?? null) : null;
    return cellText(cell) === '' ? null : cell;
  }

  error(key: string | undefined, message: string): void {
    this.broken = true;
    this.report.add('error', this.place(key), message);
  }

  warn(key: string | undefined, message: string): void {
    this.report.add('warning', this.place(key), message);
  }

  /** A key's value through `convert`; empty gives `undefined`, or an error when `required`. */
  get<T>(key: string, convert: (cell: Cell) => T, required = false): T | undefined {
    const cell = this.cell(key);
    if (cell === null) {
      if (required) this.error(key, this.report.m.required);
      return undefined;
    }
    try {
      return convert(cell);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      this.error(key, error.message);
      return undefined;
    }
  }

  /** Plain text of a key. */
  string(key: string, required = false): string | undefined {
    return this.get(key, cellText, required);
  }

  /**
   * A text in one or two languages: the column without a suffix (or `_sv`) is Swedish, `_en`
   * English; one language alone stays a plain string.
   */
  text(key: string, required = false): Text | undefined {
    const texts: Record<string, string> = {};
    for (const column of this.columns.get(key) ?? []) {
      const value = cellText(this.cells[column.index] ?? null);
      if (value) texts[column.lang ?? 'sv'] = value;
    }
    const langs = Object.keys(texts);
    if (langs.length === 0) {
      if (required) this.error(key, this.report.m.required);
      return undefined;
    }
    return langs.length === 1 && texts.sv !== undefined ? texts.sv : texts;
  }
}

/** The rows with data of a table (empty ones, as Excel leaves at the end, skipped), numbered. */
export function* dataRows(table: Table, columns: Map<string, Column[]>, report: Report) {
  for (let i = 1; i < table.rows.length; i++) {
    const cells = table.rows[i]!;
    if (cells.every((cell) => cellText(cell) === '')) continue;
    yield new RowReader(table, columns, i + 1, cells, report);
  }
}
