import { expect, fixture, html } from '@open-wc/testing';
import { css } from 'lit';
import { feedUrl, sampleFeed, until } from '../../tests/helpers.js';
import { define } from './define.js';
import { LazyView } from './lazy-view.js';
import { OkElement } from './ok-element.js';

let attempts = 0;
const view = {
  styles: css`
    .shown {
      color: rgb(1, 2, 3);
    }
  `,
  text: 'Från vyn',
};
/** Fails once, as a chunk download on a flaky connection does, then loads. */
const flaky = () => {
  attempts += 1;
  return attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(view);
};

class OkLazyTest extends OkElement {
  protected override readonly lazy = new LazyView(this, flaky);

  protected renderFeed() {
    return html`<p class="shown">${this.lazy.module!.text}</p>`;
  }

  protected isEmpty() {
    return false;
  }
}
define('ok-lazy-test', OkLazyTest);

const shown = (el: Element) => el.shadowRoot!.querySelector('.shown');

describe('LazyView', () => {
  it('shows the error state when the code fails to load, and loads it on retry', async () => {
    const el = await fixture(html`<ok-lazy-test src=${feedUrl(sampleFeed())}></ok-lazy-test>`);
    const retry = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]');
    await until(retry, 'the error state');
    expect(shown(el)).to.equal(null);
    await expect(el).to.be.accessible();
    retry()!.click();
    await until(() => shown(el), 'the view renders after a retry');
    expect(getComputedStyle(shown(el)!).color, 'the view brings its styles').to.equal('rgb(1, 2, 3)');
    expect(attempts).to.equal(2);
  });

  it('renders another widget of the kind with the code already loaded', async () => {
    const el = await fixture(html`<ok-lazy-test src=${feedUrl(sampleFeed())}></ok-lazy-test>`);
    await until(() => shown(el), 'the view renders');
    expect(getComputedStyle(shown(el)!).color).to.equal('rgb(1, 2, 3)');
    expect(attempts, 'no second download').to.equal(2);
  });
});
