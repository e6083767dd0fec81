import { html } from 'lit';
import { cssProps } from '../../internal/css-props.js';
import type { Signatory } from '../../feed/parse.js';
import { MAX_YEAR, MIN_YEAR } from '../../feed/time.js';

/** One bar: the signatories at the end of `year`; `before` folds every year before `year` into one. */
export interface Bar {
  year: number;
  count: number;
  before?: boolean;
}

/** The most bars a chart draws; earlier years fold into the first. */
export const MAX_BARS = 40;

/** The year of a feed date, or NaN outside the years a feed may speak of (the parser's rule). */
function year(date: string | null | undefined): number {
  const y = date ? Number(date.slice(0, 4)) : NaN;
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : NaN;
}

/**
 * How many organisations were signed up at the end of each year: those who had signed by then
 * (`signedAt`) less those who had left by then (`leftAt`), from the first year of signing to the
 * last year anyone signed or left, at most `MAX_BARS` bars. Entries without a plausible
 * `signedAt` have no place on the timeline. One pass over the signatories and one over the years,
 * so a hundred thousand signatories cost no more than their count.
 */
export function growth(signatories: readonly Signatory[]): Bar[] {
  // Per year since MIN_YEAR: how many signed, and how many of those had left by then.
  const joined = new Array<number>(MAX_YEAR - MIN_YEAR + 1).fill(0);
  const gone = new Array<number>(MAX_YEAR - MIN_YEAR + 1).fill(0);
  let first = Infinity;
  let last = -Infinity;
  for (const s of signatories) {
    const signed = year(s.signedAt);
    if (Number.isNaN(signed)) continue;
    joined[signed - MIN_YEAR]! += 1;
    first = Math.min(first, signed);
    last = Math.max(last, signed);
    const left = year(s.leftAt);
    if (Number.isNaN(left)) continue;
    // Counted from the year they signed until the year they left, if that came later.
    gone[Math.max(signed, left) - MIN_YEAR]! += 1;
    last = Math.max(last, left);
  }
  const bars: Bar[] = [];
  // With more years than bars, the last MAX_BARS - 1 years get a bar each and one bar before them.
  const from = last - first < MAX_BARS ? first : last - MAX_BARS + 2;
  let count = 0;
  for (let y = first; y <= last; y++) {
    count += joined[y - MIN_YEAR]! - gone[y - MIN_YEAR]!;
    if (y === from - 1) bars.push({ year: from, count, before: true });
    if (y >= from) bars.push({ year: y, count });
  }
  return bars;
}

/**
 * The growth as a bar chart for the eye (hidden from assistive technology), as wide as the widget,
 * and the same figures as a table for screen readers. Past ten years only every other label shows.
 */
export function renderChart(
  rows: readonly Bar[],
  caption: string,
  heads: readonly [string, string],
  format: (n: number) => string,
  /** The label of the folded bar, "före {year}". */
  before: string,
) {
  const max = rows.reduce((most, { count }) => Math.max(most, count), 1);
  const label = ({ year, before: folded }: Bar) => (folded ? before.replace('{year}', String(year)) : year);
  const step = Math.ceil(rows.length / 10);
  return html`<figure class="chart" part="chart">
    <p class="caption" aria-hidden="true">${caption}</p>
    <div class="bars" aria-hidden="true">
      ${rows.map((row, i) => {
        const labelled = i % step === 0 || i === rows.length - 1;
        // The folded bar's longer label starts at the bar's edge and runs on over the next, unlabelled ones.
        return html`<div class="bar ${labelled ? '' : 'quiet'} ${row.before ? 'before' : ''}">
          <span class="value">${format(row.count)}</span>
          <span class="fill" ${cssProps({ '--h': String(row.count / max) })}></span>
          <span class="year">${label(row)}</span>
        </div>`;
      })}
    </div>
    <table class="visually-hidden">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${heads[0]}</th>
          <th scope="col">${heads[1]}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              <th scope="row">${label(row)}</th>
              <td>${format(row.count)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </figure>`;
}
