/**
 * Widgets below the fold wait with their skeleton: the feed loads at once, the view code and the
 * full render come when the widget nears the viewport, is targeted, the page prints, or in idle
 * time once the visible widgets have rendered. The first test must be the first here to load the
 * wheel's view: a page keeps a module it has loaded.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../elements/feed/define.js';
import '../elements/principle-wheel/define.js';
import '../elements/signatory-count/define.js';
import {
  feedUrl,
  recordRequests,
  releaseFeed,
  requestLog,
  sampleFeed,
  serveFeed,
  uniqueKey,
  until,
} from '../../tests/helpers.js';
import { needIfNear, whenNeeded } from './when-needed.js';

const VIEW = '/src/elements/principle-wheel/principle-wheel.view.ts';
const wheel = (el: Element) => el.shadowRoot!.querySelector('[role=tab]');
const skeleton = (el: Element) => el.shadowRoot!.querySelector('[part=skeleton]');
/** Resolves after the next frame has been drawn: the observer has reported on what it watches. */
const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise(requestAnimationFrame);
};

/** A widget at the top (without a view chunk) whose feed hangs, which keeps idle time waiting, and one far below. */
async function page(below: unknown): Promise<{ top: HTMLElement; far: HTMLElement; key: string }> {
  const key = uniqueKey('held');
  const held = await serveFeed(key, { json: sampleFeed(), hold: true });
  const wrapper = await fixture(
    html`<div>
      <ok-signatory-count class="top" src=${held}></ok-signatory-count>
      <div style="height: 5000px"></div>
      ${below}
    </div>`,
  );
  return {
    top: wrapper.querySelector('.top')!,
    far: wrapper.querySelector<HTMLElement>('.far')!,
    key,
  };
}

/**
 * The far widget's `ok-load` (the one at the top waits on a held feed): listened for before the
 * page is made, as a feed from a blob URL may load while the fixture is still being set up.
 */
const firstLoad = () => new Promise((resolve) => addEventListener('ok-load', resolve, { once: true }));

describe('deferred rendering (when-needed)', () => {
  let held: string | undefined;
  afterEach(async () => {
    if (held) await releaseFeed(held);
    held = undefined;
    history.replaceState(null, '', location.pathname + location.search);
    scrollTo(0, 0);
  });

  it('fetches the feed of a widget far below at once, and its view only when scrolled near', async () => {
    const requested = await recordRequests();
    const key = uniqueKey('far');
    const src = await serveFeed(key, { json: sampleFeed() });
    const loaded = firstLoad();
    const { far, key: heldKey } = await page(
      html`<ok-principle-wheel class="far" src=${src}></ok-principle-wheel>`,
    );
    held = heldKey;
    await loaded;
    await frames();
    expect(await requestLog(key), 'the feed is fetched at once').to.have.length(1);
    expect(await requested(), 'the view is not fetched').not.to.include(VIEW);
    expect(skeleton(far), 'the skeleton stands').to.exist;
    far.scrollIntoView();
    await until(() => wheel(far), 'the wheel once scrolled near');
    expect(await requested()).to.include(VIEW);
  });

  it('renders a widget far below before the page prints', async () => {
    const loaded = firstLoad();
    const { far, key } = await page(
      html`<ok-principle-wheel class="far" src=${feedUrl(sampleFeed())}></ok-principle-wheel>`,
    );
    held = key;
    await loaded;
    await frames();
    expect(wheel(far)).to.equal(null);
    dispatchEvent(new Event('beforeprint'));
    await until(() => wheel(far), 'the wheel before printing');
    expect(scrollY).to.equal(0);
  });

  it('renders at once a widget the page address targets', async () => {
    history.replaceState(null, '', '#wheel-below');
    const { far, key } = await page(
      html`<ok-principle-wheel
        class="far"
        id="wheel-below"
        src=${feedUrl(sampleFeed())}
      ></ok-principle-wheel>`,
    );
    held = key;
    await until(() => wheel(far), 'the targeted wheel, while the widget above still loads');
  });

  it('renders widgets far below in idle time, after the visible ones', async () => {
    const loaded = firstLoad();
    const { top, far, key } = await page(
      html`<ok-principle-wheel class="far" src=${feedUrl(sampleFeed())}></ok-principle-wheel>`,
    );
    await loaded;
    await frames();
    expect(wheel(far), 'not while a visible widget still loads').to.equal(null);
    await releaseFeed(key);
    await until(() => top.shadowRoot!.querySelector('[part=number]'), 'the visible count');
    await until(() => wheel(far), 'the wheel far below, without scrolling');
    expect(scrollY).to.equal(0);
  });

  it('releases at once, before the observer reports, an element laid out near the viewport', async () => {
    const wrapper = await fixture(
      html`<div>
        <p class="near">In view</p>
        <p class="gone" style="display: none">Not shown</p>
        <div style="height: 5000px"></div>
        <p class="far">Far below</p>
      </div>`,
    );
    const released: string[] = [];
    const stops = ['near', 'gone', 'far'].map((name) => {
      const element = wrapper.querySelector(`.${name}`)!;
      const stop = whenNeeded(element, () => released.push(name));
      // The observer reports only after the next frame: whatever is released now, this released.
      needIfNear(element);
      return stop;
    });
    expect(released).to.deep.equal(['near']);
    stops.forEach((stop) => stop());
  });

  it('draws the first render of widgets put on the page at once in separate tasks', async () => {
    const key = uniqueKey();
    const src = await serveFeed(key, { json: sampleFeed(), hold: true });
    const wheels = [1, 2].map(() => Object.assign(document.createElement('ok-principle-wheel'), { src }));
    const drawn = () => wheels.filter((el) => el.shadowRoot!.querySelector('[part=skeleton]')).length;
    document.body.append(...wheels);
    const seen: number[] = [];
    const observer = new MutationObserver(() => seen.push(drawn()));
    for (const el of wheels) observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    try {
      expect(drawn(), 'none in the task that put them on the page').to.equal(0);
      await until(() => drawn() === 2, 'both skeletons');
      expect(seen, 'one skeleton stood alone at the end of a task').to.include(1);
    } finally {
      observer.disconnect();
      wheels.forEach((el) => el.remove());
      await releaseFeed(key);
    }
  });

  it('renders widgets that share a feed in separate tasks', async () => {
    const wrapper = await fixture(
      html`<ok-feed src=${feedUrl(sampleFeed())}>
        <ok-principle-wheel></ok-principle-wheel>
        <ok-principle-wheel></ok-principle-wheel>
      </ok-feed>`,
    );
    const wheels = [...wrapper.querySelectorAll('ok-principle-wheel')];
    // A mutation observer reports at the end of the task that rendered: what stood then.
    const seen: number[] = [];
    const observer = new MutationObserver(() => seen.push(wheels.filter(wheel).length));
    for (const el of wheels) observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await until(() => wheels.every(wheel), 'both wheels');
    observer.disconnect();
    expect(seen, 'one wheel stood alone at the end of a task').to.include(1);
  });
});
