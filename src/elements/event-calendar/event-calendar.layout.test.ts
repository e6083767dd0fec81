import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expectAccessible, heard, until } from '../../../tests/helpers.js';
import { $, $$, calendar, cell, eventsFeed, focused } from './test-support.js';

/** Long titles on a Tuesday, a Sunday and a busy Wednesday of May 2024. */
const events = [
  ['tue', '2024-05-14T13:00', 'Workshop om samverkan mellan kommunen och föreningslivet', 'seminar'],
  ['sun', '2024-05-19T09:00', 'Dialogmöte med Länsstyrelsen om Överenskommelsen', 'meeting'],
  ['wed1', '2024-05-22T09:00', 'Framtidsforum för idéburna organisationer i Halland', 'future-forum'],
  ['wed2', '2024-05-22T13:00', 'Utbildning i Överenskommelsens principer', 'training'],
  ['old', '2024-04-02T10:00', 'Sakråd i april', 'council'],
].map(([id, start, title, type]) => ({ id, start, title, type }));
const month = { view: 'month', month: '2024-05', today: '2024-05-01' };
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

describe('ok-event-calendar layout', () => {
  it('wraps every title in the month grid instead of cutting it, at 1,100 px', async () => {
    const el = await calendar(eventsFeed(events), month);
    el.style.width = '1100px';
    await until(() => el.getBoundingClientRect().width === 1100, 'the calendar is 1,100 px wide');
    const entries = $$(el, '[role=grid] .ev');
    expect(entries).to.have.length(4);
    for (const entry of entries) {
      expect(entry.scrollWidth, `"${text(entry)}" fits its width`).to.be.at.most(entry.clientWidth);
      expect(entry.scrollHeight, `"${text(entry)}" fits its height`).to.be.at.most(entry.clientHeight + 1);
    }
  });

  it('opens the details beside the chosen day, not under the whole grid', async () => {
    const el = await calendar(eventsFeed(events), month);
    el.style.width = '1100px';
    await until(() => el.getBoundingClientRect().width === 1100, 'the calendar is 1,100 px wide');
    const grid = $(el, '[role=grid]')!.getBoundingClientRect();
    for (const [date, side] of [
      ['2024-05-14', 'right'],
      ['2024-05-19', 'left'],
    ] as const) {
      cell(el, date)!.querySelector<HTMLElement>('.ev')!.click();
      await until(() => focused(el) === $(el, '[part=details]'), 'the details take focus');
      const day = cell(el, date)!.getBoundingClientRect();
      const box = $(el, '[part=details]')!.getBoundingClientRect();
      expect(Math.abs(box.top - day.top), 'level with the day').to.be.below(2);
      expect(box.top, 'not under the grid').to.be.below(grid.bottom);
      if (side === 'right') expect(box.left).to.be.at.least(day.right);
      else expect(box.right).to.be.at.most(day.left);
      await sendKeys({ press: 'Escape' });
      await until(() => !$(el, '[part=details]'), 'the details close');
    }
  });

  it('opens the details of a month’s event as a dialog on a phone', async () => {
    await setViewport({ width: 360, height: 640 });
    try {
      const el = await calendar(eventsFeed(events), month);
      const entry = cell(el, '2024-05-14')!.querySelector<HTMLElement>('.ev')!;
      entry.click();
      await until(() => $(el, 'dialog')?.matches(':modal'), 'a modal dialog');
      expect(text($(el, 'dialog #details-title')!)).to.equal(events[0]!.title);
      expect($(el, 'dialog')!.getAttribute('aria-labelledby'), 'named by the title').to.equal(
        'details-title',
      );
      await sendKeys({ press: 'Escape' });
      await until(() => !$(el, 'dialog'), 'the dialog closes');
      await until(() => focused(el) === entry, 'focus back on the entry');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('leaves out of the list’s details the title and time its entry shows', async () => {
    const el = await calendar(eventsFeed(events), { view: 'list', today: '2024-05-01' });
    $(el, '.list .ev')!.click();
    await until(() => $(el, '[part=details]'), 'the details open');
    const details = $(el, '[part=details]')!;
    expect(details.querySelector('#details-title')!.classList.contains('visually-hidden')).to.equal(true);
    expect([...details.querySelectorAll('dt')].map(text)).to.deep.equal(['Typ']);
  });

  it('counts in its chips and its export what it shows', async () => {
    const el = await calendar(eventsFeed(events), { view: 'list', today: '2024-05-01' });
    const chips = () => $$(el, '[aria-label="Typ av evenemang"] .chip').map(heard);
    const exportLabel = () => text($(el, '[part=toolbar] [part=export]')!);
    expect($$(el, '.list .ev')).to.have.length(4);
    expect(chips()[0], 'the past council left out').to.equal('Alla (4)');
    expect(chips()).to.include('Sakråd (0)');
    expect(exportLabel()).to.equal('Lägg till 4 evenemang i kalendern');
    el.view = 'month';
    el.month = '2024-04';
    await el.updateComplete;
    expect(chips()[0]).to.equal('Alla (1)');
    expect(exportLabel()).to.equal('Lägg till 1 evenemang i kalendern');
    el.lang = 'en';
    await el.updateComplete;
    expect(exportLabel()).to.equal('Add 1 event to calendar');
  });

  it('makes list entries look clickable, with a chevron', async () => {
    const el = await calendar(eventsFeed(events), { view: 'list', today: '2024-05-01' });
    const entry = $(el, '.list .ev')!;
    const chevron = getComputedStyle(entry, '::after');
    expect(chevron.content).to.not.equal('none');
    expect(chevron.borderRightStyle).to.equal('solid');
    expect(getComputedStyle(entry).color, 'in the link colour').to.equal('rgb(11, 92, 173)');
  });

  it('folds its type chips into one control at 360 px, so the calendar starts high', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 360px">
        <ok-event-calendar src=${eventsFeed(events)} today="2024-05-01"></ok-event-calendar>
      </div>`,
    );
    const el = wrapper.querySelector('ok-event-calendar')!;
    await until(() => $(el, '.list .ev'), 'the list shows');
    const select = $<HTMLSelectElement>(el, '.type-select select')!;
    expect([...select.options].map(text)[0]).to.equal('Alla (4)');
    expect($(el, '[aria-label="Typ av evenemang"]'), 'no row of chips').to.equal(null);
    const start = $(el, '.list')!.getBoundingClientRect().top - el.getBoundingClientRect().top;
    expect(start, 'px above the list').to.be.below(140);
    await expectAccessible(el);
    select.value = 'meeting';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.type).to.equal('meeting');
    expect($$(el, '.list .ev').map(text)).to.deep.equal([events[1]!.title]);
  });
});
