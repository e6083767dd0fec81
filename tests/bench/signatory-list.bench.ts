/**
 * `<ok-signatory-list>` with 10,000 generated signatories: first render (feed parse included,
 * until the virtualized rows are painted) and one search keystroke (input to painted result).
 */
import '../../src/elements/signatory-list/define.js';
import type { OkSignatoryList } from '../../src/elements/signatory-list/signatory-list.js';
import { feedUrl, median, middle, painted, present, report, signatoryFeed } from './measure.js';

const COUNT = 10_000;
const RUNS = 7;
let feed = signatoryFeed(COUNT);

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
feed = signatoryFeed(100);
await render({}, await feedUrl(feed));
const hundred = await firstRender({ searchable: true });
feed = signatoryFeed(COUNT);

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
