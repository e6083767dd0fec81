import { expect, fixture, html } from '@open-wc/testing';
import { feedUrl, sampleFeed, until } from '../../../tests/helpers.js';
import '../../ok-widgets.js';
import { $, $$ } from './test-support.js';

const events = [
  {
    id: 'e1',
    title: 'Dialogmöte',
    type: 'meeting',
    start: '2024-03-14',
    allDay: true,
    principleIds: ['dialog'],
  },
  {
    id: 'e2',
    title: 'Kvalitetsdag',
    type: 'training',
    start: '2024-03-20',
    allDay: true,
    principleIds: ['kvalitet', 'dialog'],
  },
  { id: 'e3', title: 'Årsmöte', type: 'meeting', start: '2024-03-25', allDay: true },
];
const titles = (el: Element) => $$(el, '.list .ev').map((b) => b.textContent!.trim());
const tab = (wheel: Element, name: string) =>
  [...wheel.shadowRoot!.querySelectorAll<HTMLElement>('[role=tab]')].find((t) =>
    t.textContent!.includes(name),
  );

describe('ok-event-calendar and the principle chosen in the same feed', () => {
  it("shows the chosen principle's events with a line that shows all again", async () => {
    const page = await fixture(
      html`<ok-feed src=${feedUrl(sampleFeed({ events }))}>
        <ok-principle-wheel></ok-principle-wheel>
        <ok-event-calendar view="list" show-past today="2024-03-01"></ok-event-calendar>
        <ok-event-calendar view="list" show-past today="2024-03-01" independent></ok-event-calendar>
      </ok-feed>`,
    );
    const wheel = page.querySelector('ok-principle-wheel')!;
    const [cal, independent] = page.querySelectorAll('ok-event-calendar');
    await until(() => titles(cal!).length === 3 && tab(wheel, 'Kvalitet'), 'the wheel and every event');
    expect($(cal!, '[part=principle]')).to.equal(null);
    tab(wheel, 'Kvalitet')!.click();
    await until(() => titles(cal!).length === 1, "the principle's events");
    expect(titles(cal!)).to.deep.equal(['Kvalitetsdag']);
    expect($(cal!, '[part=principle]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Visar evenemang för Kvalitet — visa alla',
    );
    expect(titles(independent!), 'an independent calendar shows all').to.have.length(3);
    await expect(cal!).to.be.accessible();
    $(cal!, '[part=principle] button')!.click();
    await until(() => titles(cal!).length === 3, 'every event again');
    expect(wheel.selected, 'the choice is cleared everywhere').to.equal(undefined);
  });

  it('ignores the choice where no event names a principle', async () => {
    const plain = events.map(({ principleIds: _, ...event }) => event);
    const page = await fixture(
      html`<ok-feed src=${feedUrl(sampleFeed({ events: plain }))}>
        <ok-principle-wheel selected="dialog"></ok-principle-wheel>
        <ok-event-calendar view="list" show-past today="2024-03-01"></ok-event-calendar>
      </ok-feed>`,
    );
    const cal = page.querySelector('ok-event-calendar')!;
    await until(() => titles(cal).length === 3, 'every event');
    expect($(cal, '[part=principle]')).to.equal(null);
  });

  it("names an event's principles in its details", async () => {
    const page = await fixture(
      html`<ok-feed src=${feedUrl(sampleFeed({ events }))} lang="en">
        <ok-event-calendar view="list" show-past today="2024-03-01"></ok-event-calendar>
      </ok-feed>`,
    );
    const cal = page.querySelector('ok-event-calendar')!;
    await until(() => titles(cal).length === 3, 'every event');
    $$(cal, '.list .ev')[1]!.click();
    await until(() => $(cal, '[part=details]'), 'the details');
    const dl = [...$(cal, '[part=details] dl')!.children].map((n) => n.textContent!.trim());
    expect(dl.slice(-2)).to.deep.equal(['Principles', 'Dialogue, Kvalitet']);
    await expect(cal).to.be.accessible();
  });
});
