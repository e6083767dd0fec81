/**
 * Every element on a careless host page: 62.5 % root font, a serif typeface, italics and coloured
 * text inherited and set on every element, the bundle twice. A widget takes the page's typeface
 * (it sits in the page) but none of the rest.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/ok-widgets.js';
import { feedUrl, sampleFeed, TILES, until } from './helpers.js';

const TAGS = [
  'ok-principle-wheel',
  'ok-signatory-list',
  'ok-signatory-count',
  'ok-venue-map',
  'ok-event-calendar',
  'ok-commitment-tracker',
];

/** The widget's first text node's element, once it shows the feed (not a skeleton or a message). */
function firstText(el: Element): Element | undefined {
  const root = el.shadowRoot?.querySelector('.root');
  if (!root || root.querySelector('[part=skeleton], [part=error], [part=empty]')) return undefined;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, (node) =>
    node.textContent?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP,
  );
  return walker.nextNode()?.parentElement ?? undefined;
}

describe('on a careless host page', () => {
  const pageStyle = document.createElement('style');
  pageStyle.textContent = `.careless * { font: italic 10px/0.8 Georgia, serif; color: rgb(200, 0, 0); letter-spacing: 3px; }`;
  before(() => {
    document.documentElement.style.fontSize = '62.5%';
    document.head.append(pageStyle);
  });
  after(() => {
    document.documentElement.style.fontSize = '';
    pageStyle.remove();
  });

  for (const tag of TAGS) {
    it(`${tag} takes the page's typeface, but keeps its own size, style and colour`, async () => {
      const src = feedUrl(sampleFeed());
      const wrapper = await fixture(
        html`<div
          class="careless"
          style="font-family: Georgia, 'Times New Roman', serif; color: rgb(200, 0, 0); line-height: 0.8; text-transform: uppercase"
        ></div>`,
      );
      const el = document.createElement(tag);
      el.setAttribute('src', src);
      // No tile requests leave the machine.
      if (tag === 'ok-venue-map') el.setAttribute('tiles', TILES);
      wrapper.append(el);
      await until(() => firstText(el), `${tag} shows its feed`);
      const style = getComputedStyle(firstText(el)!);
      expect(style.fontFamily).to.match(/^Georgia/);
      expect(parseFloat(style.fontSize)).to.be.at.least(12);
      expect(style.color).to.not.equal('rgb(200, 0, 0)');
      expect(style.textTransform).to.equal('none');
      expect(style.fontStyle).to.equal('normal');
      expect(style.letterSpacing).to.equal('normal');
      const root = el.shadowRoot!.querySelector('.root')!;
      expect(parseFloat(getComputedStyle(root).fontSize)).to.be.at.least(16);
    });
  }

  it('survives the bundle being loaded a second time', async () => {
    // @ts-expect-error: the query makes the browser evaluate the bundle again as a new module.
    await import('../src/ok-widgets.js?second-copy');
    for (const tag of ['ok-feed', ...TAGS]) expect(customElements.get(tag), tag).to.exist;
  });
});
