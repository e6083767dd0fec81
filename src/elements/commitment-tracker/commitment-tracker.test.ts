import { ContextEvent } from '@lit/context';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import {
  expectAccessible,
  feedUrl,
  overflows,
  sampleFeed,
  serveFeed,
  unbrokenFeed,
  uniqueKey,
  until,
} from '../../../tests/helpers.js';
import { feedContext, type FeedContext } from '../../feed/context.js';
import { PRINCIPLE_PALETTE } from '../../internal/palette.js';
import '../feed/define.js';
import '../principle-wheel/define.js';
import './define.js';
import type { OkCommitmentTracker } from './commitment-tracker.js';

const XSS = '<img src=x onerror="window.hacked=1">';

const FEED = sampleFeed({
  principles: [
    { id: 'dialog', name: { sv: 'Dialog', en: 'Dialogue' } },
    { id: 'kvalitet', name: 'Kvalitet' },
    { id: 'mangfald', name: 'Mångfald' },
  ],
  commitments: [
    {
      id: 'c1',
      number: 1,
      principleId: 'kvalitet',
      text: { sv: 'Ett', en: 'One' },
      status: 'done',
      updatedAt: '2024-09-23',
      actions: [
        { text: 'Handbok', year: 2022, url: 'https://example.org/handbok' },
        { text: 'Utan år' },
        { text: 'Konferens', year: 2024 },
        { text: 'Skadlig', year: 2023, url: 'javascript:alert(1)' },
        { text: 'Seminarium', year: 2024, url: 'https://example.org/seminarium' },
      ],
    },
    { id: 'c2', number: 2, principleId: 'dialog', text: XSS, status: 'in-progress' },
    { id: 'c3', number: 3, principleId: 'dialog', text: 'Tre', status: 'planned' },
    { id: 'c4', number: 4, principleId: 'okänd', text: 'Fyra', status: 'done' },
    { id: 'c5', number: 5, principleId: 'kvalitet', text: 'Fem', status: 'in-progress' },
    { id: 'broken', number: 6, text: 'Utan status' },
  ],
  targets: [
    { id: 't1', text: 'Fler undertecknare', status: 'done' },
    { id: 't2', text: 'Ett forum per år' },
  ],
});
const URL_ = feedUrl(FEED);

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const groups = (el: Element) => $$(el, '.group h4').map(text);
const numbers = (el: Element) => $$(el, '.point .number').map(text);
const toggle = (el: Element, n: number) => $(el, `#ok-commitment-${n} .toggle`) as HTMLButtonElement;
const details = (el: Element, n: number) => $(el, `#ok-commitment-${n} .details`);
/** True when a point's actions can be seen. */
const shown = (el: Element, n: number) => details(el, n).firstElementChild!.checkVisibility();

/** Renders `template` and waits until the tracker in it has left its loading state. */
async function load(template: TemplateResult): Promise<OkCommitmentTracker> {
  const wrapper = await fixture(html`<div>${template}</div>`);
  const el = wrapper.querySelector('ok-commitment-tracker')!;
  await until(() => el.shadowRoot?.querySelector('.root') && !$(el, '[part=skeleton]'), 'loaded');
  await el.updateComplete;
  return el;
}

async function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

describe('ok-commitment-tracker states', () => {
  for (const lang of ['sv', 'en']) {
    it(`loading is accessible (${lang})`, async () => {
      const url = await serveFeed(uniqueKey(), { json: FEED, hold: true });
      const el = await fixture(html`<ok-commitment-tracker src=${url} lang=${lang}></ok-commitment-tracker>`);
      expect($(el, '[part=skeleton]')).to.exist;
      await expectAccessible(el);
    });

    it(`error is accessible with a retry button (${lang})`, async () => {
      const url = await serveFeed(uniqueKey(), { status: 404, body: '' });
      const el = await load(html`<ok-commitment-tracker src=${url} lang=${lang}></ok-commitment-tracker>`);
      expect($(el, '[part=retry]')).to.exist;
      await expectAccessible(el);
    });

    it(`empty says so (${lang})`, async () => {
      const el = await load(
        html`<ok-commitment-tracker src=${feedUrl({ version: 1 })} lang=${lang}></ok-commitment-tracker>`,
      );
      expect(text($(el, '[part=empty]'))).to.equal(
        lang === 'sv' ? 'Det finns inga åtaganden att visa.' : 'There are no commitments to show.',
      );
      await expectAccessible(el);
    });
  }

  it('leaves out a point updated at an impossible time and shows the rest', async () => {
    const feed = sampleFeed({
      commitments: [
        { id: 'a', number: 1, text: 'Ett', status: 'done', updatedAt: '2024-05-14T25:00:00Z' },
        { id: 'b', number: 2, text: 'Två', status: 'done', updatedAt: '2024-05-14T09:00:00Z' },
      ],
    });
    const el = await load(html`<ok-commitment-tracker src=${feedUrl(feed)}></ok-commitment-tracker>`);
    expect(numbers(el)).to.deep.equal(['2.']);
    expect($(el, '[part=error]')).to.equal(null);
  });

  it('shows only the target picture when there are no points', async () => {
    const el = await load(
      html`<ok-commitment-tracker src=${feedUrl(sampleFeed({ commitments: [] }))}></ok-commitment-tracker>`,
    );
    expect($(el, '[part=summary]')).to.equal(null);
    expect($(el, '[part=filters]')).to.equal(null);
    expect($$(el, '.targets li').map(text)).to.deep.equal(['Målbild Pågår']);
    await expectAccessible(el);
  });

  it('shows the points without a target picture, and no principle filter when there are no principles', async () => {
    const el = await load(
      html`<ok-commitment-tracker
        src=${feedUrl(sampleFeed({ principles: [], targets: [] }))}
      ></ok-commitment-tracker>`,
    );
    expect($(el, '[part=targets]')).to.equal(null);
    expect(groups(el)).to.deep.equal(['Övriga']);
    expect(numbers(el)).to.deep.equal(['1.']);
    const selects = $$(el, 'select') as HTMLSelectElement[];
    expect(selects.map((s) => text(s.labels![0]!).split(' ')[0])).to.deep.equal(['Status']);
    await expectAccessible(el);
  });
});

describe('ok-commitment-tracker summary and groups', () => {
  it('counts points per status, overall and per principle, with named progress bars', async () => {
    const el = await load(html`<ok-commitment-tracker src=${URL_}></ok-commitment-tracker>`);
    expect(text($(el, '[part=summary] p'))).to.equal('5 åtaganden');
    expect($$(el, '.counts li').map(text)).to.deep.equal(['1 planerad', '2 pågår', '2 klara']);
    const bars = $$(el, '.bars li');
    expect(bars.map((li) => text(li.querySelector('.name')!))).to.deep.equal([
      'Dialog',
      'Kvalitet',
      'Övriga',
    ]);
    const progress = $$(el, '[role=progressbar]');
    expect(progress.map((p) => [p.ariaValueNow, p.ariaValueMax])).to.deep.equal([
      ['0', '2'],
      ['1', '2'],
      ['1', '1'],
    ]);
    const label = progress[1]!.getAttribute('aria-labelledby')!;
    expect(el.shadowRoot!.getElementById(label)!.textContent).to.equal('Kvalitet');
    expect(progress[0]!.ariaValueText).to.equal('0 av 2 klara, 1 pågår, 1 planerad');
    await expectAccessible(el);
  });

  it('matches the Halland demo feed, principle by principle', async () => {
    interface Raw {
      principles: { id: string; name: string | { sv: string } }[];
      commitments: { principleId: string; status: string; number: number }[];
    }
    const raw = (await (await fetch('/demo/feeds/halland.json')).json()) as Raw;
    const el = await load(
      html`<ok-commitment-tracker src="/demo/feeds/halland.json"></ok-commitment-tracker>`,
    );
    const done = (id: string) => raw.commitments.filter((c) => c.principleId === id && c.status === 'done');
    const of = (id: string) => raw.commitments.filter((c) => c.principleId === id);
    const progress = $$(el, '[role=progressbar]');
    expect(progress.map((p) => [Number(p.ariaValueNow), Number(p.ariaValueMax)])).to.deep.equal(
      raw.principles.map((p) => [done(p.id).length, of(p.id).length]),
    );
    expect(groups(el)).to.deep.equal(
      raw.principles.map((p) => (typeof p.name === 'string' ? p.name : p.name.sv)),
    );
    expect(numbers(el)).to.deep.equal(raw.principles.flatMap((p) => of(p.id).map((c) => `${c.number}.`)));
    expect(text($(el, '[part=summary] p'))).to.equal(`${raw.commitments.length} åtaganden`);
    const overall = ['planned', 'in-progress', 'done'].map(
      (s) => raw.commitments.filter((c) => c.status === s).length,
    );
    expect($$(el, '.counts li').map((li) => parseInt(text(li), 10))).to.deep.equal(overall);
  });

  it('groups points in the order of the principles, unknown principles last', async () => {
    const el = await load(html`<ok-commitment-tracker src=${URL_}></ok-commitment-tracker>`);
    expect(groups(el)).to.deep.equal(['Dialog', 'Kvalitet', 'Övriga']);
    const byGroup = $$(el, '.group').map((g) => [...g.querySelectorAll('.number')].map(text));
    expect(byGroup).to.deep.equal([['2.', '3.'], ['1.', '5.'], ['4.']]);
    expect(text($(el, '#ok-commitment-3 .status'))).to.equal('Planerad');
    const described = toggle(el, 3).getAttribute('aria-describedby')!;
    expect(text(el.shadowRoot!.getElementById(described)!)).to.equal('Planerad');
    expect($(el, '#ok-commitment-3 .status svg').getAttribute('aria-hidden')).to.equal('true');
  });

  it('fits a narrow column, long principle names and all', async () => {
    const el = await load(
      html`<div style="width: 300px">
        <ok-commitment-tracker src="/demo/feeds/halland.json" open="14"></ok-commitment-tracker>
      </div>`,
    );
    expect(overflows(el)).to.deep.equal([]);
  });

  it('speaks English', async () => {
    const el = await load(html`<ok-commitment-tracker src=${URL_} lang="en"></ok-commitment-tracker>`);
    expect(groups(el)).to.deep.equal(['Dialogue', 'Kvalitet', 'Other']);
    expect(text($(el, '[part=summary] p'))).to.equal('5 commitments');
    expect($$(el, '.counts li').map(text)).to.deep.equal(['1 planned', '2 in progress', '2 done']);
    expect(text($(el, '#ok-commitment-1 .toggle'))).to.equal('1. One');
    expect(text($(el, '#ok-commitment-5 .status'))).to.equal('In progress');
    await expectAccessible(el);
  });

  it('shows feed text as text, never as HTML', async () => {
    const el = await load(html`<ok-commitment-tracker src=${URL_}></ok-commitment-tracker>`);
    expect(text(toggle(el, 2))).to.equal(`2. ${XSS}`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('keeps points apart when numbers repeat or ids hold spaces', async () => {
    const commitments = [
      { id: 'a', number: 1, principleId: 'dialog', text: 'Ett', status: 'done' },
      { id: 'b', number: 1, principleId: 'dialog', text: 'Ett igen', status: 'planned' },
      { id: 'c d', principleId: 'dialog', text: 'Utan nummer', status: 'planned' },
    ];
    const el = await load(
      html`<ok-commitment-tracker
        src=${feedUrl(sampleFeed({ commitments }))}
        open="c d"
      ></ok-commitment-tracker>`,
    );
    const buttons = $$(el, '.toggle');
    const ref = (b: Element, name: string) => el.shadowRoot!.getElementById(b.getAttribute(name)!);
    expect(new Set(buttons.map((b) => ref(b, 'aria-controls'))).size).to.equal(3);
    expect(buttons.map((b) => text(ref(b, 'aria-describedby')!))).to.deep.equal([
      'Klar',
      'Planerad',
      'Planerad',
    ]);
    expect(buttons.map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false', 'true']);
    await expectAccessible(el);
  });

  it('wraps unbreakable feed text inside a 320 px container', async () => {
    const el = await load(
      html`<div style="width: 320px">
        <ok-commitment-tracker src=${feedUrl(unbrokenFeed())} open="1"></ok-commitment-tracker>
      </div>`,
    );
    await until(() => shown(el, 1), 'point 1 is open');
    expect(overflows(el)).to.deep.equal([]);
  });
  it('shows done and in-progress work in two parts of a bar in the principle’s colour', async () => {
    const principles = [
      { id: 'dialog', name: 'Dialog', color: '#6b3fa0' },
      { id: 'kvalitet', name: 'Kvalitet' },
    ];
    const commitments = [
      ...['done', 'in-progress', 'in-progress', 'planned'].map((status, i) => ({
        id: `d${i}`,
        principleId: 'dialog',
        text: 'Dialog',
        status,
      })),
      ...[0, 1, 2].map((i) => ({ id: `k${i}`, principleId: 'kvalitet', text: 'Kvalitet', status: 'done' })),
    ];
    const el = await load(
      html`<ok-commitment-tracker
        src=${feedUrl(sampleFeed({ principles, commitments }))}
      ></ok-commitment-tracker>`,
    );
    const [dialog, kvalitet] = $$(el, '.bar');
    const part = (bar: Element, name: string) => bar.querySelector<HTMLElement>(`.${name}`)!;
    const width = (node: Element) => node.getBoundingClientRect().width;
    expect(width(part(dialog!, 'done')) / width(dialog!)).to.be.closeTo(0.25, 0.01);
    expect(width(part(dialog!, 'doing')) / width(dialog!), 'in progress shows too').to.be.closeTo(0.5, 0.01);
    expect(getComputedStyle(part(dialog!, 'done')).backgroundColor, 'the feed’s colour').to.equal(
      'rgb(107, 63, 160)',
    );
    const hex = PRINCIPLE_PALETTE[1]!;
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    expect(getComputedStyle(part(kvalitet!, 'done')).backgroundColor, 'the wheel’s second colour').to.equal(
      `rgb(${r}, ${g}, ${b})`,
    );
    expect(width(part(kvalitet!, 'done')) / width(kvalitet!)).to.be.closeTo(1, 0.01);
    expect($$(el, '.bars .summary').map(text), 'no zero counts').to.deep.equal([
      '1 av 4 klara, 2 pågår, 1 planerad',
      '3 av 3 klara',
    ]);
    await expectAccessible(el);
  });

  it('lines up the statuses of the target picture', async () => {
    const targets = [
      { id: 't1', text: 'Kort', status: 'done' },
      { id: 't2', text: 'En betydligt längre beskrivning av ett mål', status: 'in-progress' },
      { id: 't3', text: 'Mellan', status: 'planned' },
    ];
    const el = await load(
      html`<ok-commitment-tracker src=${feedUrl(sampleFeed({ targets }))}></ok-commitment-tracker>`,
    );
    const lefts = $$(el, '.targets .status').map((s) => Math.round(s.getBoundingClientRect().left));
    expect(new Set(lefts).size, `one column: ${lefts.join(', ')}`).to.equal(1);
  });

  it('keeps the focus ring off the status label at 360 px', async () => {
    const el = await load(
      html`<div style="width: 360px"><ok-commitment-tracker src=${URL_}></ok-commitment-tracker></div>`,
    );
    toggle(el, 2).focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(toggle(el, 3));
    const style = getComputedStyle(toggle(el, 3));
    const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    const status = $(el, '#ok-commitment-3 .status').getBoundingClientRect();
    expect(status.top, 'the status wraps under the toggle').to.be.at.least(
      toggle(el, 3).getBoundingClientRect().bottom,
    );
    expect(toggle(el, 3).getBoundingClientRect().bottom + ring).to.be.at.most(status.top);
  });

  it('lists the target picture with statuses', async () => {
    const el = await load(html`<ok-commitment-tracker src=${URL_}></ok-commitment-tracker>`);
    expect(text($(el, '[part=targets] h3'))).to.equal('Målbild');
    expect($$(el, '.targets li').map(text)).to.deep.equal(['Fler undertecknare Klar', 'Ett forum per år']);
  });
});

describe('ok-commitment-tracker points', () => {
  it('opens and closes a point by mouse', async () => {
    const el = await load(html`<ok-commitment-tracker src=${URL_}></ok-commitment-tracker>`);
    const button = toggle(el, 1);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const controlled = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!);
    expect(controlled === details(el, 1), 'controls its details').to.equal(true);
    expect(shown(el, 1)).to.equal(false);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(el, 1)).to.equal(true);
    await expectAccessible(el);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(el, 1)).to.equal(false);
  });

  it('opens a closed point when find in page matches its text', async () => {
    const el = await load(html`<ok-commitment-tracker src=${URL_}></ok-commitment-tracker>`);
    expect(details(el, 1).getAttribute('hidden')).to.equal('until-found');
    details(el, 1).dispatchEvent(new Event('beforematch'));
    await el.updateComplete;
    expect(toggle(el, 1).getAttribute('aria-expanded')).to.equal('true');
    expect(shown(el, 1)).to.equal(true);
    expect(details(el, 1).getBoundingClientRect().height).to.be.above(0);
    expect(details(el, 3).getBoundingClientRect().height).to.equal(0);
  });

  it('opens and closes a point with Enter and Space', async () => {
    const el = await load(html`<ok-commitment-tracker src=${URL_}></ok-commitment-tracker>`);
    toggle(el, 3).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle(el, 3).getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle(el, 3).getAttribute('aria-expanded')).to.equal('false');
    // Tab passes over the links of a closed point, into those of an open one.
    toggle(el, 1).focus();
    await sendKeys({ press: 'Tab' });
    expect(text(el.shadowRoot!.activeElement!)).to.equal('5. Fem');
    toggle(el, 1).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.getAttribute('href')).to.equal('https://example.org/seminarium');
  });

  it('lists actions by year, newest first, links only safe URLs, and the date of the update', async () => {
    const el = await load(html`<ok-commitment-tracker src=${URL_}></ok-commitment-tracker>`);
    toggle(el, 1).click();
    await el.updateComplete;
    const years = [...details(el, 1).querySelectorAll('.years > li')];
    expect(years.map((li) => text(li.querySelector('.year')!))).to.deep.equal([
      '2024',
      '2023',
      '2022',
      'Utan år',
    ]);
    expect([...years[0]!.querySelectorAll('li')].map(text)).to.deep.equal(['Konferens', 'Seminarium']);
    expect(years[0]!.querySelector('a')!.href).to.equal('https://example.org/seminarium');
    expect(text(years[1]!)).to.contain('Skadlig');
    expect(years[1]!.querySelector('a')).to.equal(null);
    expect([...details(el, 1).querySelectorAll('a')].map((a) => a.href)).to.deep.equal([
      'https://example.org/seminarium',
      'https://example.org/handbok',
    ]);
    expect(text(details(el, 1).querySelector('.updated')!)).to.equal('Uppdaterad 23 september 2024');
    toggle(el, 3).click();
    await el.updateComplete;
    expect(text(details(el, 3))).to.contain('Inga insatser är registrerade än.');
  });

  it('formats the update date in English', async () => {
    const el = await load(
      html`<ok-commitment-tracker src=${URL_} lang="en" open="1"></ok-commitment-tracker>`,
    );
    expect(text(details(el, 1).querySelector('.updated')!)).to.equal('Updated 23 September 2024');
  });

  it('expands every point and hides the controls in print', async () => {
    const el = await load(html`<ok-commitment-tracker src=${URL_}></ok-commitment-tracker>`);
    await emulateMedia({ media: 'print' });
    try {
      expect(shown(el, 1)).to.equal(true);
      expect(getComputedStyle($(el, '[part=filters]')).display).to.equal('none');
      expect(getComputedStyle($(el, '.share')).display).to.equal('none');
      const link = details(el, 1).querySelector('a')!;
      expect(getComputedStyle(link, '::after').content).to.contain('https://example.org/seminarium');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(shown(el, 1)).to.equal(false);
  });
});

describe('ok-commitment-tracker filters', () => {
  it('filters by principle and status with labelled selects', async () => {
    const el = await load(html`<ok-commitment-tracker src=${URL_}></ok-commitment-tracker>`);
    const [principle, status] = $$(el, 'select') as HTMLSelectElement[];
    expect(principle!.labels![0]!.textContent).to.contain('Princip');
    expect(status!.labels![0]!.textContent).to.contain('Status');
    const selected = oneEvent(el, 'ok-principle-select');
    await choose(principle!, 'kvalitet');
    expect((await selected).detail).to.deep.equal({ id: 'kvalitet' });
    await el.updateComplete;
    expect(groups(el)).to.deep.equal(['Kvalitet']);
    expect(numbers(el)).to.deep.equal(['1.', '5.']);
    expect(text($(el, '.shown'))).to.equal('Visar 2 av 5.');
    expect($(el, '.shown').getAttribute('role')).to.equal('status');
    await choose(status!, 'done');
    await el.updateComplete;
    expect(numbers(el)).to.deep.equal(['1.']);
    expect(el.status).to.equal('done');
    await expectAccessible(el);
    await choose(principle!, 'dialog');
    await el.updateComplete;
    expect(numbers(el)).to.deep.equal([]);
    expect(text($(el, '.shown'))).to.equal('Inga åtaganden stämmer med filtret.');
    await expectAccessible(el);
  });

  it('shows every point for a principle or status the feed does not know, as the selects say', async () => {
    const el = await load(
      html`<ok-commitment-tracker src=${URL_} principle="okänd" status="klar"></ok-commitment-tracker>`,
    );
    expect(numbers(el)).to.deep.equal(['2.', '3.', '1.', '5.', '4.']);
    expect(($$(el, 'select') as HTMLSelectElement[]).map((s) => s.value)).to.deep.equal(['', '']);
  });

  it('takes principle and status attributes, without an event', async () => {
    let fired = 0;
    const count = () => fired++;
    document.addEventListener('ok-principle-select', count);
    const el = await load(
      html`<ok-commitment-tracker
        src=${URL_}
        principle="kvalitet"
        status="in-progress"
        lang="en"
      ></ok-commitment-tracker>`,
    );
    expect(numbers(el)).to.deep.equal(['5.']);
    const [principle, status] = $$(el, 'select') as HTMLSelectElement[];
    expect(principle!.value).to.equal('kvalitet');
    expect(status!.value).to.equal('in-progress');
    await expectAccessible(el);
    el.setAttribute('status', '');
    el.setAttribute('principle', 'dialog');
    await el.updateComplete;
    expect(numbers(el)).to.deep.equal(['2.', '3.']);
    document.removeEventListener('ok-principle-select', count);
    expect(fired).to.equal(0);
  });
});

describe('ok-commitment-tracker inside <ok-feed>', () => {
  /** The context the feed gives its widgets, as a wheel would see it. */
  function contextOf(feed: Element): () => FeedContext {
    let value: FeedContext | undefined;
    const probe = document.createElement('span');
    feed.append(probe);
    probe.dispatchEvent(new ContextEvent(feedContext, probe, (v) => (value = v), true));
    return () => value!;
  }

  it('follows the principle chosen by another widget, and shares its own choice', async () => {
    const el = await load(
      html`<ok-feed src=${URL_}><ok-commitment-tracker></ok-commitment-tracker></ok-feed>`,
    );
    const context = contextOf(el.parentElement!);
    context().selectPrinciple('dialog');
    await until(() => groups(el).join() === 'Dialog', 'follows the selection');
    expect(($$(el, 'select')[0] as HTMLSelectElement).value).to.equal('dialog');
    await choose($$(el, 'select')[0] as HTMLSelectElement, 'kvalitet');
    await until(() => context().principle === 'kvalitet', 'the feed shares the choice');
    expect(groups(el)).to.deep.equal(['Kvalitet']);
    await choose($$(el, 'select')[0] as HTMLSelectElement, '');
    await until(() => context().principle === undefined, 'the feed clears the choice');
  });

  it('follows a principle wheel of the same feed, and the wheel follows its filter', async () => {
    const wrapper = await fixture(
      html`<ok-feed src=${URL_}>
        <ok-principle-wheel></ok-principle-wheel>
        <ok-commitment-tracker></ok-commitment-tracker>
      </ok-feed>`,
    );
    const wheel = wrapper.querySelector('ok-principle-wheel')!;
    const el = wrapper.querySelector('ok-commitment-tracker')!;
    const tab = (name: string) =>
      [...(wheel.shadowRoot?.querySelectorAll<HTMLElement>('[role=tab]') ?? [])].find(
        (t) => text(t) === name,
      );
    await until(() => tab('Kvalitet') && el.shadowRoot!.querySelector('.point'), 'both show the feed');
    tab('Kvalitet')!.click();
    await until(() => groups(el).join() === 'Kvalitet', 'the tracker follows the wheel');
    expect(text($(el, '.shown'))).to.equal('Visar 2 av 5.');
    await choose($$(el, 'select')[0] as HTMLSelectElement, 'dialog');
    await until(() => tab('Dialog')!.getAttribute('aria-selected') === 'true', 'the wheel follows');
  });

  it('ignores the shared principle when independent', async () => {
    const el = await load(
      html`<ok-feed src=${URL_}><ok-commitment-tracker independent></ok-commitment-tracker></ok-feed>`,
    );
    const context = contextOf(el.parentElement!);
    context().selectPrinciple('dialog');
    // The feed hands its widgets the choice at once: once the probe has it, the tracker has had it too.
    await until(() => context().principle === 'dialog', 'the feed shares the choice');
    await el.updateComplete;
    expect(groups(el)).to.deep.equal(['Dialog', 'Kvalitet', 'Övriga']);
    await choose($$(el, 'select')[0] as HTMLSelectElement, 'kvalitet');
    await el.updateComplete;
    expect(groups(el)).to.deep.equal(['Kvalitet']);
    expect(context().principle).to.equal('dialog');
  });

  it('clears the shared principle when a linked point is hidden by it', async () => {
    const el = await load(
      html`<ok-feed src=${URL_}><ok-commitment-tracker></ok-commitment-tracker></ok-feed>`,
    );
    const context = contextOf(el.parentElement!);
    context().selectPrinciple('dialog');
    await until(() => groups(el).join() === 'Dialog', 'follows the selection');
    el.open = '1';
    await until(() => toggle(el, 1)?.getAttribute('aria-expanded') === 'true', 'point 1 shown and open');
    expect(context().principle).to.equal(undefined);
  });
});

describe('ok-commitment-tracker links to points', () => {
  const page = location.href;
  afterEach(() => history.replaceState(null, '', page));

  it('opens the point named by open, moving neither focus nor scroll', async () => {
    scrollTo(0, 0);
    const el = await load(
      html`<div style="height: 3000px"></div>
        <ok-commitment-tracker src=${URL_} open="5"></ok-commitment-tracker>
        <div style="height: 3000px"></div>`,
    );
    await until(() => shown(el, 5), 'point 5 is open');
    await el.updateComplete;
    expect(toggle(el, 1).getAttribute('aria-expanded')).to.equal('false');
    expect(scrollY, 'the page stays at its top').to.equal(0);
    expect(el.shadowRoot!.activeElement, 'focus stays where it was').to.equal(null);
    el.open = '3';
    await until(() => shown(el, 3), 'point 3 opens when open changes');
    await el.updateComplete;
    expect(scrollY).to.equal(0);
    expect(el.shadowRoot!.activeElement).to.equal(null);
  });

  it('scrolls to and focuses a point named by the page address', async () => {
    const el = await load(
      html`<div style="height: 3000px"></div>
        <ok-commitment-tracker src=${URL_}></ok-commitment-tracker>
        <div style="height: 3000px"></div>`,
    );
    location.hash = '#ok-commitment-5';
    await until(() => el.shadowRoot!.activeElement === toggle(el, 5), 'focus on point 5');
    // At the top of the viewport, below the default scroll margin of 1em.
    expect($(el, '#ok-commitment-5').getBoundingClientRect().top).to.be.closeTo(16, 1);
    scrollTo(0, 0);
  });

  it('opens the point named by the page URL, and follows changes of the hash', async () => {
    history.replaceState(null, '', '#ok-commitment-4');
    const el = await load(html`<ok-commitment-tracker src=${URL_}></ok-commitment-tracker>`);
    await until(() => el.shadowRoot!.activeElement === toggle(el, 4), 'focus on point 4');
    expect(shown(el, 4)).to.equal(true);
    location.hash = '#ok-commitment-2';
    await until(() => toggle(el, 2).getAttribute('aria-expanded') === 'true', 'point 2 opens');
    await until(() => el.shadowRoot!.activeElement === toggle(el, 2), 'focus on point 2');
  });

  it('survives a malformed link', async () => {
    history.replaceState(null, '', '#ok-commitment-%E0%A4%A');
    const el = await load(html`<ok-commitment-tracker src=${URL_}></ok-commitment-tracker>`);
    expect(numbers(el)).to.have.length(5);
  });

  it('scrolls to the first of several trackers that has the linked point', async () => {
    const other = feedUrl(sampleFeed());
    const wrapper = await fixture(
      html`<div>
        <ok-commitment-tracker src=${other}></ok-commitment-tracker>
        <ok-commitment-tracker src=${URL_}></ok-commitment-tracker>
        <ok-commitment-tracker src=${URL_}></ok-commitment-tracker>
      </div>`,
    );
    const [, first, second] = [...wrapper.querySelectorAll('ok-commitment-tracker')];
    await until(
      () => first!.shadowRoot!.querySelector('.point') && second!.shadowRoot!.querySelector('.point'),
      'both trackers show their points',
    );
    location.hash = '#ok-commitment-3';
    await until(() => toggle(second!, 3).getAttribute('aria-expanded') === 'true', 'both open point 3');
    await until(() => first!.shadowRoot!.activeElement === toggle(first!, 3), 'the first has focus');
    expect(second!.shadowRoot!.activeElement === null, 'the second has no focus').to.equal(true);
  });

  it('clears the filters that hide a linked point', async () => {
    const el = await load(
      html`<ok-commitment-tracker src=${URL_} principle="dialog"></ok-commitment-tracker>`,
    );
    el.open = '1';
    await until(() => toggle(el, 1)?.getAttribute('aria-expanded') === 'true', 'point 1 shown and open');
    expect(el.principle).to.equal('');
  });

  describe('copy link', () => {
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    afterEach(() => Object.defineProperty(Navigator.prototype, 'clipboard', original));

    function clipboard(writeText: (text: string) => Promise<void>) {
      Object.defineProperty(Navigator.prototype, 'clipboard', {
        configurable: true,
        get: () => ({ writeText }),
      });
    }

    it('copies the link to a point and says so politely', async () => {
      let copied = '';
      clipboard(async (value) => {
        copied = value;
      });
      history.replaceState(null, '', '#elsewhere');
      const el = await load(html`<ok-commitment-tracker src=${URL_} open="3"></ok-commitment-tracker>`);
      const button = $(el, '#ok-commitment-3 .copy') as HTMLButtonElement;
      expect(text(button)).to.equal('Kopiera länk till åtagande 3');
      button.click();
      const status = $(el, '#ok-commitment-3 [role=status]');
      await until(() => text(status) !== '', 'confirmation');
      expect(text(status)).to.equal('Länken är kopierad.');
      expect(copied).to.equal(`${page.split('#')[0]}#ok-commitment-3`);
    });

    it('shows the link when the clipboard refuses', async () => {
      clipboard(() => Promise.reject(new Error('denied')));
      const el = await load(
        html`<ok-commitment-tracker src=${URL_} open="3" lang="en"></ok-commitment-tracker>`,
      );
      ($(el, '#ok-commitment-3 .copy') as HTMLButtonElement).click();
      const status = $(el, '#ok-commitment-3 [role=status]');
      await until(() => status.querySelector('a'), 'fallback link');
      expect(status.querySelector('a')!.href).to.equal(`${page.split('#')[0]}#ok-commitment-3`);
      expect(text(status)).to.contain('Copy the link:');
      await expectAccessible(el);
    });
  });
});
