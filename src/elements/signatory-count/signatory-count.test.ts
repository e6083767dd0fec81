import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import {
  expectAccessible,
  feedUrl,
  overflows,
  releaseFeed,
  requestLog,
  sampleFeed,
  serveFeed,
  UNBROKEN,
  unbrokenFeed,
  uniqueKey,
  until,
} from '../../../tests/helpers.js';
import '../feed/define.js';
import './define.js';
import type { OkSignatoryCount } from './signatory-count.js';
import type { Signatory } from '../../feed/parse.js';

type Entry = Record<string, unknown>;

/** `n` current civil-society signatories, signed in 2020. */
const orgs = (n: number, extra: Entry = {}): Entry[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `o${i}`,
    name: `Förening ${i}`,
    sector: 'civil',
    signedAt: '2020-03-01',
    ...extra,
  }));

const withSignatories = (signatories: Entry[]) => sampleFeed({ signatories });

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`);
const number = (el: Element) => part(el, 'number')?.textContent ?? null;
const label = (el: Element) => part(el, 'label')?.textContent?.trim() ?? null;
/** The widget's own live region (the skeleton has another while loading). */
const live = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.root ~ [role=status]')!;

/** Text as it reads: white space collapsed. */
const read = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

async function ready(el: OkSignatoryCount): Promise<OkSignatoryCount> {
  await until(() => !part(el, 'skeleton') && (number(el) !== null || el.hideZero), 'the count is shown');
  return el;
}

/** A widget on `src` with `attrs` and light-DOM `content`, written as a page would. */
async function count(src: string, attrs = '', content = ''): Promise<OkSignatoryCount> {
  const wrapper = await fixture(
    html`<div
      .innerHTML=${`<ok-signatory-count src="${src}" ${attrs}>${content}</ok-signatory-count>`}
    ></div>`,
  );
  return ready(wrapper.firstElementChild as OkSignatoryCount);
}

describe('<ok-signatory-count>', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('counts current signatories only, leaving out former and broken ones', async () => {
    const el = await count(
      feedUrl(
        withSignatories([
          ...orgs(3),
          {
            id: 'gone',
            name: 'Gammal förening',
            sector: 'civil',
            signedAt: '2019-05-14',
            leftAt: '2022-01-01',
          },
          { id: 'broken', sector: 'civil' },
        ]),
      ),
    );
    expect(number(el)).to.equal('3');
    expect(label(el)).to.equal('organisationer har skrivit under');
    expect(live(el).textContent).to.equal('');
    await expectAccessible(el);
  });

  it('counts one sector, with the sector in the phrase', async () => {
    const feed = feedUrl(
      withSignatories([...orgs(3), ...orgs(2, { sector: 'public' }).map((s, i) => ({ ...s, id: `p${i}` }))]),
    );
    const pub = await count(feed, 'sector="public"');
    expect(number(pub)).to.equal('2');
    expect(label(pub)).to.equal('offentliga organisationer har skrivit under');
    const civil = await count(feed, 'sector="civil" lang="en"');
    expect(number(civil)).to.equal('3');
    expect(label(civil)).to.equal('civil society organisations have signed');
    const unknown = await count(feed, 'sector="constructor"');
    expect(number(unknown)).to.equal('5');
  });

  it('formats the number the Swedish way, and the English way in English', async () => {
    const feed = feedUrl(withSignatories(orgs(1234)));
    expect(number(await count(feed))).to.equal('1\u00a0234');
    expect(number(await count(feed, 'lang="en"'))).to.equal('1,234');
  });

  it('says "organisation" for one, in both languages', async () => {
    const feed = feedUrl(withSignatories(orgs(1)));
    expect(label(await count(feed))).to.equal('organisation har skrivit under');
    expect(label(await count(feed, 'lang="en"'))).to.equal('organisation has signed');
    expect(label(await count(feedUrl(withSignatories(orgs(2))), 'lang="en"'))).to.equal(
      'organisations have signed',
    );
  });

  it('takes its label from the label attribute or the slot', async () => {
    const feed = feedUrl(withSignatories(orgs(4)));
    const byAttribute = await count(feed, 'label="<b>medlemmar</b> i nätverket"');
    expect(label(byAttribute)).to.equal('<b>medlemmar</b> i nätverket');
    const bySlot = await count(feed, 'label="ignored"', '\n  <span>aktörer är med</span>\n');
    const slot = part(bySlot, 'label')!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('aktörer är med');
    expect(label(bySlot)).to.equal('');
    await expectAccessible(bySlot);
    // Whitespace alone is no label.
    const blank = await count(feed, '', '\n  \n');
    expect(label(blank)).to.equal('organisationer har skrivit under');
  });

  it('says that none has signed yet, with the goal and no chart, or shows nothing with hide-zero', async () => {
    const empty = feedUrl({ version: 1 });
    const zero = await fixture<OkSignatoryCount>(
      html`<ok-signatory-count src=${empty} goal="60" chart></ok-signatory-count>`,
    );
    await until(() => part(zero, 'empty'), 'the empty state');
    expect(read(part(zero, 'empty'))).to.equal('Ännu har ingen organisation skrivit under. Mål: 60.');
    expect(number(zero), 'no lone 0').to.equal(null);
    expect(part(zero, 'chart') ?? zero.shadowRoot!.querySelector('.pending'), 'no empty chart').to.equal(
      null,
    );
    expect(zero.getBoundingClientRect().height, 'no blank space').to.be.below(100);
    await expectAccessible(zero);
    const civil = await fixture<OkSignatoryCount>(
      html`<ok-signatory-count src=${empty} sector="civil" lang="en"></ok-signatory-count>`,
    );
    await until(() => part(civil, 'empty'), 'the empty state');
    expect(read(part(civil, 'empty'))).to.equal('No civil society organisation has signed yet.');
    const hidden = await count(empty, 'hide-zero goal="10" chart');
    expect(number(hidden)).to.equal(null);
    expect(part(hidden, 'goal')).to.equal(null);
    expect(part(hidden, 'empty')).to.equal(null);
    expect(hidden.getBoundingClientRect().height).to.equal(0);
    await expectAccessible(hidden);
    const some = await count(feedUrl(withSignatories(orgs(2))), 'hide-zero');
    expect(number(some)).to.equal('2');
  });

  it('shows the number large, in tabular figures', async () => {
    const el = await count(feedUrl(withSignatories(orgs(48))));
    const style = getComputedStyle(part(el, 'number')!);
    expect(parseFloat(style.fontSize)).to.equal(56);
    expect(style.fontVariantNumeric).to.equal('tabular-nums');
    expect(style.whiteSpace, 'one unit, "1 234" never split').to.equal('nowrap');
  });

  it('shows progress toward a visible goal, the bar as wide as the widget', async () => {
    const feed = feedUrl(withSignatories(orgs(48)));
    for (const width of ['320px', '700px']) {
      const wrapper = await fixture(
        html`<div style="width: ${width}">
          <ok-signatory-count src=${feed} goal="60"></ok-signatory-count>
        </div>`,
      );
      const el = await ready(wrapper.firstElementChild as OkSignatoryCount);
      const progress = part(el, 'progress') as HTMLProgressElement;
      expect(progress.max).to.equal(60);
      expect(progress.value).to.equal(48);
      const goal = progress.labels[0]!;
      expect(read(goal)).to.equal('Mål: 60');
      expect(goal.closest('.visually-hidden'), 'seen, not only heard').to.equal(null);
      expect(goal.getBoundingClientRect().width).to.be.above(40);
      expect(progress.getBoundingClientRect().width).to.equal(wrapper.getBoundingClientRect().width);
      await expectAccessible(el);
    }
    const en = await count(feed, 'goal="40" lang="en"');
    const enProgress = part(en, 'progress') as HTMLProgressElement;
    expect(enProgress.value).to.equal(40);
    expect(read(enProgress.labels[0])).to.equal('Goal: 40');
    await expectAccessible(en);
  });

  it('draws the chart across the whole column, for two years as for twenty', async () => {
    for (const years of [2, 20]) {
      const signatories = Array.from({ length: years }, (_, i) => ({
        id: `s${i}`,
        name: `Org ${i}`,
        sector: 'civil',
        signedAt: `${2000 + i}-01-01`,
      }));
      const wrapper = await fixture(
        html`<div style="width: 640px">
          <ok-signatory-count src=${feedUrl(withSignatories(signatories))} chart></ok-signatory-count>
        </div>`,
      );
      const el = await ready(wrapper.firstElementChild as OkSignatoryCount);
      await until(() => part(el, 'chart'), 'the chart loads');
      const bars = part(el, 'chart')!.querySelector('.bars')!.getBoundingClientRect();
      expect(bars.width, `${years} years`).to.equal(640);
      const fills = [...part(el, 'chart')!.querySelectorAll('.fill')].map((f) => f.getBoundingClientRect());
      expect(fills.at(-1)!.right, 'the last bar at the right edge').to.be.above(640 - 640 / years);
      expect(fills.at(-1)!.height).to.be.above(fills[0]!.height);
    }
  });

  it('charts growth by year with an equivalent table', async () => {
    const feed = feedUrl(
      withSignatories([
        ...orgs(2, { signedAt: '2019-05-14' }),
        { id: 'b', name: 'B', sector: 'public', signedAt: '2020-02-01' },
        { id: 'c', name: 'C', sector: 'civil', signedAt: '2019-06-01', leftAt: '2021-12-31' },
        { id: 'd', name: 'D', sector: 'other', signedAt: '2023-01-09' },
        { id: 'e', name: 'E utan datum', sector: 'civil' },
      ]),
    );
    const el = await count(feed, 'chart');
    await until(() => part(el, 'chart'), 'the chart loads');
    const chart = part(el, 'chart')!;
    const rows = [...chart.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent),
    );
    expect(rows).to.deep.equal([
      ['2019', '3'],
      ['2020', '4'],
      ['2021', '3'],
      ['2022', '3'],
      ['2023', '4'],
    ]);
    expect(read(chart.querySelector('caption'))).to.equal('Undertecknare vid årets slut');
    expect(chart.querySelector('.bars')!.getAttribute('aria-hidden')).to.equal('true');
    expect(chart.querySelectorAll('.fill')).to.have.length(5);
    expect(
      getComputedStyle(chart.querySelector('.fill')!).backgroundColor,
      'bars in the accent colour',
    ).to.equal('rgb(11, 92, 173)');
    expect(number(el)).to.equal('5');
    await expectAccessible(el);

    const civil = await count(feed, 'chart sector="civil" lang="en"');
    await until(() => part(civil, 'chart'), 'the chart loads');
    const civilRows = [...part(civil, 'chart')!.querySelectorAll('tbody td')].map((td) => td.textContent);
    expect(civilRows).to.deep.equal(['3', '3', '2']);
    expect(read(part(civil, 'chart')!.querySelector('caption'))).to.equal(
      'Signatories at the end of each year',
    );
    await expectAccessible(civil);
  });

  it('folds the years before the last 39 into one bar, ignores implausible years, and copes with 150,000 signatories', async () => {
    // 150,000 signatories from 1900 to 2024, a few leaving; two with years no parser lets through.
    const many = Array.from({ length: 150_000 }, (_, i) => ({
      id: `s${i}`,
      name: `Org ${i}`,
      sector: 'civil',
      signedAt: `${1900 + (i % 125)}-01-01`,
      ...(i % 10 === 0 ? { leftAt: '2000-06-01' } : {}),
    }));
    const { growth } = await import('./chart.js');
    const bars = growth([
      ...many,
      { id: 'x', name: 'X', sector: 'civil', signedAt: '0001-01-01' },
      { id: 'y', name: 'Y', sector: 'civil', signedAt: '2000-01-01', leftAt: '9999-01-01' },
    ] as Signatory[]);
    expect(bars).to.have.length(40);
    expect(bars[0]).to.deep.equal({ year: 1986, count: 103_200, before: true });
    expect(bars[1]!.year).to.equal(1986);
    expect(bars.at(-1)).to.deep.equal({ year: 2024, count: 135_001 });

    const el = await count(feedUrl(withSignatories(many.slice(0, 20_000))), 'chart');
    await until(() => part(el, 'chart'), 'the chart loads');
    const chart = part(el, 'chart')!;
    expect(chart.querySelectorAll('.fill')).to.have.length(40);
    const firstRow = [...chart.querySelector('tbody tr')!.children].map((cell) => cell.textContent);
    expect(firstRow[0]).to.equal('före 1986');
    expect(chart.querySelector('.before .year')!.textContent).to.equal('före 1986');
    await expectAccessible(el);
  });

  it('holds the loaded size while loading, goal and chart included', async () => {
    const key = uniqueKey();
    const slow = await serveFeed(key, { json: withSignatories(orgs(48)), hold: true });
    const el = await fixture<OkSignatoryCount>(
      html`<ok-signatory-count src=${slow} goal="60" chart></ok-signatory-count>`,
    );
    const loading = el.getBoundingClientRect().height;
    await releaseFeed(key);
    await ready(el);
    await until(() => part(el, 'chart'), 'the chart loads');
    expect(el.getBoundingClientRect().height).to.be.closeTo(loading, 1);
  });

  it('is accessible while loading and on error, in both languages', async () => {
    const slow = await serveFeed(uniqueKey(), { json: withSignatories(orgs(2)), hold: true });
    for (const lang of ['sv', 'en']) {
      const loading = await fixture<OkSignatoryCount>(
        html`<ok-signatory-count src=${slow} lang=${lang} goal="10" chart></ok-signatory-count>`,
      );
      expect(part(loading, 'skeleton')).to.exist;
      await expectAccessible(loading);
    }
    const missing = await serveFeed(uniqueKey(), { status: 404, body: '' });
    for (const lang of ['sv', 'en']) {
      const failed = await fixture<OkSignatoryCount>(
        html`<ok-signatory-count src=${missing} lang=${lang}></ok-signatory-count>`,
      );
      await until(() => part(failed, 'error'), 'the error shows');
      expect(part(failed, 'retry')).to.exist;
      await expectAccessible(failed);
    }
  });

  it('counts up to a changed number after a refresh and announces it once', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { json: withSignatories(orgs(2)), etag: true });
    const el = await count(url, 'refresh="0.2" goal="60"');
    expect(number(el)).to.equal('2');
    const region = live(el);
    const announced: string[] = [];
    const shown = new Set<string>();
    new MutationObserver(() => announced.push(region.textContent!)).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    new MutationObserver(() => shown.add(number(el)!)).observe(part(el, 'number')!, {
      childList: true,
      characterData: true,
      subtree: true,
    });

    await serveFeed(key, { json: withSignatories(orgs(40)), etag: true });
    await until(() => number(el) === '40', 'the new number');
    // Counting up showed numbers between the old and the new one.
    expect([...shown].some((n) => Number(n) > 2 && Number(n) < 40)).to.be.true;
    const polls = (await requestLog(key)).length;
    await until(async () => (await requestLog(key)).length >= polls + 2, 'two more polls');
    expect(announced).to.deep.equal(['40 organisationer har skrivit under']);
    expect(live(el)).to.equal(region);
    expect((part(el, 'progress') as HTMLProgressElement).value).to.equal(40);
    await expectAccessible(el);
  });

  it('announces nothing when a refresh brings no change or the same number', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { json: withSignatories(orgs(3)), etag: true });
    const el = await count(url, 'refresh="0.2"');
    const region = live(el);
    const mutations: string[] = [];
    new MutationObserver(() => mutations.push(region.textContent!)).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    await until(async () => (await requestLog(key)).some((r) => r.status === 304), 'a 304');
    // A changed feed with the same number of signatories.
    await serveFeed(key, { json: withSignatories(orgs(3, { name: 'Nytt namn' })), etag: true });
    const loaded = new Promise((resolve) => el.addEventListener('ok-load', resolve, { once: true }));
    await loaded;
    await el.updateComplete;
    const polls = (await requestLog(key)).length;
    await until(async () => (await requestLog(key)).length >= polls + 1, 'one more poll');
    expect(mutations).to.deep.equal([]);
    expect(region.textContent).to.equal('');
    expect(number(el)).to.equal('3');
  });

  it('announces a new feed of the same agreement in the live region it had from the start', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const wrapper = await fixture(
      html`<ok-feed src=${feedUrl(withSignatories(orgs(5)))}
        ><ok-signatory-count lang="en"></ok-signatory-count
      ></ok-feed>`,
    );
    const el = wrapper.querySelector('ok-signatory-count')!;
    await el.updateComplete;
    const region = live(el);
    expect(region.textContent!.trim()).to.equal('');
    await ready(el);
    expect(live(el)).to.equal(region);
    (wrapper as HTMLElement & { src: string }).src = feedUrl(withSignatories(orgs(6)));
    await until(() => number(el) === '6', 'the new number');
    expect(live(el)).to.equal(region);
    expect(region.textContent!.trim()).to.equal('6 organisations have signed');
  });

  it('announces nothing when the page switches sector or agreement', async () => {
    const feed = withSignatories([...orgs(3), { id: 'p', name: 'P', sector: 'public' }]);
    const el = await count(feedUrl(feed));
    expect(number(el)).to.equal('4');
    el.sector = 'public';
    await el.updateComplete;
    expect(number(el)).to.equal('1');
    expect(label(el)).to.equal('offentlig organisation har skrivit under');
    el.src = feedUrl({ ...feed, agreement: { id: 'other' }, signatories: orgs(9) });
    el.sector = '';
    await until(() => number(el) === '9', 'the other agreement');
    expect(live(el).textContent!.trim()).to.equal('');
  });

  it('jumps to the new number without counting under reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const key = uniqueKey();
    const url = await serveFeed(key, { json: withSignatories(orgs(2)), etag: true });
    const el = await count(url, 'refresh="0.2" lang="en"');
    const shown: string[] = [];
    new MutationObserver(() => shown.push(number(el)!)).observe(part(el, 'number')!, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    await serveFeed(key, { json: withSignatories(orgs(30)), etag: true });
    await until(() => live(el).textContent !== '', 'the announcement');
    expect(live(el).textContent!.trim()).to.equal('30 organisations have signed');
    await el.updateComplete;
    expect(shown).to.deep.equal(['30']);
  });

  it('keeps the number with a quiet stale hint when a refresh fails', async () => {
    const key = uniqueKey();
    const url = await serveFeed(key, { json: withSignatories(orgs(7)), etag: true });
    const el = await count(url, 'refresh="0.2" goal="10"');
    await serveFeed(key, { status: 500, body: '' });
    await until(() => part(el, 'stale'), 'the stale hint');
    expect(number(el)).to.equal('7');
    expect(live(el).textContent).to.equal('');
    const hint = getComputedStyle(part(el, 'stale')!);
    expect(parseFloat(hint.fontSize)).to.be.below(parseFloat(getComputedStyle(part(el, 'label')!).fontSize));
    await expectAccessible(el);
  });

  it('wraps unbreakable text inside a 320 px container', async () => {
    const wrapper = await fixture(
      html`<div style="width: 320px">
        <ok-signatory-count
          src=${feedUrl(unbrokenFeed())}
          goal="10"
          chart
          label=${UNBROKEN.word}
        ></ok-signatory-count>
      </div>`,
    );
    const el = await ready(wrapper.querySelector('ok-signatory-count')!);
    await until(() => part(el, 'chart'), 'the chart loads');
    expect(overflows(el)).to.deep.equal([]);
  });
});
