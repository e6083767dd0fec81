import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  expectAccessible,
  feedUrl,
  overflows,
  releaseFeed,
  sampleFeed,
  serveFeed,
  unbrokenFeed,
  uniqueKey,
  until,
} from '../../../tests/helpers.js';
import '../feed/define.js';
import './define.js';
import type { OkPrincipleWheel } from './principle-wheel.js';

const SIX = [
  { id: 'dialog', name: { sv: 'Dialog', en: 'Dialogue' }, summary: 'Samtal', description: 'Lång text' },
  { id: 'langsiktighet', name: { sv: 'Långsiktighet', en: 'Long-term perspective' } },
  { id: 'oppenhet', name: { sv: 'Öppenhet och insyn', en: 'Openness and transparency' } },
  { id: 'sjalvstandighet', name: { sv: 'Självständighet och oberoende', en: 'Autonomy and independence' } },
  { id: 'mangfald', name: 'Mångfald' },
  { id: 'kvalitet', name: 'Kvalitet' },
];
const HUB = [
  { id: 'kvalitet', name: 'Kvalitet' },
  { id: 'dialog', name: 'Dialog', portal: true, color: '#1f6f8b' },
  { id: 'mangfald', name: 'Mångfald' },
  { id: 'sjalvstandighet', name: 'Självständighet' },
  { id: 'oppenhet', name: 'Öppenhet' },
];
const COMMITMENTS = [
  { id: 'c1', principleId: 'dialog', text: 'Ett', status: 'done' },
  { id: 'c2', principleId: 'dialog', text: 'Två', status: 'in-progress' },
  { id: 'c3', principleId: 'dialog', text: 'Tre', status: 'planned' },
  { id: 'c4', principleId: 'kvalitet', text: 'Fyra', status: 'done' },
];

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const tabs = (el: Element) => $$(el, '[role=tab]');
const names = (el: Element) => tabs(el).map((t) => t.textContent!.trim());
const focused = (el: Element) => el.shadowRoot!.activeElement?.textContent?.trim();

/** A wheel on `sections` of a sample feed, rendered. */
async function wheel(
  sections: Record<string, unknown> = {},
  attrs: { lang?: string; selected?: string; width?: string } = {},
): Promise<OkPrincipleWheel> {
  const wrapper = await fixture(
    html`<div style="width: ${attrs.width ?? '800px'}">
      <ok-principle-wheel
        src=${feedUrl(sampleFeed({ principles: SIX, commitments: [], ...sections }))}
        lang=${attrs.lang ?? ''}
        selected=${attrs.selected ?? ''}
      ></ok-principle-wheel>
    </div>`,
  );
  const el = wrapper.querySelector('ok-principle-wheel')!;
  await until(() => el.shadowRoot?.querySelector('.pw, [part=empty], [part=error]'), 'wheel rendered');
  return el;
}

/** Relative luminance and contrast, as WCAG defines them. */
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = rgb.match(/\d+/g)!.map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour behind `node`: its own background or the nearest one up the tree, through shadow roots. */
function backdrop(node: Element): string {
  for (let at: Element | null = node; at;) {
    const color = getComputedStyle(at).backgroundColor;
    if (color !== 'rgba(0, 0, 0, 0)') return color;
    at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host || null);
  }
  return 'rgb(255, 255, 255)';
}

/** A page theme: the page's background, and the widget's tokens to match it. */
const THEMES = {
  light: 'background: #ffffff',
  dark: 'background: #121212; --ok-color-surface: #121212; --ok-color-surface-alt: #2b2b31; --ok-color-text: #f1f1f4; --ok-color-muted: #b4b4bd',
};

describe('<ok-principle-wheel>', () => {
  it('draws one segment and one tab per principle, labelled in Swedish', async () => {
    const el = await wheel();
    expect($$(el, 'svg path.seg')).to.have.length(6);
    expect(names(el)).to.deep.equal([
      'Dialog',
      'Långsiktighet',
      'Öppenhet och insyn',
      'Självständighet och oberoende',
      'Mångfald',
      'Kvalitet',
    ]);
    expect($(el, '[role=tablist]')!.getAttribute('aria-label')).to.equal('Principer');
    expect(
      tabs(el).map((t) => `${t.getAttribute('aria-posinset')}/${t.getAttribute('aria-setsize')}`),
    ).to.deep.equal(['1/6', '2/6', '3/6', '4/6', '5/6', '6/6']);
    expect(tabs(el).every((t) => t.getAttribute('aria-selected') === 'false')).to.be.true;
    expect($(el, '.hint')!.textContent).to.equal('Välj en princip för att läsa mer om den.');
    await expectAccessible(el);
  });

  it('speaks English with lang="en"', async () => {
    const el = await wheel({}, { lang: 'en' });
    expect(names(el).slice(0, 3)).to.deep.equal([
      'Dialogue',
      'Long-term perspective',
      'Openness and transparency',
    ]);
    expect($(el, '[role=tablist]')!.getAttribute('aria-label')).to.equal('Principles');
    await expectAccessible(el);
  });

  it('draws 2 and 12 principles as equal segments', async () => {
    const twelve = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, name: `Princip ${i + 1}` }));
    const el = await wheel({ principles: twelve });
    expect($$(el, 'svg path.seg')).to.have.length(12);
    expect(tabs(el)[11]!.getAttribute('aria-posinset')).to.equal('12');
    await expectAccessible(el);
    const two = await wheel({ principles: SIX.slice(0, 2) });
    expect($$(two, 'svg path.seg')).to.have.length(2);
  });

  it('puts a portal principle in the hub, first in order, with the others as the ring', async () => {
    const el = await wheel({ principles: HUB });
    expect($$(el, 'svg circle.seg')).to.have.length(1);
    expect($$(el, 'svg path.seg')).to.have.length(4);
    expect($(el, 'svg circle.seg')!.getAttribute('fill')).to.equal('#1f6f8b');
    expect(names(el)).to.deep.equal(['Dialog', 'Kvalitet', 'Mångfald', 'Självständighet', 'Öppenhet']);
    expect(tabs(el)[0]!.classList.contains('hub')).to.be.true;
    await expectAccessible(el);
  });

  it('keeps a hub only with two or more others around it, and draws a lone principle as a ring', async () => {
    const two = await wheel({ principles: [HUB[1], HUB[0]] });
    expect($$(two, 'svg circle.seg'), 'no hub with one segment round it').to.have.length(0);
    expect($$(two, 'svg path.seg')).to.have.length(2);
    const three = await wheel({ principles: [HUB[0], HUB[1], { ...HUB[2]!, portal: true }] });
    expect($(three, 'svg circle.seg')!.getAttribute('data-id'), 'the first portal').to.equal('dialog');
    expect(names(three)).to.deep.equal(['Dialog', 'Kvalitet', 'Mångfald']);
    const one = await wheel({ principles: [HUB[1]] }, { selected: 'dialog' });
    const ring = $(one, 'svg path.seg') as unknown as SVGPathElement;
    expect(ring.isPointInFill(new DOMPoint(100, 100)), 'a hole in the middle').to.be.false;
    expect(ring.isPointInFill(new DOMPoint(100, 160))).to.be.true;
    await expectAccessible(one);
  });

  it('shows the chosen principle on click, labelled by its tab, and fires ok-principle-select', async () => {
    const el = await wheel();
    const selected = oneEvent(el, 'ok-principle-select');
    tabs(el)[0]!.click();
    const { detail } = await selected;
    expect(detail).to.deep.equal({ id: 'dialog' });
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('dialog');
    const panel = $(el, '[role=tabpanel]')!;
    expect(panel.getAttribute('aria-labelledby')).to.equal(tabs(el)[0]!.id);
    expect(tabs(el)[0]!.getAttribute('aria-controls')).to.equal(panel.id);
    expect(tabs(el)[0]!.getAttribute('aria-selected')).to.equal('true');
    expect(panel.querySelector('h3')!.textContent).to.equal('Dialog');
    expect(panel.textContent).to.contain('Samtal').and.contain('Lång text');
    expect($(el, 'path.seg.sel')).to.exist;
    await expectAccessible(el);
    let again = 0;
    el.addEventListener('ok-principle-select', () => again++);
    tabs(el)[0]!.click();
    await el.updateComplete;
    expect(again, 'choosing the chosen principle again is no new choice').to.equal(0);
  });

  it('selects by a click on a segment of the drawing', async () => {
    const el = await wheel();
    const selected = oneEvent(el, 'ok-principle-select');
    $$(el, 'svg path.seg')[2]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await selected).detail.id).to.equal('oppenhet');
    await el.updateComplete;
    expect($(el, '[role=tabpanel] h3')!.textContent).to.equal('Öppenhet och insyn');
  });

  it('moves focus with the arrow keys, Home and End, with one tab stop, and selects with Enter and Space', async () => {
    const el = await wheel();
    const fired: string[] = [];
    el.addEventListener('ok-principle-select', (e) => fired.push(e.detail.id));
    const stops = () => tabs(el).filter((t) => t.tabIndex === 0);
    expect(stops()).to.have.length(1);
    tabs(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal('Långsiktighet');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal('Öppenhet och insyn');
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal('Kvalitet');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el), 'wraps round').to.equal('Dialog');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(el)).to.equal('Kvalitet');
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal('Dialog');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(stops()).to.deep.equal([tabs(el)[5]]);
    expect(fired, 'moving focus does not choose').to.deep.equal([]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal('kvalitet');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(fired).to.deep.equal(['kvalitet', 'mangfald']);
    expect($(el, '[role=tabpanel] h3')!.textContent).to.equal('Mångfald');
    expect(stops()).to.deep.equal([tabs(el)[4]]);
  });

  it('returns Tab focus to the selected principle after leaving the tabs', async () => {
    const el = await wheel({}, { selected: 'mangfald' });
    tabs(el)[4]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal('Kvalitet');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('role'), 'then the panel').to.equal('tabpanel');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)).to.equal('Mångfald');
  });

  it('goes to and from the hub with the arrow keys', async () => {
    const el = await wheel({ principles: HUB });
    tabs(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal('Kvalitet');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(el)).to.equal('Dialog');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(el)).to.equal('Öppenhet');
  });

  it('takes the selection from the selected attribute without firing an event', async () => {
    let fired = 0;
    const count = () => fired++;
    // On the document: the wheel may fire while it first renders, before a listener on it exists.
    document.addEventListener('ok-principle-select', count);
    try {
      const el = await wheel({ commitments: COMMITMENTS }, { selected: 'kvalitet' });
      expect($(el, '[role=tabpanel] h3')!.textContent).to.equal('Kvalitet');
      el.setAttribute('selected', 'dialog');
      await el.updateComplete;
      expect($(el, '[role=tabpanel] h3')!.textContent).to.equal('Dialog');
      expect(tabs(el)[0]!.tabIndex, 'the selected tab is the tab stop').to.equal(0);
      el.selected = 'unknown';
      await el.updateComplete;
      expect($(el, '[role=tabpanel]')).to.equal(null);
      expect(fired).to.equal(0);
    } finally {
      document.removeEventListener('ok-principle-select', count);
    }
  });

  it('follows a refreshed feed: a removed principle closes its panel, focus stays with its principle', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { json: sampleFeed({ principles: SIX }) });
    const el = await fixture<OkPrincipleWheel>(
      html`<ok-principle-wheel src=${url} selected="mangfald"></ok-principle-wheel>`,
    );
    await until(() => $(el, '[role=tabpanel]'), 'panel shown');
    let fired = 0;
    el.addEventListener('ok-principle-select', () => fired++);
    tabs(el)[4]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal('Kvalitet');
    await serveFeed(key, { json: sampleFeed({ principles: SIX.filter((p) => p.id !== 'mangfald') }) });
    el.reload();
    await until(() => tabs(el).length === 5, 'the feed refreshed');
    await el.updateComplete;
    expect($(el, '[role=tabpanel]')).to.equal(null);
    expect($(el, '.hint')).to.exist;
    expect(focused(el), 'focus stays on its principle').to.equal('Kvalitet');
    expect(tabs(el).filter((t) => t.tabIndex === 0)).to.deep.equal([tabs(el)[4]]);
    await expectAccessible(el);
    await serveFeed(key, { json: sampleFeed({ principles: SIX }) });
    el.reload();
    await until(() => tabs(el).length === 6, 'the principle is back');
    await el.updateComplete;
    expect($(el, '[role=tabpanel] h3')!.textContent).to.equal('Mångfald');
    expect(fired).to.equal(0);
  });

  it('counts the commitment points of the chosen principle and how many are done', async () => {
    const el = await wheel({ commitments: COMMITMENTS }, { selected: 'dialog' });
    expect($(el, '.counts')!.textContent!.trim()).to.equal('3 åtaganden, 1 klart');
    el.selected = 'kvalitet';
    await el.updateComplete;
    expect($(el, '.counts')!.textContent!.trim()).to.equal('1 åtagande, 1 klart');
    el.selected = 'mangfald';
    await el.updateComplete;
    expect($(el, '.counts')!.textContent!.trim()).to.equal('0 åtaganden, 0 klara');
    const en = await wheel({ commitments: COMMITMENTS }, { selected: 'dialog', lang: 'en' });
    expect($(en, '.counts')!.textContent!.trim()).to.equal('3 commitments, 1 done');
    await expectAccessible(en);
    const none = await wheel({ commitments: [] }, { selected: 'dialog' });
    expect($(none, '.counts'), 'no counts without commitments').to.equal(null);
  });

  it('treats principle ids that are names every object has as ids like any other', async () => {
    const principles = ['constructor', 'toString', '__proto__'].map((id) => ({ id, name: `P ${id}` }));
    const commitments = [
      { id: 'c1', principleId: 'toString', text: 'Ett', status: 'done' },
      { id: 'c2', principleId: 'valueOf', text: 'Två', status: 'done' },
    ];
    const el = await wheel({ principles, commitments }, { selected: 'toString' });
    expect(names(el)).to.deep.equal(['P constructor', 'P toString', 'P __proto__']);
    expect($(el, '.counts')!.textContent!.trim()).to.equal('1 åtagande, 1 klart');
    el.selected = '__proto__';
    await el.updateComplete;
    expect($(el, '.counts')!.textContent!.trim()).to.equal('0 åtaganden, 0 klara');
    expect(el.shadowRoot!.textContent).not.to.contain('native code');
  });

  it('draws a smaller wheel at 360 px, with the same tabs as a legend under it', async () => {
    const wide = await wheel();
    expect(getComputedStyle($(wide, 'svg')!).display).to.equal('block');
    const el = await wheel({}, { width: '360px', selected: 'dialog' });
    const drawing = $(el, 'svg')!.getBoundingClientRect();
    expect(getComputedStyle($(el, 'svg')!).display, 'a wheel, not a list').to.equal('block');
    expect(drawing.width).to.equal(256);
    expect(drawing.height).to.equal(256);
    const boxes = tabs(el).map((t) => t.getBoundingClientRect());
    expect(boxes[0]!.top, 'the legend under the drawing').to.be.at.least(drawing.bottom);
    expect(
      boxes.every((b, i) => i === 0 || b.top >= boxes[i - 1]!.bottom),
      'one below the other',
    ).to.be.true;
    expect(boxes.every((b) => b.height >= 44 && b.width > 320)).to.be.true;
    const swatch = getComputedStyle(tabs(el)[0]!, '::before');
    expect(swatch.backgroundColor, 'a swatch of the segment colour').to.equal('rgb(23, 119, 184)');
    expect(names(el)).to.have.length(6);
    tabs(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal('Långsiktighet');
    await expectAccessible(el);
  });

  it('keeps only the legend, as a list, in a container too narrow for a drawing', async () => {
    const el = await wheel({}, { width: '220px' });
    expect(getComputedStyle($(el, 'svg')!).display).to.equal('none');
    const boxes = tabs(el).map((t) => t.getBoundingClientRect());
    expect(boxes.every((b, i) => i === 0 || b.top >= boxes[i - 1]!.bottom)).to.be.true;
    await expectAccessible(el);
  });

  it('moves the labels to a legend beside the drawing, however wide, when a word is too long for its segment', async () => {
    const twelve = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, name: `Princip ${i + 1}` }));
    const short = await wheel({ principles: twelve });
    expect($(short, '.legend')).to.equal(null);
    twelve[6] = { id: 'p6', name: 'Civilsamhällesorganisationernas roll' };
    const el = await wheel({ principles: twelve });
    expect($(el, '.legend')).to.exist;
    const drawing = $(el, 'svg')!.getBoundingClientRect();
    expect(getComputedStyle($(el, 'svg')!).display).to.equal('block');
    expect(drawing.width).to.equal(384);
    const boxes = tabs(el).map((t) => t.getBoundingClientRect());
    expect(boxes[0]!.top).to.be.at.least(drawing.bottom);
    expect(boxes.every((b, i) => i === 0 || b.top >= boxes[i - 1]!.bottom)).to.be.true;
    await expectAccessible(el);
  });

  it('labels the segments of a full-size wheel in text larger than 14 px', async () => {
    const el = await wheel();
    expect($(el, '.legend')).to.equal(null);
    for (const tab of tabs(el)) {
      expect(parseFloat(getComputedStyle(tab).fontSize), tab.textContent!).to.be.above(14);
    }
    const hub = await wheel({ principles: HUB });
    expect(parseFloat(getComputedStyle(tabs(hub)[0]!).fontSize)).to.be.above(16);
  });

  it('lights up a segment and its label together under the pointer', async () => {
    for (const width of ['800px', '360px']) {
      const el = await wheel({}, { width });
      const segment = $$(el, 'path.seg')[2]!;
      const tab = tabs(el)[2]!;
      const before = getComputedStyle(tab).backgroundColor;
      segment.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      await el.updateComplete;
      expect(tab.classList.contains('hot'), `${width}: the label follows its segment`).to.be.true;
      expect(getComputedStyle(segment).transform, 'the segment lifts').not.to.equal('none');
      if (width === '800px') expect(getComputedStyle(tab).textDecorationLine).to.equal('underline');
      else expect(getComputedStyle(tab).backgroundColor).not.to.equal(before);
      $(el, 'svg')!.dispatchEvent(new PointerEvent('pointerleave'));
      tabs(el)[4]!.dispatchEvent(new PointerEvent('pointerenter'));
      await el.updateComplete;
      expect($$(el, '.seg.hot').map((s) => s.dataset.id ?? s.getAttribute('data-id'))).to.deep.equal([
        'mangfald',
      ]);
      tabs(el)[4]!.dispatchEvent(new PointerEvent('pointerleave'));
      await el.updateComplete;
      expect($$(el, '.hot')).to.have.length(0);
    }
  });

  it('keeps the wheel in a flex row, a float and a table cell of the host page', async () => {
    const src = feedUrl(sampleFeed({ principles: SIX }));
    const page = await fixture(
      html`<div>
        <div style="display: flex">
          <ok-principle-wheel src=${src}></ok-principle-wheel>
          <p>Text</p>
        </div>
        <div style="float: left"><ok-principle-wheel src=${src}></ok-principle-wheel></div>
        <table>
          <tr>
            <td><ok-principle-wheel src=${src}></ok-principle-wheel></td>
          </tr>
        </table>
      </div>`,
    );
    const all = [...page.querySelectorAll('ok-principle-wheel')];
    await until(() => all.every((el) => $(el, 'svg')), 'all rendered');
    for (const el of all) {
      expect(getComputedStyle($(el, 'svg')!).display).to.equal('block');
      expect($(el, '.wheel')!.getBoundingClientRect().width).to.equal(384);
    }
  });

  it('animates the panel only when the user has not asked for reduced motion', async () => {
    const el = await wheel({}, { selected: 'dialog' });
    expect(getComputedStyle($(el, '[role=tabpanel]')!).animationName).to.equal('ok-panel-in');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle($(el, '[role=tabpanel]')!).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('draws a principle with a bad colour in the palette, and keeps label contrast at 4.5:1 or more', async () => {
    const el = await wheel({
      principles: [
        { id: 'a', name: 'A', color: 'red;background:url(x)' },
        { id: 'b', name: 'B', color: '#ffee00' },
        { id: 'c', name: 'C', color: 'navy' },
        { id: 'd', name: 'D', color: 'bogus' },
        { id: 'e', name: 'E', color: 'transparent' },
      ],
    });
    const fill = (id: string) => $(el, `path.seg[data-id=${id}]`)?.getAttribute('fill');
    expect(names(el)).to.deep.equal(['A', 'B', 'C', 'D', 'E']);
    expect(fill('b')).to.equal('#ffee00');
    expect(fill('c')).to.equal('#000080');
    // The first, fourth and fifth colours of the default palette, by position in the feed.
    expect([fill('a'), fill('d'), fill('e')]).to.deep.equal(['#1777b8', '#975aa5', '#367c80']);
    tabs(el)[0]!.click();
    await el.updateComplete;
    expect($(el, '[role=tabpanel]')!.style.getPropertyValue('--bg')).to.equal('#1777b8');
    const styled = $$(el, '[style]')
      .map((node) => node.getAttribute('style'))
      .join(' ');
    expect(styled)
      .to.contain('#1777b8')
      .and.not.match(/url|red|transparent|bogus|;\s*background/);
    const twelve = await wheel({
      principles: Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, name: `P${i}` })),
    });
    for (const widget of [el, twelve]) {
      for (const tab of tabs(widget)) {
        const style = getComputedStyle(tab);
        expect(contrast(style.color, style.backgroundColor), tab.textContent!).to.be.at.least(4.5);
      }
    }
    const fillsOf12 = new Set($$(twelve, 'path.seg').map((p) => p.getAttribute('fill')));
    expect(fillsOf12.size, 'twelve distinct default colours').to.equal(12);
  });

  for (const [theme, style] of Object.entries(THEMES)) {
    it(`keeps every label and swatch of the default palette readable on a ${theme} page`, async () => {
      const twelve = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, name: `P${i + 1}` }));
      for (const [principles, width] of [
        [SIX, '800px'],
        [twelve, '800px'],
        [HUB, '800px'],
        [SIX, '360px'],
        [twelve, '360px'],
      ] as const) {
        const wrapper = await fixture(
          html`<div style="width: ${width}; ${style}">
            <ok-principle-wheel
              src=${feedUrl(sampleFeed({ principles }))}
              selected=${principles[1]!.id}
            ></ok-principle-wheel>
          </div>`,
        );
        const el = wrapper.querySelector('ok-principle-wheel')!;
        await until(() => tabs(el).length === principles.length, 'wheel rendered');
        const legend = width === '360px';
        for (const tab of tabs(el)) {
          const label = `${theme} ${width} ${tab.textContent!.trim()}`;
          const text = getComputedStyle(tab).color;
          expect(contrast(text, backdrop(tab)), label).to.be.at.least(4.5);
          if (legend) {
            const swatch = getComputedStyle(tab, '::before').backgroundColor;
            expect(contrast(swatch, backdrop(tab)), `${label}: swatch`).to.be.at.least(3);
          }
        }
        for (const segment of $$(el, '.seg')) {
          const fill = segment
            .getAttribute('fill')!
            .match(/[0-9a-f]{2}/g)!
            .map((h) => parseInt(h, 16));
          expect(contrast(`rgb(${fill.join()})`, backdrop(el)), `${theme} segment`).to.be.at.least(3);
        }
      }
    });
  }

  it('shows HTML-looking names as text', async () => {
    const el = await wheel({
      principles: [
        { id: 'x', name: '<img src=x onerror="window.hacked=1">', summary: '<b>fet</b>' },
        { id: 'y', name: 'Y' },
      ],
    });
    expect(names(el)[0]).to.equal('<img src=x onerror="window.hacked=1">');
    tabs(el)[0]!.click();
    await el.updateComplete;
    expect($(el, '.summary')!.textContent).to.equal('<b>fet</b>');
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
  });

  it('follows and shares the selection of its <ok-feed>', async () => {
    const wrapper = await fixture(
      html`<ok-feed src=${feedUrl(sampleFeed({ principles: SIX }))}>
        <ok-principle-wheel></ok-principle-wheel>
        <ok-principle-wheel></ok-principle-wheel>
      </ok-feed>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('ok-principle-wheel')] as [
      OkPrincipleWheel,
      OkPrincipleWheel,
    ];
    await until(() => tabs(a).length && tabs(b).length, 'both rendered');
    let fired = 0;
    b.addEventListener('ok-principle-select', () => fired++);
    tabs(a)[2]!.click();
    await until(() => b.selected === 'oppenhet', 'the other wheel follows');
    await b.updateComplete;
    expect($(b, '[role=tabpanel] h3')!.textContent).to.equal('Öppenhet och insyn');
    expect(fired, 'following is not a user choice').to.equal(0);
    b.selected = 'kvalitet';
    await until(() => a.selected === 'kvalitet', 'a selection set by the page is shared too');
  });

  describe('states', () => {
    for (const lang of ['sv', 'en']) {
      it(`shows a wheel-sized skeleton while loading (${lang})`, async () => {
        const key = uniqueKey();
        const url = await serveFeed(key, { json: sampleFeed(), hold: true });
        const wrapper = await fixture(
          html`<div style="width: 800px">
            <ok-principle-wheel src=${url} lang=${lang}></ok-principle-wheel>
          </div>`,
        );
        const el = wrapper.querySelector('ok-principle-wheel')!;
        await el.updateComplete;
        const box = $(el, '[part=skeleton]')!.getBoundingClientRect();
        expect(box.width).to.equal(384);
        expect(box.height).to.equal(384);
        expect($(el, '[role=status]')!.textContent).to.equal(lang === 'sv' ? 'Laddar …' : 'Loading …');
        await expectAccessible(el);
        await releaseFeed(key);
        await until(() => $(el, '.wheel'), 'the wheel is drawn');
        expect($(el, '.wheel')!.getBoundingClientRect().height).to.equal(384);
      });

      it(`shows an error with a retry button (${lang})`, async () => {
        const url = await serveFeed(uniqueKey(), { status: 500, body: '' });
        const el = await fixture<OkPrincipleWheel>(
          html`<ok-principle-wheel src=${url} lang=${lang}></ok-principle-wheel>`,
        );
        await until(() => $(el, '[part=error]'), 'the error state');
        expect($(el, '[part=retry]')!.textContent).to.equal(lang === 'sv' ? 'Försök igen' : 'Try again');
        await expectAccessible(el);
      });

      it(`says so when the feed has no principles (${lang})`, async () => {
        const el = await wheel({ principles: [] }, { lang });
        expect($(el, '[part=empty]')!.textContent).to.equal(
          lang === 'sv' ? 'Det finns inga principer att visa.' : 'There are no principles to show.',
        );
        await expectAccessible(el);
      });

      it(`is accessible with a hub and a selected principle (${lang})`, async () => {
        const el = await wheel({ principles: HUB, commitments: COMMITMENTS }, { lang, selected: 'dialog' });
        expect($(el, '[role=tabpanel]')).to.exist;
        await expectAccessible(el);
      });
    }
  });

  for (const width of ['320px', '800px']) {
    it(`wraps unbreakable feed text inside a ${width} container`, async () => {
      const el = await wheel(unbrokenFeed(), { width, selected: 'dialog' });
      expect(overflows(el)).to.deep.equal([]);
    });
  }
});
