import { html, nothing, svg } from 'lit';
import type { Signatory } from '../../feed/parse.js';

const year = (date: string | null | undefined) => (date ? Number(date.slice(0, 4)) : NaN);

/**
 * How many organisations were signed up at the end of each year: those who had signed by then
 * (`signedAt`) less those who had left by then (`leftAt`), from the first year of signing to the
 * last year anyone signed or left. Entries without `signedAt` have no place on the timeline.
 */
export function growth(signatories: readonly Signatory[]): [year: number, count: number][] {
  const signed = signatories.filter((s) => s.signedAt);
  if (signed.length === 0) return [];
  const years = signed.flatMap((s) => [year(s.signedAt), year(s.leftAt)]).filter((y) => y > 0);
  const rows: [number, number][] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) {
    rows.push([y, signed.filter((s) => year(s.signedAt) <= y && !(year(s.leftAt) <= y)).length]);
  }
  return rows;
}

const BAR = 40;
const PLOT = 120;

/**
 * The growth as a bar chart for the eye (hidden from assistive technology) and the same figures
 * as a table for screen readers. Past ten years only every other label fits under the bars.
 */
export function renderChart(
  rows: readonly [number, number][],
  caption: string,
  heads: readonly [string, string],
  format: (n: number) => string,
) {
  const max = Math.max(1, ...rows.map(([, n]) => n));
  const step = Math.ceil(rows.length / 10);
  const width = rows.length * BAR;
  return html`<figure class="chart" part="chart">
    <p class="caption" aria-hidden="true">${caption}</p>
    <svg viewBox="0 0 ${width} 160" width=${width * 1.4} aria-hidden="true" focusable="false">
      ${rows.map(([y, n], i) => {
        const h = (n / max) * PLOT;
        const x = i * BAR;
        const label = i % step === 0 || i === rows.length - 1;
        return svg`<rect x=${x + 6} y=${140 - h} width=${BAR - 12} height=${h}></rect>
          ${
            label
              ? svg`<text x=${x + BAR / 2} y=${134 - h}>${format(n)}</text>
            <text x=${x + BAR / 2} y="156">${y}</text>`
              : nothing
          }`;
      })}
      <line x1="0" x2=${width} y1="140.5" y2="140.5"></line>
    </svg>
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
          ([y, n]) =>
            html`<tr>
              <th scope="row">${y}</th>
              <td>${format(n)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </figure>`;
}
