/**
 * What the six widgets share as one family, measured on the page: heading levels that fit the
 * page's outline.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/ok-widgets.js';
import { feedUrl, sampleFeed, TILES, until } from './helpers.js';

/** Each widget with what makes it show its feed and, where it has them, open details. */
const WIDGETS: [tag: string, attrs: Record<string, string>][] = [
  ['ok-principle-wheel', { selected: 'dialog' }],
  ['ok-signatory-list', { 'group-by': 'sector' }],
  ['ok-signatory-count', {}],
  ['ok-venue-map', { tiles: TILES, selected: 'v1' }],
  ['ok-event-calendar', { month: '2024-03', view: 'month' }],
  ['ok-event-calendar', { month: '2024-03', view: 'list', 'show-past': '' }],
  ['ok-commitment-tracker', { open: '1' }],
];

async function widget(tag: string, attrs: Record<string, string>): Promise<HTMLElement> {
  const wrapper = await fixture(html`<div></div>`);
  const el = document.createElement(tag);
  el.setAttribute('src', feedUrl(sampleFeed()));
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  wrapper.append(el);
  await until(
    () =>
      el.shadowRoot?.querySelector('.root') &&
      !el.shadowRoot.querySelector('[part=skeleton], [part~=map-skeleton]'),
    `${tag} shows its feed`,
  );
  return el;
}

/** The levels of the headings in the widget's shadow root, real and ARIA ones. */
function headingLevels(el: HTMLElement): number[] {
  return [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')].map((h) =>
    Number(h.getAttribute('aria-level') ?? h.localName.slice(1)),
  );
}

/** Opens the details a widget opens on a click (the calendar's events). */
async function openDetails(el: HTMLElement): Promise<void> {
  if (el.localName !== 'ok-event-calendar') return;
  el.shadowRoot!.querySelector<HTMLElement>('.ev')!.click();
  await until(() => el.shadowRoot!.querySelector('#details-title'), 'the event’s details');
}

describe('heading-level', () => {
  for (const [tag, attrs] of WIDGETS) {
    it(`${tag} ${JSON.stringify(attrs)}: no heading above h5 with heading-level="5"`, async () => {
      const el = await widget(tag, { ...attrs, 'heading-level': '5' });
      await openDetails(el);
      const levels = headingLevels(el);
      if (tag !== 'ok-signatory-count') expect(levels, 'headings').to.not.be.empty;
      for (const level of levels) expect(level, `${levels}`).to.be.within(5, 6);
    });
  }

  it('starts at h3, and steps down from the level it is given, stopping at h6', async () => {
    const el = await widget('ok-commitment-tracker', {});
    expect(headingLevels(el)).to.include.members([3, 4]).and.not.include(2);
    el.setAttribute('heading-level', '6');
    await until(() => !headingLevels(el).includes(3), 'the new level');
    expect(new Set(headingLevels(el))).to.deep.equal(new Set([6]));
    el.setAttribute('heading-level', '1');
    await until(() => headingLevels(el).includes(2), 'the lowest level allowed');
    expect(headingLevels(el)).to.include.members([2, 3]);
    el.setAttribute('heading-level', '<script>');
    await until(() => headingLevels(el).includes(4), 'the default for a level that is no number');
    expect(headingLevels(el)).to.include.members([3, 4]);
  });
});

describe('in its host page', () => {
  /** The computed font of the widget's first paragraph or heading, once it shows its feed. */
  async function fontIn(pageStyle: string, tag = 'ok-commitment-tracker') {
    const wrapper = await fixture(html`<div></div>`);
    wrapper.setAttribute('style', pageStyle);
    const el = document.createElement(tag);
    el.setAttribute('src', feedUrl(sampleFeed()));
    wrapper.append(el);
    await until(() => el.shadowRoot?.querySelector('.heading'), `${tag} shows its feed`);
    const style = getComputedStyle(el.shadowRoot!.querySelector('.root')!);
    return { family: style.fontFamily, size: parseFloat(style.fontSize) };
  }

  it("takes the page's typeface and its text size from 16 px up", async () => {
    expect(await fontIn('font: 18px Georgia, serif')).to.deep.equal({ family: 'Georgia, serif', size: 18 });
    expect(await fontIn('font: 10px Arial, sans-serif')).to.deep.equal({
      family: 'Arial, sans-serif',
      size: 16,
    });
  });

  it('takes --ok-font-family and --ok-font-size over the page', async () => {
    expect(
      await fontIn('font: 18px Georgia, serif; --ok-font-family: Verdana, sans-serif; --ok-font-size: 15px'),
    ).to.deep.equal({ family: 'Verdana, sans-serif', size: 15 });
  });
});
