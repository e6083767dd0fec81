/**
 * `<ok-signatory-list>` with 10,000 generated signatories: first render (feed parse included,
 * until the virtualized rows are painted) and one search keystroke (input to painted result).
 */
import '../../src/elements/signatory-list/define.js';
import type { OkSignatoryList } from '../../src/elements/signatory-list/signatory-list.js';
import { feedUrl, median, middle, painted, present, report } from './measure.js';

const COUNT = 10_000;
const RUNS = 7;
const kinds = ['Idrottsförening', 'Studieförbund', 'Hembygdsförening', 'Kör', 'Scoutkår', 'Kommun'];
const places = ['Halmstad', 'Varberg', 'Kungsbacka', 'Falkenberg', 'Laholm', 'Hylte', 'Malmö', 'Örebro'];
const feedOf = (count: number) => ({
  version: 1,
  signatories: Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    name: `${places[i % places.length]}s ${kinds[i % kinds.length]!.toLowerCase()} ${i + 1}`,
    sector: ['civil', 'civil', 'public', 'other'][i % 4],
    kind: kinds[i % kinds.length],
    municipality: places[(i * 7) % places.length],
    signedAt: `${2019 + (i % 6)}-05-14`,
    leftAt: i % 50 === 0 ? '2024-01-01' : undefined,
  })),
});
let feed = feedOf(COUNT);

/** The rows are on screen: placed by the virtualizer in a long list, simply there in a short one. */
const rowsPlaced = (el: OkSignatoryList) =>
  feed.signatories.length > 200
    ? el.shadowRoot?.querySelector<HTMLElement>('.virtual li')?.style.position === 'absolute'
    : Boolean(el.shadowRoot?.querySelector('li'));

/** Milliseconds from the feed's `ok-load` (fetched and validated) to the painted rows, per run. */
let afterLoad: number[] = [];

/** Appends a list reading `src` and resolves once its virtualized rows are painted. */
async function render(attrs: Partial<OkSignatoryList>, src: string): Promise<OkSignatoryList> {
  const el = Object.assign(document.createElement('ok-signatory-list'), attrs, { src });
  let loaded = 0;
  el.addEventListener('ok-load', () => (loaded = performance.now()), { once: true });
  document.body.append(el);
  await present([el.shadowRoot!], () => rowsPlaced(el));
  await painted();
  afterLoad.push(performance.now() - loaded);
  return el;
}

/** Medians of the whole first render (feed parse included) and of its part after `ok-load`. */
async function firstRender(attrs: Partial<OkSignatoryList>) {
  afterLoad = [];
  const total = await median(
    RUNS,
    async (src) => {
      await render(attrs, src);
    },
    () => {
      document.body.replaceChildren();
      return feedUrl(feed);
    },
  );
  return { total, afterLoad: middle(afterLoad) };
}

// Warm up once, so the lazy virtualizer module and the engine's first-call costs are not in the figures.
await render({}, await feedUrl(feed));
const list = await firstRender({ searchable: true });
const grouped = await firstRender({ searchable: true, groupBy: 'municipality' });
const grid = await firstRender({ layout: 'grid' });
feed = feedOf(100);
await render({}, await feedUrl(feed));
const hundred = await firstRender({ searchable: true });
feed = feedOf(COUNT);

document.body.replaceChildren();
const el = await render({ searchable: true }, await feedUrl(feed));
const input = el.shadowRoot!.querySelector('input')!;
const queries = ['h', 'ha', 'hal', 'halm', 'halms', 'halm', 'hal', 'ha', 'h'];
let next = 0;
const keystroke = await median(queries.length, async () => {
  input.value = queries[next++ % queries.length]!;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
  await painted();
});
// The same, until Lit has updated the DOM: the widget's own work, without waiting for the frame.
const keystrokeUpdate = await median(queries.length, async () => {
  input.value = queries[next++ % queries.length]!;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
});
await painted();
const rowsInDom = el.shadowRoot!.querySelectorAll('li').length;

report({
  signatories: COUNT,
  runs: RUNS,
  firstRenderMs: list.total,
  firstRender100Ms: hundred.total,
  growth10kOver100: Math.round((list.total / hundred.total) * 100) / 100,
  firstRenderAfterLoadMs: list.afterLoad,
  firstRender100AfterLoadMs: hundred.afterLoad,
  growthAfterLoad10kOver100: Math.round((list.afterLoad / hundred.afterLoad) * 100) / 100,
  firstRenderGroupedByMunicipalityMs: grouped.total,
  firstRenderGroupedAfterLoadMs: grouped.afterLoad,
  firstRenderGridMs: grid.total,
  firstRenderGridAfterLoadMs: grid.afterLoad,
  searchKeystrokeMs: keystroke,
  searchKeystrokeUpdateMs: keystrokeUpdate,
  rowsInDom,
});
