import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import {
  expectAccessible,
  crossOrigin,
  requestLog,
  sampleFeed,
  serveFeed,
  uniqueKey,
  until,
} from '../../../tests/helpers.js';
import type { FeedError } from '../../feed/errors.js';
import type { Feed } from '../../feed/parse.js';
import { pickText } from '../../feed/text.js';
import { OkElement } from '../../internal/ok-element.js';
import './define.js';
import type { OkFeed } from './feed.js';

/** The smallest widget: the principle names. */
class TestWidget extends OkElement {
  protected renderFeed(feed: Feed) {
    return litHtml`<ul>${feed.principles.map((p) => litHtml`<li>${pickText(p.name, this.locale)}</li>`)}</ul>`;
  }
  protected isEmpty(feed: Feed) {
    return feed.principles.length === 0;
  }
  /** The principle its feed shares. */
  get shared() {
    return this.sharedPrinciple;
  }
  share(id: string) {
    this.sharePrinciple(id);
  }
}
customElements.define('ok-test-widget', TestWidget);

const texts = (el: Element) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
const root = (el: Element) => el.shadowRoot!.querySelector('.root')!;

describe('OkElement states', () => {
  it('shows an accessible skeleton while loading', async () => {
    const url = await serveFeed(uniqueKey(), { json: sampleFeed(), hold: true });
    const el = await fixture<TestWidget>(html`<ok-test-widget src=${url}></ok-test-widget>`);
    expect(el.shadowRoot!.querySelector('[part=skeleton]')).to.exist;
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('Laddar …');
    await expectAccessible(el);
  });

  it('renders the feed in Swedish by default and fires ok-load with what it skipped', async () => {
    const url = await serveFeed(uniqueKey(), {
      json: sampleFeed({
        principles: [{ id: 'a', name: { sv: 'Dialog', en: 'Dialogue' } }, { name: 'broken' }],
      }),
    });
    const el = document.createElement('ok-test-widget') as TestWidget;
    el.src = url;
    const loaded = oneEvent(el, 'ok-load');
    document.body.append(el);
    const { detail } = await loaded;
    await until(() => texts(el).length, 'the principles');
    expect(texts(el)).to.deep.equal(['Dialog']);
    expect(detail.skipped.map((s: { path: string }) => s.path)).to.deep.equal(['principles[1]']);
    expect(detail.feed.principles).to.have.length(1);
    await expectAccessible(el);
    el.remove();
  });

  it('takes its language from the nearest lang up the tree, and follows changes', async () => {
    const url = await serveFeed(uniqueKey(), { json: sampleFeed() });
    const wrapper = await fixture(html`<div lang="en-GB"><ok-test-widget src=${url}></ok-test-widget></div>`);
    const el = wrapper.querySelector('ok-test-widget')!;
    await until(() => texts(el).length > 0, 'the feed is shown');
    expect(texts(el)[0]).to.equal('Dialogue');
    expect(root(el).getAttribute('lang')).to.equal('en');
    wrapper.setAttribute('lang', 'sv');
    await until(() => texts(el)[0] === 'Dialog', 'Swedish after the page changed lang');
    el.setAttribute('lang', 'en');
    await until(() => texts(el)[0] === 'Dialogue', 'own lang wins');
  });

  it('shows an error with a retry button that recovers', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { status: 404, body: '' });
    const el = document.createElement('ok-test-widget') as TestWidget;
    el.src = url;
    el.lang = 'en';
    const failed = oneEvent(el, 'ok-error');
    document.body.append(el);
    const { detail } = await failed;
    expect(detail.error.status).to.equal(404);
    await el.updateComplete;
    const error = el.shadowRoot!.querySelector('[part=error]')!;
    expect(error.textContent).to.contain('HTTP 404');
    await expectAccessible(el);
    await serveFeed(key, { json: sampleFeed() });
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!;
    expect(button.textContent).to.equal('Try again');
    const loaded = oneEvent(el, 'ok-load');
    button.click();
    await loaded;
    await el.updateComplete;
    expect(texts(el)).to.deep.equal(['Dialogue', 'Kvalitet']);
    el.remove();
  });

  it('refuses a feed over its max-bytes, saying the limit and how to raise it', async () => {
    const url = await serveFeed(uniqueKey(), { json: sampleFeed() });
    const el = await fixture<TestWidget>(
      html`<ok-test-widget src=${url} max-bytes="500" lang="en"></ok-test-widget>`,
    );
    await until(() => el.shadowRoot!.querySelector('[part=error]'), 'the error state');
    const text = el.shadowRoot!.querySelector('[part=error]')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('larger than 500 bytes').and.contain('max-bytes');
    el.maxBytes = 100_000;
    await until(() => texts(el).length === 2, 'the feed under a raised limit');
  });

  it('names CORS when a feed on another origin does not allow the page to read it', async () => {
    const url = crossOrigin(await serveFeed(uniqueKey(), { json: sampleFeed() }));
    const el = await fixture<TestWidget>(html`<ok-test-widget src=${url} lang="en"></ok-test-widget>`);
    await until(() => el.shadowRoot!.querySelector('[part=error]'), 'the error state', 20_000);
    expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('(CORS)');
  });

  it('says so when the feed has nothing to show', async () => {
    const url = await serveFeed(uniqueKey(), { json: { version: 1 } });
    const el = await fixture<TestWidget>(html`<ok-test-widget src=${url}></ok-test-widget>`);
    await until(() => el.shadowRoot!.querySelector('[part=empty]'), 'the empty state');
    expect(el.shadowRoot!.querySelector('[part=empty]')!.textContent).to.equal('Det finns inget att visa.');
    await expectAccessible(el);
  });

  it('keeps the last good data with a stale hint when a refresh fails', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { json: sampleFeed() });
    const el = await fixture<TestWidget>(html`<ok-test-widget src=${url} refresh="0.05"></ok-test-widget>`);
    await until(() => texts(el).length === 2, 'the feed is shown');
    await serveFeed(key, { status: 500, body: '' });
    await until(() => el.shadowRoot!.querySelector('[part=stale]'), 'stale hint');
    expect(texts(el)).to.deep.equal(['Dialog', 'Kvalitet']);
    await expectAccessible(el);
  });

  it('keeps the last good data when a refresh lacks a section or breaks all its items', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { json: sampleFeed() });
    const el = await fixture<TestWidget>(html`<ok-test-widget src=${url} refresh="0.05"></ok-test-widget>`);
    await until(() => texts(el).length === 2, 'the first feed');
    const errors: FeedError[] = [];
    el.addEventListener('ok-error', (event) => errors.push(event.detail.error));
    const stale = () => el.shadowRoot!.querySelector('[part=stale]');

    await serveFeed(key, { json: { version: 1 } });
    await until(() => errors.length === 1, 'ok-error for a feed without sections');
    await el.updateComplete;
    expect(texts(el)).to.deep.equal(['Dialog', 'Kvalitet']);
    expect(stale(), 'the stale hint').to.exist;

    await serveFeed(key, { json: sampleFeed({ principles: [{ name: 'no id' }, 42] }) });
    await until(() => errors.length === 2, 'ok-error for a feed whose principles are all broken');
    await el.updateComplete;
    expect(texts(el)).to.deep.equal(['Dialog', 'Kvalitet']);
    expect(stale(), 'the stale hint').to.exist;

    const chosenEmpty = {
      principles: [],
      signatories: [],
      venues: { type: 'FeatureCollection', features: [] },
    };
    await serveFeed(key, {
      json: sampleFeed({
        ...chosenEmpty,
        venueUses: [],
        events: [],
        eventTypes: [],
        commitments: [],
        targets: [],
      }),
    });
    await until(
      () => el.shadowRoot!.querySelector('[part=empty]'),
      'the empty state of explicit empty lists',
    );
    expect(errors).to.have.length(2);
  });

  it('tells the page author when it has no feed at all', async () => {
    const el = await fixture<TestWidget>(html`<ok-test-widget></ok-test-widget>`);
    expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('src');
  });

  it("takes the page's typeface but not its italics, colour or small size", async () => {
    const url = await serveFeed(uniqueKey(), { json: sampleFeed() });
    const wrapper = await fixture(
      html`<div style="font: italic 10px Georgia, serif; color: rgb(255, 0, 0); letter-spacing: 5px">
        <ok-test-widget src=${url}></ok-test-widget>
      </div>`,
    );
    const el = wrapper.querySelector('ok-test-widget')!;
    await until(() => texts(el).length > 0, 'the feed is shown');
    const style = getComputedStyle(el.shadowRoot!.querySelector('li')!);
    expect(style.fontFamily).to.equal('Georgia, serif');
    expect(style.color).to.not.equal('rgb(255, 0, 0)');
    expect(style.fontStyle).to.equal('normal');
    expect(parseFloat(style.fontSize)).to.be.at.least(16);
  });
});

describe('<ok-feed>', () => {
  it('loads once for every widget inside and fires ok-load once', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { json: sampleFeed() });
    const feed = document.createElement('ok-feed') as OkFeed;
    feed.src = url;
    feed.innerHTML = '<ok-test-widget></ok-test-widget><section><ok-test-widget></ok-test-widget></section>';
    let loads = 0;
    feed.addEventListener('ok-load', () => (loads += 1));
    const loaded = oneEvent(feed, 'ok-load');
    document.body.append(feed);
    await loaded;
    const widgets = [...feed.querySelectorAll<TestWidget>('ok-test-widget')];
    // Each widget renders when it is needed, in a task of its own: wait until both have.
    await until(() => widgets.every((w) => texts(w).length > 0), 'both widgets show the feed');
    for (const widget of widgets) expect(texts(widget)).to.deep.equal(['Dialog', 'Kvalitet']);
    expect(await requestLog(key)).to.have.length(1);
    expect(loads).to.equal(1);
    feed.remove();
  });

  it('shares the chosen principle between its widgets', async () => {
    const url = await serveFeed(uniqueKey(), { json: sampleFeed() });
    const feed = await fixture<OkFeed>(
      html`<ok-feed src=${url}><ok-test-widget></ok-test-widget><ok-test-widget></ok-test-widget></ok-feed>`,
    );
    const [a, b] = feed.querySelectorAll<TestWidget>('ok-test-widget');
    a!.share('kvalitet');
    await feed.updateComplete;
    await b!.updateComplete;
    expect(b!.shared).to.equal('kvalitet');
  });

  it('gives its error to the widgets inside, with a retry that works', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { status: 503, body: '' });
    const feed = await fixture<OkFeed>(html`<ok-feed src=${url}><ok-test-widget></ok-test-widget></ok-feed>`);
    const widget = feed.querySelector<TestWidget>('ok-test-widget')!;
    await until(() => widget.shadowRoot!.querySelector('[part=retry]'), 'error state');
    await serveFeed(key, { json: sampleFeed() });
    widget.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!.click();
    await until(() => texts(widget).length === 2, 'recovered');
  });

  it('serves widgets whose <ok-feed> is defined after them', async () => {
    const url = await serveFeed(uniqueKey(), { json: sampleFeed() });
    const wrapper = await fixture(
      html`<div>
        <ok-late-feed src=${url}><ok-test-widget></ok-test-widget></ok-late-feed>
      </div>`,
    );
    const { OkFeed: Feed } = await import('./feed.js');
    customElements.define('ok-late-feed', class extends Feed {});
    const widget = wrapper.querySelector<TestWidget>('ok-test-widget')!;
    expect(widget).to.exist;
    await until(() => texts(widget).length === 2, 'feed arrives late');
  });

  it('can be defined twice without throwing', async () => {
    // @ts-expect-error: the query makes the browser run the module a second time.
    await import('./define.js?again');
    expect(customElements.get('ok-feed')).to.exist;
  });
});

describe('memory', () => {
  /** Shows a widget until its feed is on screen, removes it, and returns a weak reference to it. */
  async function showAndRemove(url: string): Promise<WeakRef<TestWidget>> {
    const el = document.createElement('ok-test-widget') as TestWidget;
    el.src = url;
    // An event, not until(): a pending until() keeps its condition, and the element, alive.
    const loaded = oneEvent(el, 'ok-load');
    document.body.append(el);
    await loaded;
    // It renders a frame or more later, once seen (../../internal/when-needed.ts): wait frame by frame.
    while (texts(el).length < 2) await new Promise(requestAnimationFrame);
    el.remove();
    return new WeakRef(el);
  }

  it('lets removed widgets be collected, whatever the number of feed URLs', async () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    expect(gc, 'Chromium runs with --expose-gc').to.be.a('function');
    const refs: WeakRef<TestWidget>[] = [];
    for (let i = 0; i < 20; i += 1) {
      refs.push(await showAndRemove(await serveFeed(uniqueKey('memory'), { json: sampleFeed() })));
    }
    await until(() => {
      gc!();
      return refs.every((ref) => ref.deref() === undefined);
    }, 'every removed widget collected');
  });
});
