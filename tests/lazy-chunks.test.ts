/**
 * Code loaded on demand whose download really fails: the test server answers 503 for the chunk,
 * the browser's `import()` rejects, and the widget says so — the whole widget for its view or
 * map engine, the part alone for a chart, an export or the list's virtualizer — and recovers on
 * retry, with no unhandled rejection. Each test fails a chunk that no other test here loads: a
 * page keeps a module it has loaded, so these tests run in any order.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/ok-widgets.js';
import { catchDownload } from '../src/elements/event-calendar/test-support.js';
import { expectAccessible, failModule, feedUrl, sampleFeed, until, watchRejections } from './helpers.js';

const chunk = (path: string) => new URL(`../src/elements/${path}`, import.meta.url);
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim();
/** The retry of a part that failed to load (the widget's own error state has part=retry). */
const partRetry = (el: Element) => $(el, '.state[role=status] button');

describe('code loaded on demand, when its download fails', () => {
  let rejections: ReturnType<typeof watchRejections>;
  let restore: (() => Promise<void>) | undefined;

  beforeEach(() => {
    rejections = watchRejections();
  });
  afterEach(async () => {
    rejections.stop();
    await restore?.();
    restore = undefined;
  });

  it("shows the widget's error state when its view fails, and the view on retry", async () => {
    restore = await failModule(chunk('principle-wheel/principle-wheel.view.ts'));
    const el = await fixture(html`<ok-principle-wheel src=${feedUrl(sampleFeed())}></ok-principle-wheel>`);
    await until(() => $(el, '[part=retry]'), 'the error state');
    expect(text($(el, '[part=error]'))).to.contain('Principerna kan inte visas just nu.');
    await expectAccessible(el);
    await restore();
    $(el, '[part=retry]')!.click();
    await until(() => $(el, '[role=tab]'), 'the wheel after a retry');
    expect($(el, '[part=error]')).to.equal(null);
    expect(rejections.reasons).to.deep.equal([]);
  });

  it('lists the venues when the map engine fails, and draws the map on retry', async () => {
    restore = await failModule(chunk('venue-map/map-engine.ts'));
    const el = await fixture(
      html`<ok-venue-map tiles="/test-api/tile/{z}/{x}/{y}.png" src=${feedUrl(sampleFeed())}></ok-venue-map>`,
    );
    await until(() => partRetry(el), "the map's failure");
    expect(text($(el, '.state'))).to.contain('Kartan kunde inte laddas');
    expect(text($(el, '.list .name'))).to.equal('Folkets hus');
    await expectAccessible(el);
    await restore();
    partRetry(el)!.click();
    await until(() => $(el, '.leaflet-marker-icon'), 'the map draws after a retry');
    expect(partRetry(el)).to.equal(null);
    expect(rejections.reasons).to.deep.equal([]);
  });

  it('says so in place of a chart that fails, and draws it on retry', async () => {
    restore = await failModule(chunk('signatory-count/chart.ts'));
    const el = await fixture(
      html`<ok-signatory-count chart src=${feedUrl(sampleFeed())}></ok-signatory-count>`,
    );
    await until(() => partRetry(el), "the chart's failure");
    expect(text($(el, '.state'))).to.equal('Diagrammet kunde inte laddas. Försök igen');
    expect(text($(el, '[part=number]')), 'the number stands').to.equal('2');
    await expectAccessible(el);
    await restore();
    partRetry(el)!.click();
    await until(() => $(el, '[part=chart]'), 'the chart after a retry');
    expect(partRetry(el)).to.equal(null);
    expect(rejections.reasons).to.deep.equal([]);
  });

  it('says so beside an export that fails, and saves the file on retry', async () => {
    restore = await failModule(chunk('event-calendar/ics.ts'));
    const el = await fixture(
      html`<ok-event-calendar month="2024-03" src=${feedUrl(sampleFeed())}></ok-event-calendar>`,
    );
    await until(() => $(el, '.toolbar [part=export]'), 'the export button');
    $(el, '.toolbar [part=export]')!.click();
    await until(() => partRetry(el), "the export's failure");
    expect(text($(el, '.state'))).to.equal(
      'Kalenderfilen kunde inte skapas. Kontrollera anslutningen och försök igen. Försök igen',
    );
    await expectAccessible(el);
    await restore();
    const download = catchDownload();
    partRetry(el)!.click();
    expect((await download).name).to.equal('test.ics');
    await until(() => !partRetry(el), 'the failure is gone');
    expect(rejections.reasons).to.deep.equal([]);
  });

  it('shows every row of a long list when the virtualizer fails, and a new list uses it', async () => {
    restore = await failModule(chunk('signatory-list/virtual.ts'));
    const signatories = Array.from({ length: 500 }, (_, i) => ({
      id: `s${i}`,
      name: `Förening ${i}`,
      sector: 'civil',
    }));
    const src = feedUrl(sampleFeed({ signatories }));
    const el = await fixture(html`<ok-signatory-list src=${src}></ok-signatory-list>`);
    await until(
      () => el.shadowRoot!.querySelectorAll('li').length === 500,
      'every row, without the virtualizer',
    );
    expect(text($(el, '[part=summary]'))).to.equal('500 undertecknare');
    await expectAccessible(el);
    await restore();
    // Removed, so the new list is in view rather than 500 rows down, waiting for idle time.
    el.remove();
    const again = await fixture(html`<ok-signatory-list src=${src}></ok-signatory-list>`);
    await until(
      () => $(again, '.virtual li')?.style.position === 'absolute',
      'the virtualizer places the rows',
    );
    expect(rejections.reasons).to.deep.equal([]);
  });
});
