import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible, feedUrl, sampleFeed, until } from '../../tests/helpers.js';
import { define } from './define.js';
import { OkElement } from './ok-element.js';

/** How the test widgets fail next: while building their template, while Lit writes it, or not. */
let failure: 'template' | 'commit' | undefined;

class OkThrowingTest extends OkElement {
  protected renderFeed() {
    if (failure === 'template') throw new RangeError('Invalid time value');
    // A text input refuses a number value: Lit's write of the property throws.
    if (failure === 'commit') return html`<input aria-label="x" type="text" .valueAsNumber=${1} />`;
    return html`<p class="shown">Visas</p>`;
  }

  protected isEmpty() {
    return false;
  }
}
define('ok-throwing-test', OkThrowingTest);

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part=${name}]`);

describe('OkElement: a widget whose view throws', () => {
  afterEach(() => {
    failure = undefined;
  });

  for (const when of ['template', 'commit'] as const) {
    it(`shows its error state, not the skeleton, when the view throws (${when}), and renders on retry`, async () => {
      failure = when;
      const el = await fixture(html`<ok-throwing-test src=${feedUrl(sampleFeed())}></ok-throwing-test>`);
      await until(() => part(el, 'retry'), 'the error state with its retry button');
      expect(part(el, 'skeleton')).to.equal(null);
      expect(part(el, 'error')!.textContent).to.contain('Widgeten kunde inte visa uppgifterna.');
      await expectAccessible(el);
      failure = undefined;
      (part(el, 'retry') as HTMLButtonElement).click();
      await until(() => el.shadowRoot!.querySelector('.shown'), 'the view after a retry');
      expect(part(el, 'error')).to.equal(null);
    });
  }
});

describe('OkElement: its own feed', () => {
  it('asks for its feed as it connects, before its first render', async () => {
    const src = feedUrl(sampleFeed());
    const asked: string[] = [];
    const { fetch } = window;
    window.fetch = (input, init) => {
      asked.push(String(input));
      return fetch(input, init);
    };
    const el = Object.assign(document.createElement('ok-throwing-test'), { src }) as OkThrowingTest;
    try {
      document.body.append(el);
      expect(el.shadowRoot!.childElementCount, 'not rendered yet').to.equal(0);
      expect(asked.map((url) => new URL(url, location.href).href)).to.deep.equal([
        new URL(src, location.href).href,
      ]);
      await until(() => el.shadowRoot!.querySelector('.shown'), 'the view');
    } finally {
      window.fetch = fetch;
      el.remove();
    }
  });
});
