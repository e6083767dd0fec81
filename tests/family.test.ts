/**
 * What the six widgets share as one family, measured on the page: heading levels that fit the
 * page's outline.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/ok-widgets.js';
import { contrast } from '../src/internal/contrast.js';
import {
  expectAccessible,
  feedUrl,
  releaseFeed,
  sampleFeed,
  serveFeed,
  TILES,
  uniqueKey,
  until,
} from './helpers.js';

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

async function widget(
  tag: string,
  attrs: Record<string, string>,
  sections: Record<string, unknown> = {},
): Promise<HTMLElement> {
  const wrapper = await fixture(html`<div></div>`);
  const el = document.createElement(tag);
  el.setAttribute('src', feedUrl(sampleFeed(sections)));
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

describe('targets', () => {
  it('are checked by every state test: expectAccessible runs WCAG 2.2 target-size', async () => {
    const tiny = await fixture(
      html`<div>
        <button style="all: unset; display: inline-block; width: 10px; height: 10px" aria-label="A"></button
        ><button style="all: unset; display: inline-block; width: 10px; height: 10px" aria-label="B"></button>
      </div>`,
    );
    let error: unknown;
    await expectAccessible(tiny).catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('target-size');
  });

  it('makes every map marker at least 24 × 24 px (WCAG 2.5.8)', async () => {
    const el = await widget('ok-venue-map', { tiles: TILES });
    await until(() => el.shadowRoot!.querySelector('.ok-venue'), 'a marker');
    const { width, height } = el.shadowRoot!.querySelector('.ok-venue')!.getBoundingClientRect();
    expect(Math.min(width, height)).to.be.at.least(24);
  });
});

describe('states in plain words', () => {
  const TAGS: [tag: string, sv: string, en: string][] = [
    ['ok-principle-wheel', 'Principerna kan inte visas just nu.', 'The principles cannot be shown just now.'],
    ['ok-signatory-list', 'Listan över undertecknare kan inte visas just nu.', 'The list of signatories'],
    ['ok-signatory-count', 'Antalet undertecknare kan inte visas just nu.', 'The number of signatories'],
    ['ok-venue-map', 'Lokalerna kan inte visas just nu.', 'The venues cannot be shown just now.'],
    ['ok-event-calendar', 'Kalendern kan inte visas just nu.', 'The calendar cannot be shown just now.'],
    [
      'ok-commitment-tracker',
      'Åtagandena kan inte visas just nu.',
      'The commitments cannot be shown just now.',
    ],
  ];
  for (const [tag, sv, en] of TAGS) {
    it(`${tag} names what failed, then the cause (a 404: the address), with a retry`, async () => {
      const src = await serveFeed(uniqueKey(), { status: 404, body: 'Not found' });
      const el = await fixture(html`<div lang="sv"></div>`);
      const widget = document.createElement(tag);
      widget.setAttribute('src', src);
      el.append(widget);
      const $ = (selector: string) => widget.shadowRoot!.querySelector(selector);
      await until(() => $('[part=error]'), 'the error state');
      expect($('[part=error] .title')!.textContent).to.equal(sv);
      expect($('[part=error] .cause')!.textContent).to.contain('Adressen kan vara fel');
      expect(parseFloat(getComputedStyle($('.cause')!).fontSize)).to.be.below(
        parseFloat(getComputedStyle($('.title')!).fontSize),
      );
      expect($('[part=retry]')).to.exist;
      await expectAccessible(widget);
      widget.setAttribute('lang', 'en');
      await until(() => $('[part=error] .title')?.textContent?.startsWith(en), 'the English error');
    });
  }

  it('says what the map is missing when the feed has no venues', async () => {
    const el = await widget(
      'ok-venue-map',
      { tiles: TILES, lang: 'sv' },
      { venues: { type: 'FeatureCollection', features: [] } },
    );
    expect(el.shadowRoot!.querySelector('[part=empty]')!.textContent).to.equal(
      'Källan har inga lokaler att visa.',
    );
  });
});

describe('skeletons', () => {
  const held: string[] = [];
  after(() => Promise.all(held.map(releaseFeed)));
  /** The widget's skeleton while its feed is held back by the server. */
  async function loading(tag: string, width: string) {
    const key = uniqueKey();
    held.push(key);
    const src = await serveFeed(key, { json: sampleFeed(), hold: true });
    const wrapper = await fixture(html`<div style="width: ${width}"></div>`);
    const el = document.createElement(tag);
    el.setAttribute('src', src);
    wrapper.append(el);
    await until(() => el.shadowRoot?.querySelector('[part=skeleton]'), 'the skeleton');
    return { el, box: el.shadowRoot!.querySelector('[part=skeleton]')!.getBoundingClientRect() };
  }

  it("centres the wheel's skeleton where the wheel is centred", async () => {
    const { el, box } = await loading('ok-principle-wheel', '600px');
    const host = el.getBoundingClientRect();
    expect(Math.abs(box.left - host.left - (host.right - box.right))).to.be.below(2);
  });

  it("gives the list's skeleton the height of a few dozen rows", async () => {
    const { box } = await loading('ok-signatory-list', '600px');
    expect(box.height).to.be.at.least(600);
  });
});

describe('language', () => {
  it('is Swedish for sv, sv-* and no language at all; English for every other language', async () => {
    const vision = async (lang: string | undefined) => {
      const el = await widget('ok-commitment-tracker', lang === undefined ? {} : { lang });
      return el.shadowRoot!.querySelector('#targets')!.textContent;
    };
    expect(await vision(undefined)).to.equal('Målbild');
    expect(await vision('sv')).to.equal('Målbild');
    expect(await vision('sv-FI')).to.equal('Målbild');
    expect(await vision('en-GB')).to.equal('Vision');
    expect(await vision('de')).to.equal('Vision');
    expect(await vision('nb')).to.equal('Vision');
  });
});

describe('on a dark theme', () => {
  const DARK = '--ok-color-surface: #1b1b1f; --ok-color-text: #f2f2f4; --ok-color-muted: #b8b8c2';

  async function dark(tag: string, attrs: Record<string, string>) {
    const wrapper = await fixture(html`<div></div>`);
    wrapper.setAttribute('style', DARK);
    const el = document.createElement(tag);
    el.setAttribute('src', feedUrl(sampleFeed()));
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    wrapper.append(el);
    await until(() => el.shadowRoot?.querySelector('.heading'), `${tag} shows its feed`);
    return el;
  }

  it('keeps principle colours at 3:1 against the surface', async () => {
    const el = await dark('ok-principle-wheel', { selected: 'dialog' });
    const fills = [...el.shadowRoot!.querySelectorAll('.seg')].map((seg) => seg.getAttribute('fill')!);
    expect(fills).to.not.be.empty;
    for (const fill of fills) expect(contrast(fill, '#1b1b1f'), fill).to.be.at.least(3);
  });

  it('keeps event type colours at 3:1 against the surface', async () => {
    const el = await dark('ok-event-calendar', { month: '2024-03', view: 'month' });
    const colours = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[style*="--c"]')].map((mark) =>
      mark.style.getPropertyValue('--c'),
    );
    expect(colours).to.not.be.empty;
    for (const colour of colours) expect(contrast(colour, '#1b1b1f'), colour).to.be.at.least(3);
  });
});
