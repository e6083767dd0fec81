import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  expectAccessible,
  feedUrl,
  heard,
  overflows,
  releaseFeed,
  sampleFeed,
  serveFeed,
  unbrokenFeed,
  uniqueKey,
  until,
} from '../../../tests/helpers.js';
import './define.js';
import { nameKey, sortByName } from './rows.js';
import type { OkSignatoryList } from './signatory-list.js';

const SIGNATORIES = [
  {
    id: 'a',
    name: 'Rädda Barnen Halland',
    sector: 'civil',
    kind: 'Förening',
    municipality: 'Halmstad',
    signedAt: '2019-05-14',
    url: 'https://example.org/rb',
  },
  {
    id: 'b',
    name: 'Malmö stad',
    sector: 'public',
    kind: { sv: 'Kommun', en: 'Municipality' },
    municipality: 'Malmö',
    signedAt: '2020-02-01',
  },
  {
    id: 'c',
    name: 'Elevrådet Varberg',
    sector: 'civil',
    kind: 'Förening',
    municipality: 'Varberg',
    signedAt: '2020-09-30',
  },
  { id: 'd', name: 'Studieförbundet Vuxenskolan', sector: 'other', signedAt: '2021-01-15' },
  {
    id: 'x',
    name: 'Gamla föreningen',
    sector: 'civil',
    municipality: 'Kungsbacka',
    signedAt: '2019-05-14',
    leftAt: '2022-03-01',
  },
];

const root = (el: Element) => el.shadowRoot!;
const names = (el: Element, scope = '') =>
  [...root(el).querySelectorAll(`${scope} li .name`)].map((n) => n.textContent!.trim());
const summary = (el: Element) =>
  root(el).querySelector('[part=summary]')!.textContent!.replace(/\s+/g, ' ').trim();
const headings = (el: Element) =>
  [...root(el).querySelectorAll('[part=group-heading]')].map((h) =>
    h.textContent!.replace(/\s+/g, ' ').trim(),
  );

/** True once the virtualizer places the rows (the rows shown while it loads are not placed). */
const virtualized = (el: Element) =>
  root(el).querySelector<HTMLElement>('.virtual li')?.style.position === 'absolute';

/**
 * Waits until a long list is virtual. The first long list downloads the virtualizer, which then
 * downloads its layout: on a loaded machine each step gets the whole allowance, and a failure says
 * which one stalled.
 */
async function virtualRows(el: Element) {
  await until(() => customElements.get('ok-virtual-rows'), 'the virtualizer downloads');
  await until(() => virtualized(el), 'the virtualizer lays out the rows');
}

async function list(attrs: Partial<OkSignatoryList> = {}, signatories: unknown[] = SIGNATORIES, lang = 'sv') {
  const el = await fixture<OkSignatoryList>(
    html`<ok-signatory-list lang=${lang} src=${feedUrl(sampleFeed({ signatories }))}></ok-signatory-list>`,
  );
  Object.assign(el, attrs);
  await until(() => root(el).querySelector('[part=summary], [part=empty]'), 'the list renders');
  await el.updateComplete;
  return el;
}

/** Types `text` into the search box, replacing what is there. */
async function type(el: OkSignatoryList, text: string) {
  const input = root(el).querySelector('input')!;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await el.updateComplete;
}

/** Waits for the live count to say `text` (it follows the search once typing pauses). */
const says = (el: Element, text: string) => until(() => summary(el) === text, `the count says "${text}"`);

describe('<ok-signatory-list>', () => {
  it('lists current signatories in Swedish order with their details, and is accessible', async () => {
    const el = await list();
    expect(names(el)).to.deep.equal([
      'Elevrådet Varberg',
      'Malmö stad',
      'Rädda Barnen Halland',
      'Studieförbundet Vuxenskolan',
    ]);
    expect(summary(el)).to.equal('4 undertecknare');
    const first = root(el).querySelector('li')!;
    expect(first.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Idéburen Förening Varberg Undertecknade 2020-09-30',
    );
    expect(first.getAttribute('aria-setsize')).to.equal('4');
    expect(first.getAttribute('aria-posinset')).to.equal('1');
    expect(root(el).querySelector('a')!.href).to.equal('https://example.org/rb');
    expect(root(el).querySelector('img')).to.equal(null);
    await expectAccessible(el);
  });

  it('lists former signatories apart with show-former', async () => {
    const el = await list({ showFormer: true });
    expect(summary(el)).to.equal('4 undertecknare');
    expect(names(el, '[part=former]')).to.deep.equal(['Gamla föreningen']);
    expect(headings(el)).to.deep.equal(['Tidigare undertecknare (1)']);
    expect(root(el).querySelector('[part=former]')!.textContent).to.contain('Lämnade 2022-03-01');
    await expectAccessible(el);
  });

  it('shows one sector with the sector attribute', async () => {
    const el = await list({ sector: 'civil' });
    expect(names(el)).to.deep.equal(['Elevrådet Varberg', 'Rädda Barnen Halland']);
    expect(summary(el)).to.equal('2 undertecknare');
  });

  it('groups by sector, kind, municipality and year with headings and counts', async () => {
    const el = await list({ groupBy: 'sector' });
    expect(headings(el)).to.deep.equal([
      'Idéburna organisationer (2)',
      'Offentliga organisationer (1)',
      'Övriga (1)',
    ]);
    await expectAccessible(el);
    el.groupBy = 'kind';
    await el.updateComplete;
    expect(headings(el)).to.deep.equal(['Förening (2)', 'Kommun (1)', 'Uppgift saknas (1)']);
    el.groupBy = 'municipality';
    await el.updateComplete;
    expect(headings(el)).to.deep.equal(['Halmstad (1)', 'Malmö (1)', 'Varberg (1)', 'Uppgift saknas (1)']);
    el.groupBy = 'year';
    await el.updateComplete;
    expect(headings(el)).to.deep.equal(['2019 (1)', '2020 (2)', '2021 (1)']);
    expect(names(el, 'section:nth-of-type(2)')).to.deep.equal(['Elevrådet Varberg', 'Malmö stad']);
  });

  it('fits its group headings to the page outline with heading-level', async () => {
    const el = await list({ groupBy: 'sector', showFormer: true });
    const levels = () => [...root(el).querySelectorAll('[part=group-heading]')].map((h) => h.localName);
    expect(levels()).to.deep.equal(['h3', 'h3', 'h3', 'h3']);
    el.setAttribute('heading-level', '2');
    await el.updateComplete;
    expect(levels()).to.deep.equal(['h2', 'h2', 'h2', 'h2']);
    el.setAttribute('heading-level', '5');
    await el.updateComplete;
    expect(levels()).to.deep.equal(['h5', 'h5', 'h5', 'h5']);
    expect(getComputedStyle(root(el).querySelector('h5')!).fontSize).to.equal(getComputedStyle(el).fontSize);
    await expectAccessible(el);
    el.setAttribute('heading-level', '<script>');
    await el.updateComplete;
    expect(levels()).to.deep.equal(['h3', 'h3', 'h3', 'h3']);
  });

  it('sorts with Swedish collation: Å, Ä and Ö after Z', async () => {
    const el = await list(
      {},
      ['Örnen', 'Zeta', 'Åby IF', 'Alfa', 'Ängen', 'Omega'].map((name, i) => ({
        id: `n${i}`,
        name,
        sector: 'civil',
      })),
    );
    expect(names(el)).to.deep.equal(['Alfa', 'Omega', 'Zeta', 'Åby IF', 'Ängen', 'Örnen']);
  });

  it('sorts by its keys exactly as the Swedish collator sorts, and leaves other names to it', () => {
    const names = [
      ...['Örnen', 'Zeta', 'Åby IF', 'Alfa', 'Ängen', 'Omega', 'öster', 'ÖSTER', 'Öster'],
      ...['IK 9', 'IK 10', 'IK 100', 'IK9', 'ik 10a', 'IK 10 B', 'IK 007', 'IK 0', 'IK 2'],
      ...['a', 'A', 'a b', 'ab', 'a1', 'a 1', 'aa', 'v', 'w', 'Vänner', 'Wendela', 'y', 'ü'],
      ...['Éva', 'Eva', 'Anna-Karin', 'anna karin', 'Anna Karin', 'Ærø', '', ' ', '1', '99999999999999999'],
    ];
    // Every order of the list sorts to the collator's order.
    const collator = new Intl.Collator('sv', { numeric: true });
    const expected = [...names].sort(collator.compare);
    for (const start of [names, [...names].reverse(), names.map((_, i) => names[(i * 7) % names.length]!)]) {
      expect(sortByName(start, (n) => n)).to.deep.equal(expected);
    }
    expect(nameKey('Éva')).to.equal(undefined);
    expect(nameKey('IK 007')).to.equal(undefined);
    expect(nameKey('Åby IF 12')).to.be.a('string');
  });

  it('searches name, kind and municipality ignoring case and accents, and announces the count', async () => {
    const el = await list({ searchable: true });
    const input = root(el).querySelector('input')!;
    expect(input.labels![0]!.textContent!.trim()).to.equal('Sök på namn, typ eller kommun');
    await type(el, 'malmo');
    expect(names(el)).to.deep.equal(['Malmö stad']);
    await says(el, '1 träff bland 4 undertecknare');
    await type(el, 'ELEV');
    expect(names(el)).to.deep.equal(['Elevrådet Varberg']);
    await type(el, 'förening');
    expect(names(el)).to.deep.equal(['Elevrådet Varberg', 'Rädda Barnen Halland']);
    await says(el, '2 träffar bland 4 undertecknare');
    await type(el, 'halmstad');
    expect(names(el)).to.deep.equal(['Rädda Barnen Halland']);
    await type(el, 'RADDA barn');
    expect(names(el)).to.deep.equal(['Rädda Barnen Halland']);
    await type(el, 'zzz');
    expect(names(el)).to.deep.equal([]);
    await says(el, 'Inga undertecknare matchar ”zzz”.');
    await expectAccessible(el);
    await type(el, '');
    expect(names(el)).to.have.length(4);
  });

  it('moves by keyboard from the search box to the results', async () => {
    const el = await list({ searchable: true });
    await type(el, 'rädda');
    expect(root(el).querySelector('ul')).to.exist;
    await sendKeys({ press: 'Tab' });
    expect(heard(root(el).activeElement!), 'first the sector filter').to.equal('Alla (1)');
    for (let chip = 0; chip < 4; chip++) await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement!.textContent).to.equal('Rädda Barnen Halland');
    await type(el, 'zzz');
    expect(root(el).querySelector('ul'), 'no empty list without hits').to.equal(null);
  });

  it('keeps quiet without a search box: a refreshed total is not announced', async () => {
    const el = await list();
    expect(root(el).querySelectorAll('[role=status], [aria-live]')).to.have.length(0);
  });

  it('announces the count once when typing pauses, not at every keystroke', async () => {
    const el = await list({ searchable: true });
    const status = root(el).querySelector('[part=summary][role=status]')!;
    expect(status.closest('[aria-live=off]')).to.equal(null);
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(summary(el)));
    observer.observe(status, { subtree: true, childList: true, characterData: true });
    // Seven keystrokes, each rendered, in one task: on a busy machine, keys sent one by one can
    // arrive after a pause, but no timer runs between these.
    const input = root(el).querySelector('input')!;
    for (let end = 1; end <= 'varberg'.length; end++) {
      input.value = 'varberg'.slice(0, end);
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
    }
    expect(names(el), 'the list follows at once').to.deep.equal(['Elevrådet Varberg']);
    await says(el, '1 träff bland 4 undertecknare');
    await el.updateComplete;
    observer.disconnect();
    expect([...new Set(changes)]).to.deep.equal(['1 träff bland 4 undertecknare']);
  });

  it('keeps focus on the same signatory when a refresh adds one above it', async () => {
    const key = uniqueKey();
    const withUrls = SIGNATORIES.map((s) => ({ ...s, url: `https://example.org/${s.id}` }));
    const src = await serveFeed(key, { json: sampleFeed({ signatories: withUrls }), etag: true });
    const el = await fixture<OkSignatoryList>(
      html`<ok-signatory-list src=${src} refresh="0.2"></ok-signatory-list>`,
    );
    await until(() => names(el).length === 4, 'the list renders');
    const link = [...root(el).querySelectorAll('a')].find((a) => a.textContent === 'Malmö stad')!;
    link.focus();
    const added = { id: 'new', name: 'Alingsås förening', sector: 'civil', url: 'https://example.org/new' };
    await serveFeed(key, { json: sampleFeed({ signatories: [added, ...withUrls] }), etag: true });
    await until(() => names(el).length === 5, 'the refreshed list');
    expect(root(el).activeElement?.textContent).to.equal('Malmö stad');
  });

  it('shows logos lazily in the grid, and a quiet card without a stand-in where there is none or it fails', async () => {
    const logoKey = uniqueKey('logo');
    const logo = await serveFeed(logoKey, { status: 404, body: '', hold: true });
    const el = await list({ layout: 'grid' }, [
      { id: 'a', name: 'Rädda Barnen Halland', sector: 'civil', logo: new URL(logo, location.href).href },
      { id: 'b', name: 'Malmö stad', sector: 'public' },
      { id: 'c', name: 'Autism- och Aspergerförbundet', sector: 'civil', logo: 'javascript:alert(1)' },
    ]);
    const cards = [...root(el).querySelectorAll('li')];
    const img = root(el).querySelector('img')!;
    expect(cards[2]!.contains(img), 'the logo in its card').to.be.true;
    expect(img.alt, 'the name beside it says who it is').to.equal('');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(cards[0]!.querySelector('[part=logo]'), 'no tile without a logo').to.equal(null);
    expect(cards[1]!.querySelector('[part=logo]')).to.equal(null);
    const top = (card: Element) =>
      card.querySelector('.name')!.getBoundingClientRect().top - card.getBoundingClientRect().top;
    expect(top(cards[0]!), 'a card without logo starts with its name').to.be.below(16);
    expect(top(cards[2]!), 'a card with one, with its logo').to.be.above(50);
    await releaseFeed(logoKey);
    await until(() => !root(el).querySelector('img'), 'the broken logo is left out');
    expect(root(el).querySelectorAll('[part=logo]')).to.have.length(0);
    await expectAccessible(el);
  });

  it('shows 48 signatories at 360 px as a compact list, not a column of cards', async () => {
    const signatories = Array.from({ length: 48 }, (_, i) => ({
      id: `s${i}`,
      name: `${['Naturskyddsföreningen', 'Rädda Barnen', 'Studieförbundet Vuxenskolan'][i % 3]} ${i + 1}`,
      sector: ['civil', 'public', 'other'][i % 3],
      kind: 'Förening',
      municipality: 'Halmstad',
      signedAt: '2019-05-14',
      ...(i % 4 ? {} : { logo: new URL('/demo/feeds/logos/rb-halland.svg', location.href).href }),
    }));
    const wrapper = await fixture(
      html`<div style="width: 360px">
        <ok-signatory-list layout="grid" src=${feedUrl(sampleFeed({ signatories }))}></ok-signatory-list>
      </div>`,
    );
    const el = wrapper.querySelector('ok-signatory-list')!;
    await until(() => root(el).querySelectorAll('li').length === 48, 'every signatory shown');
    // A column of 48 cards was over 8,000 px; a compact row is a list row's height. Logos have a set
    // size, so their loading (lazy, below the fold) changes nothing here.
    expect(el.getBoundingClientRect().height).to.be.below(4800);
    const row = root(el).querySelector('li:has(img)')!;
    const [logo, name] = [row.querySelector('img')!, row.querySelector('.name')!].map((n) =>
      n.getBoundingClientRect(),
    );
    expect(name!.left, 'the name beside its logo').to.be.at.least(logo!.right);
    expect(getComputedStyle(row).borderTopWidth, 'a row, not a boxed card').to.equal('0px');
    const wide = await fixture(
      html`<div style="width: 900px">
        <ok-signatory-list layout="grid" src=${feedUrl(sampleFeed({ signatories }))}></ok-signatory-list>
      </div>`,
    );
    const cards = wide.querySelector('ok-signatory-list')!;
    await until(() => root(cards).querySelectorAll('li').length === 48, 'every card shown');
    expect(getComputedStyle(root(cards).querySelector('li')!).borderTopWidth, 'cards when wide').to.equal(
      '1px',
    );
    await expectAccessible(el);
  });

  it('hyphenates names as Swedish and separates details with a dot', async () => {
    for (const lang of ['sv', 'en']) {
      const el = await list({ layout: 'grid' }, SIGNATORIES, lang);
      const name = root(el).querySelector<HTMLElement>('li .name')!;
      expect(getComputedStyle(name).hyphens).to.equal('auto');
      expect(name.closest('[lang]')!.getAttribute('lang'), 'names are Swedish').to.equal('sv');
      const details = [...root(el).querySelectorAll('li')[1]!.querySelectorAll('.meta > span')];
      expect(details.map((d) => d.textContent!.trim())).to.have.length(4);
      expect(details.map((d) => getComputedStyle(d, '::after').content)).to.deep.equal([
        '"·" / ""',
        '"·" / ""',
        '"·" / ""',
        'none',
      ]);
    }
  });

  it('leaves out of each row what its group heading or the filter says', async () => {
    const detail = (el: Element) =>
      [...root(el).querySelectorAll('li .meta')].map((m) => m.textContent!.replace(/\s+/g, ' ').trim());
    const bySector = await list({ groupBy: 'sector' });
    expect(root(bySector).querySelector('[part=sector]')).to.equal(null);
    expect(detail(bySector)[0]).to.equal('Förening Varberg Undertecknade 2020-09-30');
    const byKind = await list({ groupBy: 'kind' });
    expect(detail(byKind)[0]).to.equal('Idéburen Varberg Undertecknade 2020-09-30');
    const byPlace = await list({ groupBy: 'municipality' });
    expect(detail(byPlace)[0]).to.equal('Idéburen Förening Undertecknade 2019-05-14');
    const fixed = await list({ sector: 'civil' });
    expect(root(fixed).querySelector('[part=sector]')).to.equal(null);
    const all = await list();
    expect(root(all).querySelectorAll('[part=sector]')).to.have.length(4);
  });

  it('filters by sector with chips that count the hits', async () => {
    const el = await list({ searchable: true });
    const chips = () => [...root(el).querySelectorAll<HTMLButtonElement>('[part=chip]')].map(heard);
    const pressed = () => [...root(el).querySelectorAll('[part=chip][aria-pressed=true]')].map(heard);
    expect(root(el).querySelector('[part=filter]')!.getAttribute('aria-label')).to.equal('Visa sektor');
    expect(chips()).to.deep.equal(['Alla (4)', 'Idéburna (2)', 'Offentliga (1)', 'Övriga (1)']);
    expect(pressed()).to.deep.equal(['Alla (4)']);
    root(el).querySelectorAll<HTMLButtonElement>('[part=chip]')[1]!.click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Elevrådet Varberg', 'Rädda Barnen Halland']);
    expect(summary(el)).to.equal('2 undertecknare');
    expect(root(el).querySelector('[part=sector]'), 'the chip says the sector').to.equal(null);
    await type(el, 'malm');
    expect(chips(), 'counts follow the search').to.deep.equal([
      'Alla (1)',
      'Idéburna (0)',
      'Offentliga (1)',
      'Övriga (0)',
    ]);
    expect(names(el)).to.deep.equal([]);
    await expectAccessible(el);
    root(el).querySelectorAll<HTMLButtonElement>('[part=chip]')[0]!.click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Malmö stad']);
    const fixed = await list({ sector: 'public' });
    expect(root(fixed).querySelector('[part=filter]'), 'no filter where the page fixed the sector').to.equal(
      null,
    );
    const one = await list({}, [SIGNATORIES[0], SIGNATORIES[2]]);
    expect(root(one).querySelector('[part=filter]'), 'no filter with one sector').to.equal(null);
    const en = await list({}, SIGNATORIES, 'en');
    expect([...root(en).querySelectorAll('[part=chip]')].map(heard)).to.deep.equal([
      'All (4)',
      'Civil society (2)',
      'Public sector (1)',
      'Other (1)',
    ]);
  });

  it('skips broken signatories and ignores an unknown sector attribute', async () => {
    const el = await list({ sector: 'nonsense' as never }, [
      { id: 'a', sector: 'civil' },
      { id: 'b', name: 'Fel sektor', sector: 'private' },
      { id: 'c', name: 'Hel förening', sector: 'civil', signedAt: '14 maj 2019' },
      { id: 'd', name: 'Riktig förening', sector: 'civil' },
    ]);
    expect(names(el)).to.deep.equal(['Riktig förening']);
    expect(summary(el)).to.equal('1 undertecknare');
  });

  it('links only safe URLs and shows markup in names as text', async () => {
    const el = await list({}, [
      { id: 'a', name: '<img src=x onerror=alert(1)>', sector: 'civil', url: 'javascript:alert(1)' },
      { id: 'b', name: 'Data', sector: 'civil', url: 'data:text/html,hi' },
    ]);
    expect(root(el).querySelector('a')).to.equal(null);
    expect(root(el).querySelector('li img')).to.equal(null);
    expect(names(el)).to.include('<img src=x onerror=alert(1)>');
  });

  it('renders only part of a long list, yet reports the total', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({
      id: `s${i}`,
      name: `Förening ${String(i).padStart(4, '0')}`,
      sector: i % 3 ? 'civil' : 'public',
      municipality: i % 2 ? 'Halmstad' : 'Varberg',
    }));
    const el = await list({ searchable: true }, many);
    await virtualRows(el);
    const items = root(el).querySelectorAll('li');
    expect(items.length).to.be.above(0).and.below(200);
    expect(items[0]!.getAttribute('aria-setsize')).to.equal('5000');
    expect(summary(el)).to.match(/^5\s000 undertecknare$/);
    expect(root(el).querySelector('[role=region]')!.getAttribute('aria-label')).to.equal('Undertecknare');
    await expectAccessible(el);
    el.layout = 'grid';
    await until(
      () => root(el).querySelector<HTMLElement>('.virtual.grid li')?.style.height,
      'cards of one size',
    );
    el.layout = 'list';
    await until(() => virtualized(el) && !root(el).querySelector('.grid'), 'back to rows');
    expect(root(el).querySelector<HTMLElement>('li')!.style.height, 'no card height left behind').to.equal(
      '',
    );
    const scroller = root(el).querySelector('.scroller')!;
    // The virtualizer learns the rows' real heights as they render; keep scrolling to the end.
    await until(() => {
      scroller.scrollTop = scroller.scrollHeight;
      return root(el).querySelector('li[aria-posinset="5000"]');
    }, 'the last rows render on scrolling');
    expect(root(el).querySelector('li[aria-posinset="1"]')).to.equal(null);
    expect(names(el)).to.include('Förening 4999');
    await type(el, '0001');
    expect(names(el)).to.deep.equal(['Förening 0001']);
    expect(root(el).querySelector('.virtual')).to.equal(null);
    await type(el, '');
    await until(() => virtualized(el), 'long again: virtual again');
    expect(root(el).querySelectorAll('li').length).to.be.above(0).and.below(200);
  });

  it('prints every row of a long list, and is virtual again after printing', async () => {
    const many = Array.from({ length: 400 }, (_, i) => ({
      id: `s${i}`,
      name: `Förening ${i}`,
      sector: 'civil',
    }));
    const el = await list({}, many);
    await virtualRows(el);
    dispatchEvent(new Event('beforeprint'));
    await until(() => root(el).querySelectorAll('li').length === 400, 'every row before printing');
    expect(root(el).querySelector('.scroller'), 'no scrolling box on paper').to.equal(null);
    dispatchEvent(new Event('afterprint'));
    await until(() => virtualized(el), 'virtual again after printing');
  });

  it('lets the keyboard reach every row of a long list and keeps focus when its row scrolls away', async () => {
    const many = Array.from({ length: 400 }, (_, i) => ({
      id: `s${i}`,
      name: `Förening ${String(i).padStart(3, '0')}`,
      sector: 'civil',
      url: `https://example.org/${i}`,
    }));
    const el = await list({ searchable: true }, many);
    await virtualRows(el);
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    root(el).querySelector('input')!.focus();
    await sendKeys({ press: 'Tab' });
    const focused = () => root(el).activeElement;
    expect(focused() === scroller, 'the region scrolls by keyboard').to.be.true;
    // Tab by Tab past the rows rendered at first: each focused row scrolls in and brings the next.
    for (let i = 0; i < 80; i++) {
      await sendKeys({ press: 'Tab' });
      const name = `Förening ${String(i).padStart(3, '0')}`;
      await until(
        () => focused()?.textContent === name && root(el).querySelector(`li[aria-posinset="${i + 2}"]`),
        `${name} has focus and the next row is there`,
      );
    }
    expect(root(el).activeElement!.textContent).to.equal('Förening 079');
    // The focus ring (3px, 2px away) is not cut off by the scrolling region's edge.
    const ring = root(el).activeElement!.getBoundingClientRect().left - 5;
    expect(ring).to.be.at.least(scroller.getBoundingClientRect().left);
    scroller.scrollTop = scroller.scrollHeight;
    await until(() => !root(el).querySelector('li[aria-posinset="80"]'), 'the focused row is recycled');
    await until(() => focused() === scroller, 'focus stays in the list, not back at the page start');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement!.closest('li')).to.exist;
    // Focus the user took elsewhere is not pulled back when the row it left scrolls away.
    (root(el).activeElement as HTMLElement).blur();
    await el.updateComplete;
    scroller.scrollTop = 0;
    await until(() => root(el).querySelector('li[aria-posinset="1"]'), 'back at the top');
    await el.updateComplete;
    expect(root(el).activeElement === null, 'no focus taken').to.be.true;
  });

  it('shows a new search from its first hit, wherever the long list was scrolled', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({
      id: `s${i}`,
      name: `Förening ${String(i).padStart(4, '0')}`,
      sector: 'civil',
    }));
    const el = await list({ searchable: true }, many);
    await virtualRows(el);
    const scroller = root(el).querySelector('.scroller')!;
    await until(() => {
      scroller.scrollTop = scroller.scrollHeight;
      return root(el).querySelector('li[aria-posinset="3000"]');
    }, 'the end of the list');
    await type(el, '1');
    await until(() => root(el).querySelector('li[aria-posinset="1"]'), 'the first hit shows');
    expect(names(el)[0]).to.equal('Förening 0001');
  });

  it('groups a long list and keeps it virtual', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({
      id: `s${i}`,
      name: `Förening ${i}`,
      sector: 'civil',
      signedAt: `${2019 + (i % 3)}-05-14`,
    }));
    const el = await list({ groupBy: 'year' }, many);
    await virtualRows(el);
    expect(headings(el)).to.deep.equal(['2019 (1 000)', '2020 (1 000)', '2021 (1 000)']);
    expect(root(el).querySelectorAll('li').length).to.be.below(300);
    expect(root(el).querySelector('li')!.getAttribute('aria-setsize')).to.equal('1000');
  });

  it('speaks English with lang="en"', async () => {
    const el = await list({ groupBy: 'sector', searchable: true, showFormer: true }, SIGNATORIES, 'en');
    expect(headings(el)).to.deep.equal([
      'Civil society organisations (2)',
      'Public sector organisations (1)',
      'Other organisations (1)',
      'Former signatories (1)',
    ]);
    expect(summary(el)).to.equal('4 signatories');
    expect(root(el).querySelector('li')!.textContent).to.contain('Signed 2020-09-30');
    expect(root(el).textContent).to.contain('Municipality');
    await expectAccessible(el);
    await type(el, 'nothing');
    await says(el, 'No signatories match “nothing”.');
    await expectAccessible(el);
    el.layout = 'grid';
    await el.updateComplete;
    await expectAccessible(el);
  });

  for (const lang of ['sv', 'en']) {
    it(`is accessible while loading, on error and when empty (${lang})`, async () => {
      const slow = await serveFeed(uniqueKey(), { json: sampleFeed(), hold: true });
      const loading = await fixture(html`<ok-signatory-list lang=${lang} src=${slow}></ok-signatory-list>`);
      expect(root(loading).querySelector('[part=skeleton]')).to.exist;
      await expectAccessible(loading);

      const missing = await serveFeed(uniqueKey(), { status: 404, body: '' });
      const error = await fixture(html`<ok-signatory-list lang=${lang} src=${missing}></ok-signatory-list>`);
      await until(() => root(error).querySelector('[part=error]'), 'the error shows');
      await expectAccessible(error);

      const empty = await list({}, [{ id: 'x', name: 'Gone', sector: 'civil', leftAt: '2020-01-01' }], lang);
      expect(root(empty).querySelector('[part=empty]')!.textContent).to.equal(
        lang === 'sv' ? 'Det finns inga undertecknare att visa.' : 'There are no signatories to show.',
      );
      await expectAccessible(empty);
    });
  }

  for (const layout of ['list', 'grid']) {
    it(`wraps unbreakable feed text in a 320 px ${layout}`, async () => {
      const wrapper = await fixture(
        html`<div style="width: 320px">
          <ok-signatory-list
            src=${feedUrl(unbrokenFeed())}
            layout=${layout}
            group-by="kind"
            searchable
          ></ok-signatory-list>
        </div>`,
      );
      const el = wrapper.querySelector('ok-signatory-list')!;
      await until(() => names(el).length === 3, 'the list renders');
      expect(overflows(el)).to.deep.equal([]);
    });
  }
});
