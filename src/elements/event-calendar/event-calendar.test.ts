import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible, until } from '../../../tests/helpers.js';
import { $, $$, calendar, cell, daysWith, entriesOn, eventsFeed, focused } from './test-support.js';

/** One event far from the months shown, so the calendar is not empty. */
const far = [{ id: 'far', title: 'Långt bort', start: '2030-01-01' }];
const month = { view: 'month', month: '2024-03', today: '2024-03-14' };

describe('ok-event-calendar month grid', () => {
  it('places events on the days of the agreement’s time zone, not the viewer’s', async () => {
    // 23:30 UTC on 10 March: 00.30 on the 11th in Stockholm, 19.30 on the 10th in New York.
    const events = [{ id: 'e', title: 'Möte', start: '2024-03-10T23:30:00Z', end: '2024-03-11T00:30:00Z' }];
    const stockholm = await calendar(eventsFeed(events), month);
    expect(daysWith(stockholm, 'Möte')).to.deep.equal(['2024-03-11']);
    expect(entriesOn(stockholm, '2024-03-11')).to.deep.equal(['0.30 Möte']);
    const newYork = await calendar(eventsFeed(events, 'America/New_York'), month);
    expect(daysWith(newYork, 'Möte')).to.deep.equal(['2024-03-10']);
    expect(entriesOn(newYork, '2024-03-10')).to.deep.equal(['19.30 Möte']);
  });

  it('keeps local times and all-day events on their days across the DST changes', async () => {
    const events = [
      { id: 'a', title: 'Morgon', start: '2024-03-31T09:00', end: '2024-03-31T10:00' },
      { id: 'b', title: 'Kväll', start: '2024-03-31T23:30', end: '2024-03-31T23:45' },
      { id: 'c', title: 'Heldag', start: '2024-03-31', end: '2024-03-31', allDay: true },
      { id: 'd', title: 'Natt', start: '2024-03-30T22:00:00+01:00', end: '2024-04-01T00:00:00+02:00' },
      { id: 'e', title: 'Höst', start: '2024-10-27T00:30', end: '2024-10-27T02:30' },
      { id: 'f', title: 'Tredagars', start: '2024-10-26', end: '2024-10-28', allDay: true },
      { id: 'g', title: 'Sent', start: '2024-10-27T23:30', end: '2024-10-27T23:59' },
    ];
    const el = await calendar(eventsFeed(events.slice(0, 3)), month);
    expect(entriesOn(el, '2024-03-31')).to.deep.equal(['Heldag', '9.00 Morgon', '23.30 Kväll']);
    expect(daysWith(el, 'Heldag')).to.deep.equal(['2024-03-31']);
    el.src = eventsFeed(events.slice(3));
    await until(() => daysWith(el, 'Natt').length > 0, 'the new feed is shown');
    expect(daysWith(el, 'Natt'), 'ends at midnight: not on 1 April').to.deep.equal([
      '2024-03-30',
      '2024-03-31',
    ]);
    el.month = '2024-10';
    await el.updateComplete;
    expect(daysWith(el, 'Höst')).to.deep.equal(['2024-10-27']);
    expect(entriesOn(el, '2024-10-27')).to.include('0.30 Höst');
    expect(daysWith(el, 'Tredagars')).to.deep.equal(['2024-10-26', '2024-10-27', '2024-10-28']);
    expect(daysWith(el, 'Sent')).to.deep.equal(['2024-10-27']);
  });

  it('starts weeks on Monday and shows ISO week numbers', async () => {
    const el = await calendar(eventsFeed(far), { view: 'month', month: '2024-12', today: '2024-12-01' });
    const weeks = () => $$(el, '[role=rowheader] [aria-hidden]').map((h) => h.textContent!.trim());
    expect(weeks()).to.deep.equal(['v. 48', 'v. 49', 'v. 50', 'v. 51', 'v. 52', 'v. 1']);
    expect($$(el, '[role=rowheader] .visually-hidden')[5]!.textContent).to.equal('Vecka 1');
    expect($$(el, '[role=columnheader] .visually-hidden')[0]!.textContent).to.equal('måndag');
    expect(Number($$(el, '[role=gridcell]')[0]!.dataset.day) * 864e5).to.equal(Date.parse('2024-11-25'));
    el.month = '2021-01';
    el.lang = 'en';
    await el.updateComplete;
    expect(weeks()[0]).to.equal('w. 53');
    expect(weeks()[1]).to.equal('w. 1');
  });

  it('marks today and keeps one tab stop', async () => {
    const el = await calendar(eventsFeed(far), month);
    const today = cell(el, '2024-03-14')!;
    expect(today.getAttribute('aria-current')).to.equal('date');
    expect($$(el, '[aria-current]')).to.have.length(1);
    expect($$(el, '[role=gridcell][tabindex="0"]')).to.deep.equal([today]);
    await expectAccessible(el);
  });

  it('moves by day, week, Home/End and month with the keys, and announces month changes', async () => {
    const el = await calendar(eventsFeed(far), month);
    let heard = 0;
    const page = () => heard++;
    document.addEventListener('keydown', page);
    cell(el, '2024-03-14')!.focus();
    const at = async (key: string, date: string) => {
      await sendKeys({ press: key });
      await until(() => focused(el)?.dataset.day === String(Date.parse(date) / 864e5), `${key} → ${date}`);
      expect(focused(el)!.getAttribute('tabindex')).to.equal('0');
      expect($$(el, '[role=gridcell][tabindex="0"]')).to.have.length(1);
    };
    await at('ArrowRight', '2024-03-15');
    await at('ArrowDown', '2024-03-22');
    await at('ArrowLeft', '2024-03-21');
    await at('ArrowUp', '2024-03-14');
    await at('Home', '2024-03-11');
    await at('End', '2024-03-17');
    expect($(el, '[role=status]')!.textContent).to.equal('');
    await at('PageDown', '2024-04-17');
    expect($(el, '#month-title')!.textContent).to.equal('april 2024');
    expect($(el, '.cal + [role=status]')!.textContent).to.equal('april 2024, 0 evenemang');
    await at('PageUp', '2024-03-17');
    await at('PageUp', '2024-02-17');
    expect($(el, '[role=status]')!.textContent).to.contain('februari 2024');
    await at('Home', '2024-02-12');
    for (let i = 0; i < 2; i++) await sendKeys({ press: 'ArrowUp' });
    await at('ArrowUp', '2024-01-22');
    expect($(el, '#month-title')!.textContent).to.equal('januari 2024');
    await sendKeys({ down: 'Shift' });
    await at('PageDown', '2025-01-22');
    await sendKeys({ up: 'Shift' });
    expect($(el, '#month-title')!.textContent).to.equal('januari 2025');
    await at('ArrowRight', '2025-01-23');
    document.removeEventListener('keydown', page);
    expect(heard, 'the page hears only Shift').to.equal(1);
  });

  it('announces month changes from the buttons through a polite live region', async () => {
    const el = await calendar(eventsFeed([{ id: 'a', title: 'A', start: '2024-04-02T10:00' }]), month);
    const status = $(el, '.cal + [role=status]')!;
    $(el, '[aria-label="Nästa månad"]')!.click();
    await until(() => status.textContent === 'april 2024, 1 evenemang', 'April is announced');
    $(el, '[aria-label="Föregående månad"]')!.click();
    await until(() => status.textContent === 'mars 2024, 0 evenemang', 'March is announced');
    el.month = '2023-01';
    await el.updateComplete;
    [...$$(el, '.nav .button')].find((b) => b.textContent!.trim() === 'I dag')!.click();
    await until(() => $(el, '#month-title')!.textContent === 'mars 2024', 'back at today’s month');
    expect(status.textContent).to.contain('mars 2024');
  });

  it('shows three entries a day at most, then "+N till" opening the whole day', async () => {
    const events = Array.from({ length: 5 }, (_, i) => ({
      id: `e${i}`,
      title: `Punkt ${i}`,
      start: `2024-03-20T1${i}:00`,
    }));
    const el = await calendar(eventsFeed(events), month);
    expect(entriesOn(el, '2024-03-20')).to.deep.equal(['10.00 Punkt 0', '11.00 Punkt 1']);
    const today = cell(el, '2024-03-14')!.querySelector('.num')!.getBoundingClientRect();
    expect(today.width, 'today’s "14" on one line').to.be.greaterThan(today.height);
    const more = cell(el, '2024-03-20')!.querySelector<HTMLElement>('.more')!;
    expect(more.textContent!.trim()).to.equal('+3 till');
    more.click();
    await until(() => $$(el, '.daylist .ev').length === 5, 'the day lists its five events');
    expect($(el, '#day-title')!.textContent!.trim()).to.equal('onsdag 20 mars 2024: 5 evenemang');
    await until(() => focused(el) === $(el, '.daylist .ev'), 'focus');
    await expectAccessible(el);
    await sendKeys({ press: 'Escape' });
    await until(() => !$(el, '.daylist'), 'the day list closes');
    await until(() => focused(el) === cell(el, '2024-03-20'), 'focus');
  });

  it('opens a day’s events with Enter on its cell', async () => {
    const el = await calendar(
      eventsFeed([{ id: 'a', title: 'Seminarium', start: '2024-03-14T09:00' }]),
      month,
    );
    cell(el, '2024-03-14')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el)?.classList.contains('ev'), 'focus on the day’s first event');
    expect(focused(el)!.textContent).to.contain('Seminarium');
  });

  it('keeps the grid keys on an entry that focus returned to from the details', async () => {
    const el = await calendar(
      eventsFeed([{ id: 'a', title: 'Seminarium', start: '2024-03-20T09:00' }]),
      month,
    );
    const entry = cell(el, '2024-03-20')!.querySelector<HTMLElement>('.ev')!;
    entry.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el) === $(el, '[part=details]'), 'details');
    await sendKeys({ press: 'Escape' });
    await until(() => focused(el) === entry, 'focus back on the entry');
    expect($$(el, '[role=gridcell][tabindex="0"]')).to.deep.equal([cell(el, '2024-03-20')]);
    await sendKeys({ press: 'ArrowRight' });
    await until(() => focused(el) === cell(el, '2024-03-21'), 'next day');
  });

  it('shows a day’s events when a day is tapped in the narrow month, entries as bars', async () => {
    const events = [
      { id: 'a', title: 'Seminarium', start: '2024-03-20T09:00' },
      { id: 'b', title: 'Inställt möte', start: '2024-03-20T13:00', status: 'cancelled' },
      { id: 'c', title: 'Kväll', start: '2024-03-20T18:00' },
      { id: 'd', title: 'Natt', start: '2024-03-20T22:00' },
    ];
    const el = await calendar(eventsFeed(events), month);
    el.style.width = '320px';
    await until(
      () => cell(el, '2024-03-20')!.querySelector('.ev')!.getBoundingClientRect().height < 10,
      'entries shrink to dots',
    );
    const today = cell(el, '2024-03-14')!.querySelector('.num')!.getBoundingClientRect();
    expect(today.width, 'today’s "14" on one line').to.be.greaterThan(today.height);
    const more = cell(el, '2024-03-20')!.querySelector<HTMLElement>('.more')!;
    expect(more.scrollWidth, '"+2" is not cut').to.be.at.most(more.clientWidth);
    expect(more.textContent!.replace(/\s+/g, ' ').trim()).to.equal('+2 till');
    const [bar, cancelled] = [...cell(el, '2024-03-20')!.querySelectorAll('.ev')].map((b) =>
      getComputedStyle(b),
    );
    expect(cancelled!.backgroundColor, 'cancelled: a hollow bar').to.equal('rgba(0, 0, 0, 0)');
    expect(bar!.backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    await expectAccessible(el);
    cell(el, '2024-03-21')!.click();
    await el.updateComplete;
    expect($(el, '.daylist'), 'a day without events').to.equal(null);
    cell(el, '2024-03-20')!.querySelector<HTMLElement>('.num')!.click();
    await until(() => $$(el, '.daylist .ev').length === 4, 'the day lists its four events');
    expect($$(el, '.daylist .ev')[1]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Inställt: 13.00 Inställt möte',
    );
  });

  it('shows status in words, not colour alone', async () => {
    const events = [
      { id: 'a', title: 'Inställd träff', start: '2024-03-05T09:00', status: 'cancelled' },
      { id: 'b', title: 'Flyttad träff', start: '2024-03-06T09:00', status: 'postponed' },
    ];
    const el = await calendar(eventsFeed(events), month);
    expect(entriesOn(el, '2024-03-05')).to.deep.equal(['Inställt: 9.00 Inställd träff']);
    expect(entriesOn(el, '2024-03-06')).to.deep.equal(['Uppskjutet: 9.00 Flyttad träff']);
    el.lang = 'en';
    await el.updateComplete;
    expect(entriesOn(el, '2024-03-05')).to.deep.equal(['Cancelled: 09:00 Inställd träff']);
    expect(entriesOn(el, '2024-03-06')[0]).to.match(/^Postponed:/);
  });

  it('opens on the month of today without a month attribute', async () => {
    const el = await calendar(eventsFeed(far), { view: 'month', today: '2025-02-10' });
    expect($(el, '#month-title')!.textContent).to.equal('februari 2025');
    expect(cell(el, '2025-02-10')!.getAttribute('aria-current')).to.equal('date');
  });
});
