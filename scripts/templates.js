/**
 * Writes `templates/mall.xlsx` from the CSV templates in `templates/csv/`: one sheet per CSV, named in
 * Swedish, dates as Excel date cells and numbers as numbers, as a person would have typed them.
 * Run after changing a CSV template (`npm run templates`); a test checks the two agree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import writeExcelFile from 'write-excel-file/node';

const CSV = join('templates', 'csv');
const OUT = join('templates', 'mall.xlsx');
/** File names are ASCII for every file system; the sheets may carry the real words. */
const SHEET_NAMES = {
  overenskommelse: 'överenskommelse',
  ataganden: 'åtaganden',
  malbild: 'målbild',
  anvandningar: 'användningar',
};

/** A cell as Excel would hold what the person typed. */
function cell(text) {
  const date = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/.exec(text);
  if (date) {
    const [, y, mo, d, h = 0, mi = 0] = date.map((v) => (v === undefined ? undefined : Number(v)));
    // Wall-clock time, written as the UTC fields of a Date (as the reader gives it back).
    return {
      value: new Date(Date.UTC(y, mo - 1, d, h, mi)),
      format: date[4] ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd',
    };
  }
  if (/^-?\d+(,\d+)?$/.test(text) && !/^0\d/.test(text)) return Number(text.replace(',', '.'));
  return text === '' ? null : text;
}

/** The sheets in the order the office fills them in; any other CSV after them. */
const ORDER = ['overenskommelse', 'principer', 'undertecknare', 'lokaler', 'anvandningar', 'evenemang'];
const rank = (name) => (ORDER.indexOf(name.replace(/\.csv$/, '')) + ORDER.length + 1) % (ORDER.length + 1);

const sheets = readdirSync(CSV)
  .filter((name) => name.endsWith('.csv'))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
  .map((name) => {
    const text = readFileSync(join(CSV, name), 'utf8').replace(/^\uFEFF/, '');
    const data = parse(text.trim(), { delimiter: ';', relax_column_count: true });
    const base = name.replace(/\.csv$/, '');
    return {
      sheet: SHEET_NAMES[base] ?? base,
      data: data.map((row, i) =>
        row.map((text) => (i === 0 ? { value: text, fontWeight: 'bold' } : cell(text))),
      ),
      columns: data[0].map(() => ({ width: 22 })),
      stickyRowsCount: 1,
    };
  });
await writeExcelFile(sheets).toFile(OUT);
console.log(`${OUT}: ${sheets.map((s) => s.sheet).join(', ')}`);
