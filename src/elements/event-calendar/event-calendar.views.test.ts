import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  expectAccessible,
  feedUrl,
  heard,
  overflows,
  releaseFeed,
  serveFeed,
  unbrokenFeed,
  uniqueKey,
  until,
} from '../../../tests/helpers.js';
import type { OkEventCalendar } from './event-calendar.js';
import { $, $$, calendar, daysWith, eventsFeed, focused } from './test-support.js';

const events = [
  {
    id: 'past',
    title: 'Vårkonferens',
    type: 'conference',
    start: '2024-03-14T09:00',
    end: '2024-03-14T16:00',
  },
  {
    id: 'sem',
    title: 'Seminarium om dialog',
    type: 'seminar',
    start: '2024-05-14T09:00:00+02:00',
    end: '2024-05-14T16:00:00+02:00',
    location: 'Stora salen',
    venueId: 'v1',
    onlineUrl: 'https://example.org/live',
    registrationUrl: 'https://example.org/anmalan',
    documentationUrl: 'javascript:alert(1)',
    description: '<img src=x onerror=alert(1)>\nAndra raden',
  },
  {
    id: 'sem2',
    title: 'Höstseminarium',
    type: 'seminar',
    start: '2024-06-03T13:00',
    end: '2024-06-03T15:00',
  },
  {
    id: 'own',
    title: 'Samverkan',
    type: 'samverkan',
    start: '2024-06-10',
    allDay: true,
    status: 'cancelled',
  },
];
const eventTypes = [
  { id: 'samverkan', name: { sv: 'Samverkansdag', en: 'Partnership day' }, color: '#123456' },
];
const src = () => eventsFeed(events, 'Europe/Stockholm', { eventTypes });
const listItems = (el: Element) =>
  $$(el, '.list li .ev').map((b) => b.textContent!.replace(/\s+/g, ' ').trim());

describe('ok-event-calendar list, filter and details', () => {
  it('lists upcoming events grouped by month, and past ones on request', async () => {
    const el = await calendar(src(), { view: 'list', today: '2024-05-01' });
    expect($$(el, '.list h3').map((h) => h.textContent)).to.deep.equal(['maj 2024', 'juni 2024']);
    expect(listItems(el)).to.deep.equal(['Seminarium om dialog', 'Höstseminarium', 'Inställt: Samverkan']);
    expect($(el, '.list .meta')!.textContent).to.equal(
      'tisdag 14 maj 2024, kl.\u00a09.00–16.00 · Seminarium',
    );
    await expectAccessible(el);
    const past = $(el, '.list > .chip')!;
    expect(past.getAttribute('aria-pressed')).to.equal('false');
    past.click();
    await el.updateComplete;
    expect(el.showPast).to.equal(true);
    expect(listItems(el)[0]).to.equal('Vårkonferens');
    expect($$(el, '.list h3')[0]!.textContent).to.equal('mars 2024');
    $(el, '.list .ev')!.click();
    el.showPast = false;
    await el.updateComplete;
    expect($(el, '.list > [part=details] #details-title')!.textContent, 'open but no longer listed').to.equal(
      'Vårkonferens',
    );
    await sendKeys({ press: 'Escape' });
    el.today = '2025-01-01';
    await el.updateComplete;
    expect($(el, '.none')!.textContent).to.equal('Inga kommande evenemang.');
    el.setAttribute('show-past', '');
    await el.updateComplete;
    expect(listItems(el)).to.have.length(4);
  });

  it('opens as a list in a narrow container and as a month when wide, with a visible switch', async () => {
    // An unknown view, as a careless page may write, counts as none.
    const wrapper = await fixture(
      html`<div style="width: 360px">
        <ok-event-calendar src=${src()} month="2024-05" view="grid"></ok-event-calendar>
      </div>`,
    );
    const el = wrapper.querySelector('ok-event-calendar')!;
    await until(() => $(el, '.list'), 'list on narrow');
    (wrapper as HTMLElement).style.width = '900px';
    await until(() => $(el, '[role=grid]'), 'month when wide');
    const [month, list] = $$(el, '[aria-label="Visning"] button');
    expect(month!.getAttribute('aria-pressed')).to.equal('true');
    list!.click();
    await until(() => $(el, '.list'), 'the list shows');
    expect(el.view).to.equal('list');
    expect(list!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('filters by type with chips that count, names and colours from the feed or built in', async () => {
    const el = await calendar(src(), { view: 'list', 'show-past': '', today: '2024-01-01' });
    const chips = () => $$(el, '.chips:first-child .chip');
    expect(chips().map((c) => heard(c))).to.deep.equal([
      'Alla (4)',
      'Samverkansdag (1)',
      'Konferens (1)',
      'Seminarium (2)',
    ]);
    expect(chips()[1]!.querySelector<HTMLElement>('.mark')!.style.getPropertyValue('--c')).to.equal(
      '#123456',
    );
    chips()[3]!.click();
    await el.updateComplete;
    expect(el.type).to.equal('seminar');
    expect(chips()[3]!.getAttribute('aria-pressed')).to.equal('true');
    expect(listItems(el)).to.deep.equal(['Seminarium om dialog', 'Höstseminarium']);
    el.setAttribute('type', 'conference');
    await el.updateComplete;
    expect(listItems(el)).to.deep.equal(['Vårkonferens']);
    el.lang = 'en';
    await el.updateComplete;
    expect(chips()[1]!.textContent).to.contain('Partnership day');
    expect(chips()[2]!.textContent).to.contain('Conference');
    el.view = 'month';
    el.month = '2024-05';
    el.type = 'seminar';
    await el.updateComplete;
    expect(daysWith(el, 'Seminarium om dialog')).to.deep.equal(['2024-05-14']);
    el.type = 'conference';
    await el.updateComplete;
    expect(daysWith(el, 'Seminarium om dialog')).to.deep.equal([]);
  });

  it('names types whose ids are names every object has by their ids', async () => {
    const ids = ['constructor', 'toString', '__proto__', 'hasOwnProperty'];
    const src = eventsFeed(
      ids.map((type, i) => ({ id: `e${i}`, title: `T${i}`, type, start: '2024-03-05' })),
    );
    const el = await calendar(src, { view: 'list', 'show-past': '', today: '2024-01-01' });
    const chips = $$(el, '.chips:first-child .chip');
    expect(chips.map((c) => heard(c))).to.have.members([
      'Alla (4)',
      'constructor (1)',
      'toString (1)',
      '__proto__ (1)',
      'hasOwnProperty (1)',
    ]);
    expect(
      chips.some((c) => c.querySelector('.mark')),
      'no colour from an inherited property',
    ).to.equal(false);
    expect(el.shadowRoot!.textContent).not.to.contain('native code');
  });

  it('shows the chosen event’s details, fires ok-event-select, and Escape returns focus', async () => {
    const el = await calendar(src(), { view: 'month', month: '2024-05', today: '2024-05-01' });
    let fired = 0;
    el.addEventListener('ok-event-select', () => fired++);
    el.type = 'seminar';
    el.month = '2024-06';
    el.view = 'list';
    el.view = 'month';
    el.month = '2024-05';
    await el.updateComplete;
    expect(fired, 'no event for changes from code').to.equal(0);
    const entry = $$(el, '.ev').find((b) => b.textContent!.includes('Seminarium om dialog'))!;
    const chosen = oneEvent(el, 'ok-event-select');
    entry.click();
    expect((await chosen).detail).to.deep.equal({ id: 'sem' });
    await el.updateComplete;
    const details = $(el, '[part=details]')!;
    await until(() => focused(el) === details, 'focus');
    expect($(el, '#details-title')!.textContent).to.equal('Seminarium om dialog');
    const dd = [...details.querySelectorAll('dd')].map((d) => d.textContent!.replace(/\s+/g, ' ').trim());
    expect(dd).to.deep.equal([
      'Seminarium',
      'tisdag 14 maj 2024, kl. 9.00–16.00',
      'Stora salen, Folkets hus',
    ]);
    const description = details.querySelector('.description')!;
    expect(description.textContent).to.equal('<img src=x onerror=alert(1)>\nAndra raden');
    expect(description.querySelector('img')).to.equal(null);
    const links = [...details.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Delta digitalt', 'https://example.org/live'],
      ['Anmälan', 'https://example.org/anmalan'],
    ]);
    await expectAccessible(el);
    await sendKeys({ press: 'Escape' });
    await until(() => !$(el, '[part=details]'), 'the details close');
    await until(() => focused(el) === entry, 'focus');
    expect(fired).to.equal(1);
  });

  it('closes its details with Escape inside a modal dialog of the page, which stays open', async () => {
    const dialog = await fixture<HTMLDialogElement>(
      html`<dialog>
        <ok-event-calendar src=${src()} view="list" today="2024-05-01"></ok-event-calendar>
      </dialog>`,
    );
    let escapes = 0;
    document.addEventListener('keydown', (e) => e.key === 'Escape' && escapes++, { once: true });
    dialog.showModal();
    const el = dialog.querySelector('ok-event-calendar')!;
    await until(() => $(el, '.list .ev'), 'the list shows its events');
    $(el, '.list .ev')!.click();
    await until(() => focused(el) === $(el, '[part=details]'), 'focus on the details');
    await sendKeys({ press: 'Escape' });
    await until(() => !$(el, '[part=details]'), 'the details close');
    expect(dialog.open).to.equal(true);
    expect(escapes, 'the page does not hear it').to.equal(0);
    dialog.close();
  });

  it('shows details in English, all-day spans and the close button', async () => {
    const el = await calendar(
      eventsFeed([
        {
          id: 'a',
          title: 'Tre dagar',
          start: '2024-05-14',
          end: '2024-05-16',
          allDay: true,
          status: 'postponed',
        },
      ]),
      { view: 'list', today: '2024-05-01', lang: 'en' },
    );
    const entry = $(el, '.list .ev')!;
    entry.click();
    await el.updateComplete;
    expect(entry.parentElement!.querySelector('[part=details]'), 'under the chosen entry').to.exist;
    expect(getComputedStyle($(el, '#details-title')!).textTransform, 'a title as written').to.equal('none');
    await expectAccessible(el);
    const dd = [...$(el, '[part=details]')!.querySelectorAll('dd')].map((d) =>
      d.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(dd, 'no repeat of the time the entry shows').to.deep.equal(['Other · Postponed']);
    expect($(el, '.list .meta')!.textContent).to.match(
      /^Tuesday,? 14 May 2024 – Thursday,? 16 May 2024 · Other$/,
    );
    [...$$(el, '[part=details] .button')].find((b) => b.textContent!.trim() === 'Close')!.click();
    await until(() => !$(el, '[part=details]'), 'the details close');
    await until(() => focused(el) === entry, 'focus');
  });

  it('shows timed events in the agreement’s zone in the details', async () => {
    const el = await calendar(
      eventsFeed(
        [{ id: 'a', title: 'Webbinarium', start: '2024-05-14T13:00:00Z', end: '2024-05-14T14:30:00Z' }],
        'America/New_York',
      ),
      { view: 'list', today: '2024-05-01' },
    );
    expect($(el, '.list .meta')!.textContent).to.equal('tisdag 14 maj 2024, kl.\u00a09.00–10.30 · Övrigt');
  });

  it('gives a multi-day event the date it ends on, also at midnight', async () => {
    const el = await calendar(
      eventsFeed([
        { id: 'a', title: 'Natt', start: '2024-03-30T22:00:00+01:00', end: '2024-04-01T00:00:00+02:00' },
        { id: 'b', title: 'Över natten', start: '2024-10-26T18:00', end: '2024-10-27T12:00' },
      ]),
      { view: 'list', today: '2024-03-01' },
    );
    expect($$(el, '.list .meta').map((m) => m.textContent!.split(' · ')[0])).to.deep.equal([
      'lördag 30 mars 2024, kl.\u00a022.00 – måndag 1 april 2024, kl.\u00a00.00',
      'lördag 26 oktober 2024, kl.\u00a018.00 – söndag 27 oktober 2024, kl.\u00a012.00',
    ]);
  });

  it('names a venue once when the location already does', async () => {
    const venues = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'v1',
          geometry: { type: 'Point', coordinates: [12.86, 56.67] },
          properties: { name: 'Idrottens hus', address: 'Växjövägen 10, Halmstad' },
        },
      ],
    };
    const events = [
      {
        id: 'a',
        title: 'Sakråd',
        start: '2024-05-14T09:00',
        location: 'Idrottens hus, Halmstad',
        venueId: 'v1',
      },
    ];
    const el = await calendar(eventsFeed(events, 'Europe/Stockholm', { venues }), {
      view: 'list',
      today: '2024-05-01',
    });
    $(el, '.list .ev')!.click();
    await el.updateComplete;
    expect($(el, '[part=details] dd:nth-of-type(2)')!.textContent).to.equal(
      'Idrottens hus, Halmstad, Växjövägen 10, Halmstad',
    );
  });

  for (const [view, width] of [
    ['month', '320px'],
    ['month', '800px'],
    ['list', '320px'],
  ]) {
    it(`wraps unbreakable feed text in a ${width} ${view}, details included`, async () => {
      const el = await calendar(feedUrl(unbrokenFeed()), {
        view: view!,
        month: '2024-03',
        today: '2024-03-01',
      });
      el.style.width = width!;
      $(el, '.ev')!.click();
      await until(() => $(el, '[part=details]'), 'the details open');
      // A month cell shows each entry on one line, cut short; its details show all of it.
      expect(overflows(el, '[role=gridcell] .ev')).to.deep.equal([]);
    });
  }

  it('skips broken events and renders the rest', async () => {
    const el = await calendar(
      eventsFeed([
        { id: 'ok', title: 'Fungerar', start: '2024-05-14T09:00' },
        { id: 'bad', title: 'Slut före start', start: '2024-05-14T09:00', end: '2024-05-13T09:00' },
        { title: 'Utan id', start: '2024-05-14T09:00' },
      ]),
      { view: 'list', today: '2024-05-01' },
    );
    expect(listItems(el)).to.deep.equal(['Fungerar']);
  });
});

describe('ok-event-calendar states', () => {
  it('is accessible while loading, on error (with retry) and when empty', async () => {
    const slowKey = uniqueKey();
    const slow = await serveFeed(slowKey, { json: { version: 1, events: [] }, hold: true });
    const loading = await fixture<OkEventCalendar>(html`<ok-event-calendar src=${slow}></ok-event-calendar>`);
    expect($(loading, '[part=skeleton]')).to.exist;
    await expectAccessible(loading);
    await releaseFeed(slowKey);
    await until(() => $(loading, '[part=empty]'), 'the empty state');
    expect($(loading, '[part=empty]')!.textContent).to.equal('Det finns inga evenemang.');
    await expectAccessible(loading);
    const missing = await serveFeed(uniqueKey(), { status: 500, body: '' });
    const failed = await fixture<OkEventCalendar>(
      html`<ok-event-calendar src=${missing} lang="en"></ok-event-calendar>`,
    );
    await until(() => $(failed, '[part=retry]'), 'the error state');
    await expectAccessible(failed);
  });

  it('is accessible in the English month view with events', async () => {
    const el = await calendar(src(), { view: 'month', month: '2024-06', today: '2024-06-03', lang: 'en' });
    expect($(el, '#month-title')!.textContent).to.equal('June 2024');
    await expectAccessible(el);
  });
});
