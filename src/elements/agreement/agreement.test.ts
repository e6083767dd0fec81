import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import {
  feedUrl,
  overflows,
  recordRequests,
  releaseFeed,
  requestLog,
  sampleFeed,
  serveFeed,
  TILES,
  uniqueKey,
  until,
} from '../../../tests/helpers.js';
import '../../ok-widgets.js';
import type { OkAgreement } from './agreement.js';

const ABOUT = {
  id: 'halland',
  name: { sv: 'Halländska Överenskommelsen', en: 'The Halland Agreement' },
  region: 'Halland',
  url: 'https://example.org/ok',
  launchedAt: '2019-05-14',
  vision: { sv: 'Bästa livsplatsen', en: 'The best place to live' },
  purpose: 'Att främja relationen',
  goals: ['Ett mål', 'Ett annat mål'],
  description: 'Om överenskommelsen',
};

const feed = (sections: Record<string, unknown> = {}) => sampleFeed({ agreement: ABOUT, ...sections });
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const sections = (el: Element) => $$(el, '[part=section]').map((s) => s.dataset.part);
const ALL = ['principles', 'signatories', 'calendar', 'map', 'commitments'];

async function agreement(src: string, attrs: Record<string, string> = {}): Promise<OkAgreement> {
  const el = await fixture<OkAgreement>(
    html`<ok-agreement src=${src} tiles=${TILES} today="2024-03-01"></ok-agreement>`,
  );
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  await until(() => $(el, '[part=heading]'), 'the agreement is shown');
  return el;
}

describe('<ok-agreement>', function () {
  // axe over six widgets at once takes long on a loaded machine.
  this.timeout(90_000);
  let held: string | undefined;
  afterEach(async () => {
    history.replaceState(null, '', location.pathname + location.search);
    if (held) await releaseFeed(held);
    held = undefined;
    scrollTo(0, 0);
  });

  /**
   * An agreement far below a widget whose feed hangs (which keeps idle time from rendering
   * what waits): its parts wait with their skeletons until their sections are near.
   */
  async function farBelow(attrs: Record<string, string> = {}): Promise<OkAgreement> {
    held = uniqueKey('held');
    const hanging = await serveFeed(held, { json: feed(), hold: true });
    const page = await fixture(
      html`<div>
        <ok-signatory-count src=${hanging}></ok-signatory-count>
        <div style="height: 5000px"></div>
        <ok-agreement src=${feedUrl(feed())} tiles=${TILES} today="2024-03-01"></ok-agreement>
      </div>`,
    );
    const el = page.querySelector('ok-agreement')!;
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    await until(() => $(el, '[part=vision]'), 'the about section, at once');
    return el;
  }

  // First here: a page keeps a module it has loaded, and later tests load the map's.
  it("requests a part's code only when its section comes near", async () => {
    await setViewport({ width: 800, height: 600 });
    const requested = await recordRequests();
    const el = await farBelow({ parts: 'about map' });
    const map = $(el, 'ok-venue-map')!;
    expect(map.shadowRoot!.querySelector('[part=skeleton]'), "the map's skeleton").to.exist;
    const code = (await requested()).filter((path) => path.includes('/venue-map/'));
    expect(code, "the map's code is not requested").to.deep.equal([]);
    $(el, '#ok-agreement-map')!.scrollIntoView();
    await until(() => map.shadowRoot!.querySelector('.leaflet-marker-icon'), 'the map once near');
    expect(await requested()).to.include.members([
      '/src/elements/venue-map/venue-view.ts',
      '/src/elements/venue-map/map-engine.ts',
    ]);
  });

  it('renders every part before the page prints', async () => {
    const el = await farBelow();
    expect($(el, 'ok-commitment-tracker')!.shadowRoot!.querySelector('[part=skeleton]')).to.exist;
    dispatchEvent(new Event('beforeprint'));
    await until(
      () =>
        $$(el, '[part=section] > [heading-level]').every(
          (part) => !part.shadowRoot!.querySelector('[part=skeleton]'),
        ),
      'every part rendered',
    );
    dispatchEvent(new Event('afterprint'));
  });

  it('shows the stale hint once, not in each part', async () => {
    const key = uniqueKey();
    const el = await agreement(await serveFeed(key, { json: feed() }), {
      parts: 'about principles commitments',
    });
    await serveFeed(key, { status: 500, body: '' });
    el.reload();
    await until(() => $(el, '[part=stale]'), 'the stale hint');
    const parts = $$(el, '[part=section] > [heading-level]');
    expect(parts.filter((part) => part.shadowRoot!.querySelector('[part=stale]'))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows the name, what the agreement is about and every part the feed has, in order', async () => {
    const el = await agreement(feedUrl(feed()));
    expect($(el, 'h2')!.textContent).to.equal('Halländska Överenskommelsen');
    expect(text($(el, '[part=vision]'))).to.equal('Bästa livsplatsen');
    const about = text($(el, '[part=about]'));
    for (const part of ['Syfte Att främja relationen', 'Mål', 'Ett mål', 'Om överenskommelsen']) {
      expect(about).to.contain(part);
    }
    expect(text($(el, '.facts'))).to.equal('Halland · Sedan 14 maj 2019');
    expect($(el, '[part=about] a')!.getAttribute('href')).to.equal('https://example.org/ok');
    expect($(el, '[part=about] h3, [part=about] h2'), 'the about section has no heading').to.equal(null);
    expect(sections(el)).to.deep.equal(ALL);
    expect($$(el, 'nav a').map((a) => a.getAttribute('href'))).to.deep.equal(
      ALL.map((p) => `#ok-agreement-${p}`),
    );
    expect($$(el, '[part=section]').map((s) => s.id)).to.deep.equal(ALL.map((p) => `ok-agreement-${p}`));
    await expect(el).to.be.accessible();
  });

  it('leaves out a part whose feed section is missing or empty', async () => {
    const el = await agreement(
      feedUrl(feed({ events: [], venues: undefined, targets: [], commitments: [] })),
    );
    expect(sections(el)).to.deep.equal(['principles', 'signatories']);
    expect($(el, 'ok-event-calendar')).to.equal(null);
    expect($$(el, 'nav a')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('shows the parts `parts` names, in its order, and warns of an unknown word once', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await agreement(feedUrl(feed()), { parts: 'commitments' });
      el.parts = 'map wheel principles';
      await until(() => sections(el).join() === 'map,principles', 'the map, then the principles');
      expect($(el, '[part=about]'), 'about left out').to.equal(null);
      expect($(el, 'h2')!.textContent, 'the name stays').to.equal('Halländska Överenskommelsen');
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.filter((w) => w.includes('wheel'))).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('loads the feed once for every part', async () => {
    const key = uniqueKey();
    const el = await agreement(await serveFeed(key, { json: feed() }));
    await until(
      () => $(el, 'ok-commitment-tracker')?.shadowRoot?.querySelector('[part=point]'),
      'the tracker',
    );
    await until(() => $(el, 'ok-principle-wheel')?.shadowRoot?.querySelector('[role=tab]'), 'the wheel');
    expect(await requestLog(key)).to.have.length(1);
  });

  it('sets its own heading level, the sections one below and the parts below those', async () => {
    const el = await agreement(feedUrl(feed()), { 'heading-level': '3' });
    await until(() => $(el, 'h3[part=heading]'), 'the name as h3');
    expect($$(el, '[part=section-heading]').map((h) => h.localName)).to.deep.equal(ALL.map(() => 'h4'));
    const tracker = $(el, 'ok-commitment-tracker')!;
    await until(() => tracker.shadowRoot!.querySelector('[part=point]'), 'the tracker');
    const levels = (part: Element) =>
      [...part.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.localName[1]));
    expect(levels(tracker), "the tracker's headings").to.include(5).and.not.include(4);
    for (const part of $$(el, '[part=section] > [heading-level]')) {
      expect(part.getAttribute('heading-level'), part.localName).to.equal('5');
      for (const level of levels(part)) expect(level, part.localName).to.be.at.least(5);
    }
  });

  it('names itself at h2 and its sections at h3 by default', async () => {
    const el = await agreement(feedUrl(feed()), { parts: 'about commitments' });
    await until(() => sections(el).join() === 'commitments', 'one section');
    expect($(el, '[part=heading]')!.localName).to.equal('h2');
    expect($(el, '[part=section-heading]')!.localName).to.equal('h3');
    expect(el.shadowRoot!.querySelector('ok-commitment-tracker')!.headingLevel).to.equal(4);
  });

  it('scrolls to and focuses the section a page link names, on load and on hashchange', async () => {
    await setViewport({ width: 800, height: 600 });
    history.replaceState(null, '', '#ok-agreement-commitments');
    const page = await fixture(
      html`<div>
        <ok-agreement src=${feedUrl(feed())} tiles=${TILES}></ok-agreement>
        <div style="height: 3000px"></div>
      </div>`,
    );
    const el = page.querySelector('ok-agreement')!;
    const section = (part: string) => $(el, `#ok-agreement-${part}`);
    const focused = (part: string) => section(part) && el.shadowRoot!.activeElement === section(part);
    // At the top of the window, where it stays while the parts above it take their height.
    const atTop = (part: string) => Math.abs(section(part)!.getBoundingClientRect().top) < 2;
    await until(() => focused('commitments'), 'the tracker section focused');
    await until(() => atTop('commitments'), 'the tracker section at the top');
    await until(() => $(el, 'ok-venue-map')!.shadowRoot!.querySelector('.leaflet-marker-icon'), 'the map');
    expect(atTop('commitments'), 'still at the top once the parts above have loaded').to.equal(true);
    location.hash = '#ok-agreement-map';
    await until(() => focused('map'), 'the map section focused');
    await until(() => atTop('map'), 'the map section at the top');
  });

  it('shows one error for the whole element when the feed fails, and recovers on retry', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { status: 500, body: '' });
    const el = await fixture<OkAgreement>(html`<ok-agreement src=${url}></ok-agreement>`);
    await until(() => $(el, '[part=retry]'), 'the error state');
    expect($$(el, '[part=error]')).to.have.length(1);
    expect($(el, 'ok-principle-wheel')).to.equal(null);
    await expect(el).to.be.accessible();
    await serveFeed(key, { json: feed() });
    $(el, '[part=retry]')!.click();
    await until(() => $(el, '[part=heading]'), 'the agreement after a retry');
  });

  it('shows a skeleton while the feed loads', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { json: feed(), hold: true });
    const el = await fixture<OkAgreement>(html`<ok-agreement src=${url}></ok-agreement>`);
    expect($(el, '[part=skeleton]')).to.exist;
    await expect(el).to.be.accessible();
    await releaseFeed(key);
    await until(() => $(el, '[part=heading]'), 'the agreement');
  });

  it('shares the principle chosen in the wheel with the tracker', async () => {
    const el = await agreement(
      feedUrl(
        feed({
          commitments: [
            { id: 'c1', number: 1, principleId: 'dialog', text: 'Vi för dialog', status: 'done' },
            { id: 'c2', number: 2, principleId: 'kvalitet', text: 'Vi håller kvalitet', status: 'done' },
          ],
        }),
      ),
    );
    const wheel = $(el, 'ok-principle-wheel')!;
    const tracker = $(el, 'ok-commitment-tracker')!;
    const points = () => tracker.shadowRoot!.querySelectorAll('[part=point]').length;
    await until(() => points() === 2, 'both points');
    await until(() => wheel.shadowRoot!.querySelector('[role=tab]'), 'the wheel');
    wheel.shadowRoot!.querySelector<HTMLElement>('[role=tab]')!.click();
    await until(() => points() === 1, "the chosen principle's point only");
  });

  it('fits 320 px without scrolling sideways, in English', async () => {
    const wrapper = await fixture(
      html`<div style="width: 320px" lang="en">
        <ok-agreement src=${feedUrl(feed())} tiles=${TILES} parts="about principles"></ok-agreement>
      </div>`,
    );
    const el = wrapper.querySelector('ok-agreement')!;
    await until(() => $(el, '[part=heading]'), 'the agreement');
    expect($(el, 'h2')!.textContent).to.equal('The Halland Agreement');
    expect(text($(el, '.facts'))).to.equal('Halland · Since 14 May 2019');
    expect(overflows(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('prints without its navigation', async () => {
    const el = await agreement(feedUrl(feed()));
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, 'nav')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
