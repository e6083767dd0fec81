import { expect, fixture, html } from '@open-wc/testing';
import { css, type ReactiveControllerHost } from 'lit';
import { expectAccessible, feedUrl, sampleFeed, until } from '../../tests/helpers.js';
import { define } from './define.js';
import { failed, load, loaded } from './lazy.js';
import { LazyView, type ViewModule } from './lazy-view.js';
import { OkElement } from './ok-element.js';

interface TestView extends ViewModule {
  text: string;
}

const view: TestView = {
  styles: css`
    .shown {
      color: rgb(1, 2, 3);
    }
  `,
  text: 'Från vyn',
};

/**
 * A loader of its own for each test (the cache is keyed by the loader): it fails as often as
 * asked, then loads, and counts its downloads. `release` settles a held download.
 */
function loader(failures = 0) {
  let release = () => undefined as void;
  const counted = Object.assign(
    () => {
      counted.calls += 1;
      const fail = counted.calls <= failures;
      return new Promise<TestView>((resolve, reject) => {
        release = () => (fail ? reject(new Error('offline')) : resolve(view));
        if (!counted.held) release();
      });
    },
    { calls: 0, held: false, release: () => release() },
  );
  return counted;
}

let tags = 0;

/** A widget whose view comes from `load`, under a tag of its own. */
function lazyWidget(load: () => Promise<TestView>): string {
  const tag = `ok-lazy-test-${++tags}`;
  define(
    tag,
    class extends OkElement {
      protected override readonly lazy = new LazyView(this, load);

      protected renderFeed() {
        return html`<p class="shown">${this.lazy.module!.text}</p>`;
      }

      protected isEmpty() {
        return false;
      }
    },
  );
  return tag;
}

async function widget(tag: string): Promise<HTMLElement> {
  const el = document.createElement(tag);
  el.setAttribute('src', feedUrl(sampleFeed()));
  (await fixture<HTMLElement>(html`<div></div>`)).append(el);
  return el;
}

const shown = (el: Element) => el.shadowRoot!.querySelector('.shown');

describe('load (code on demand)', () => {
  it('shares one download between callers and keeps the module', async () => {
    const load1 = loader();
    load1.held = true;
    const both = Promise.all([load(load1), load(load1)]);
    load1.release();
    expect(await both).to.deep.equal([view, view]);
    expect(await load(load1)).to.equal(view);
    expect(loaded(load1)).to.equal(view);
    expect(load1.calls, 'one download').to.equal(1);
  });

  it('resolves to undefined on failure, remembers it, and downloads again when asked', async () => {
    const flaky = loader(1);
    expect(await load(flaky)).to.equal(undefined);
    expect(failed(flaky)).to.equal(true);
    expect(loaded(flaky)).to.equal(undefined);
    expect(await load(flaky)).to.equal(view);
    expect(failed(flaky)).to.equal(false);
    expect(flaky.calls).to.equal(2);
  });

  it('renders a host that asks again once another has brought the module', async () => {
    const flaky = loader(1);
    let updates = 0;
    const host = { requestUpdate: () => (updates += 1) } as unknown as ReactiveControllerHost;
    expect(await load(flaky, host)).to.equal(undefined);
    expect(updates, 'told of the failure').to.equal(1);
    expect(await load(flaky)).to.equal(view);
    expect(await load(flaky, host)).to.equal(view);
    expect(updates, 'told the module is there').to.equal(2);
  });
});

describe('LazyView', () => {
  it('shows the error state when the code fails to load, and loads it on retry', async () => {
    const flaky = loader(1);
    const el = await widget(lazyWidget(flaky));
    const retry = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]');
    await until(retry, 'the error state');
    expect(shown(el)).to.equal(null);
    await expectAccessible(el);
    retry()!.click();
    await until(() => shown(el), 'the view renders after a retry');
    expect(getComputedStyle(shown(el)!).color, 'the view brings its styles').to.equal('rgb(1, 2, 3)');
    expect(flaky.calls).to.equal(2);
  });

  it('renders a second widget of a kind with the code already loaded', async () => {
    const once = loader();
    const tag = lazyWidget(once);
    const first = await widget(tag);
    await until(() => shown(first), 'the first widget renders');
    const second = await widget(tag);
    await until(() => shown(second), 'the second widget renders');
    expect(getComputedStyle(shown(second)!).color).to.equal('rgb(1, 2, 3)');
    expect(once.calls, 'no second download').to.equal(1);
  });

  it('renders widgets that connect while the code downloads once it is there', async () => {
    const held = loader();
    held.held = true;
    const tag = lazyWidget(held);
    const widgets = [await widget(tag), await widget(tag)];
    await until(() => widgets.every((el) => el.shadowRoot!.querySelector('[part=skeleton]')), 'skeletons');
    // The download starts once a widget is seen (./when-needed.ts), a frame or more after it connects.
    await until(() => held.calls === 1, 'the download started');
    held.release();
    await until(() => widgets.every(shown), 'both render');
    expect(held.calls, 'one download').to.equal(1);
  });
});
