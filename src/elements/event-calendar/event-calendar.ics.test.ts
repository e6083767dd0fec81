import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { sampleFeed, until } from '../../../tests/helpers.js';
import { parseFeed } from '../../feed/parse.js';
import { calEvents } from './days.js';
import { escapeText, fold, toIcs } from './ics.js';
import { $, $$, calendar, catchDownload, eventsFeed } from './test-support.js';

const events = [
  {
    id: 'normal',
    title: 'Seminarium',
    type: 'seminar',
    start: '2024-05-14T09:00:00+02:00',
    end: '2024-05-14T16:00:00+02:00',
    location: 'Stora salen',
    venueId: 'v1',
    registrationUrl: 'https://example.org/anmalan',
    description: 'Om dialog',
  },
  { id: 'allday', title: 'Heldag', type: 'training', start: '2024-05-14', end: '2024-05-16', allDay: true },
  { id: 'multi', title: 'Över natten', type: 'seminar', start: '2024-10-26T18:00', end: '2024-10-27T12:00' },
  { id: 'off', title: 'Inställd', type: 'council', start: '2024-06-01T10:00', status: 'cancelled' },
];

/** The VEVENTs of an iCalendar text, read by ical.js. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { vevent, event, uid: event.uid, summary: event.summary };
  });
}

function ics(list: unknown[], locale: 'sv' | 'en' = 'sv') {
  const { feed } = parseFeed(sampleFeed({ events: list }));
  return toIcs(calEvents(feed), feed, locale, new Date('2024-05-01T12:00:00Z'));
}

describe('ok-event-calendar export (.ics)', () => {
  it('writes normal, all-day, multi-day and cancelled events that a real parser reads back', () => {
    const text = ics(events);
    const [allDay, normal, cancelled, multi] = parse(text);
    expect(normal!.uid).to.equal('normal@test.ok-widgets');
    expect(normal!.summary).to.equal('Seminarium');
    expect(normal!.event.description).to.equal('Om dialog');
    expect(normal!.event.location).to.equal('Stora salen, Folkets hus');
    expect(normal!.event.startDate.toJSDate().toISOString()).to.equal('2024-05-14T07:00:00.000Z');
    expect(normal!.event.endDate.toJSDate().toISOString()).to.equal('2024-05-14T14:00:00.000Z');
    expect(normal!.event.startDate.zone.tzid).to.equal('UTC');
    expect(normal!.vevent.getFirstPropertyValue('url')).to.equal('https://example.org/anmalan');
    expect(normal!.vevent.getFirstPropertyValue('status')).to.equal('CONFIRMED');
    expect(normal!.vevent.getFirstPropertyValue('dtstamp')!.toString()).to.equal('2024-05-01T12:00:00Z');

    expect(allDay!.event.startDate.isDate).to.equal(true);
    expect(allDay!.event.startDate.toString()).to.equal('2024-05-14');
    expect(allDay!.event.endDate.toString(), 'exclusive end').to.equal('2024-05-17');

    expect(multi!.event.startDate.toJSDate().toISOString()).to.equal('2024-10-26T16:00:00.000Z');
    expect(multi!.event.endDate.toJSDate().toISOString(), 'after the change to winter time').to.equal(
      '2024-10-27T11:00:00.000Z',
    );

    expect(cancelled!.summary).to.equal('Inställd');
    expect(cancelled!.vevent.getFirstPropertyValue('status')).to.equal('CANCELLED');
    expect(text).to.match(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    expect(text.endsWith('END:VCALENDAR\r\n')).to.equal(true);
  });

  it('reads an all-day end as the last day and writes the day after it (DTEND is exclusive)', () => {
    const [same, open] = parse(
      ics([
        { id: 'same', title: 'Öppet hus', start: '2027-02-06', end: '2027-02-06', allDay: true },
        { id: 'open', title: 'Utan slut', start: '2027-02-07', allDay: true },
      ]),
    );
    for (const { event } of [same!, open!]) expect(event.duration.toSeconds()).to.equal(86400);
    expect(same!.event.startDate.toString()).to.equal('2027-02-06');
    expect(same!.event.endDate.toString()).to.equal('2027-02-07');
    expect(open!.event.endDate.toString()).to.equal('2027-02-08');
  });

  it('escapes text and folds long lines at 75 octets without splitting characters', () => {
    const title = 'Möte; om samverkan, dialog\\öppenhet\noch mer';
    const description = `${'Överenskommelsen i Halland – ålder, ärende, öppenhet 🌍 '.repeat(6)}slut`;
    expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
    const text = ics([{ id: 'x', title, description, start: '2024-05-14T09:00' }]);
    const [event] = parse(text);
    expect(event!.summary).to.equal(title);
    expect(event!.event.description).to.equal(description);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const encoder = new TextEncoder();
    const lines = text.split('\r\n');
    expect(lines.filter((l) => l.startsWith(' ')).length).to.be.greaterThan(3);
    for (const line of lines) {
      const bytes = encoder.encode(line);
      expect(bytes.length).to.be.at.most(75);
      expect(decoder.decode(bytes)).to.equal(line);
    }
    const folded = fold('å'.repeat(80));
    expect(folded.split('\r\n ')[0]).to.equal('å'.repeat(37));
  });

  it('downloads what the user sees: the type filter, and in the list only upcoming events', async () => {
    const el = await calendar(eventsFeed(events), { view: 'list', type: 'seminar', today: '2024-06-01' });
    const button = () => $(el, '[part=toolbar] [part=export]');
    const exported = async () => {
      const download = catchDownload();
      button()!.click();
      const { name, text } = await download;
      expect(name).to.equal('test.ics');
      return parse(text).map((e) => e.uid.replace('@test.ok-widgets', ''));
    };
    expect(button()!.textContent!.trim()).to.equal('Lägg till 1 evenemang i kalendern');
    expect(await exported()).to.deep.equal(['multi']);
    el.showPast = true;
    await el.updateComplete;
    expect(button()!.textContent!.trim()).to.equal('Lägg till 2 evenemang i kalendern');
    expect(await exported()).to.deep.equal(['normal', 'multi']);
    el.showPast = false;
    el.view = 'month';
    el.type = '';
    el.lang = 'en';
    await el.updateComplete;
    expect(button()!.textContent!.trim(), 'the month: the events it shows').to.equal(
      'Add 1 event to calendar',
    );
    expect(await exported()).to.deep.equal(['off']);
    el.month = '2024-05';
    await el.updateComplete;
    expect(button()!.textContent!.trim()).to.equal('Add 2 events to calendar');
    expect(await exported()).to.deep.equal(['allday', 'normal']);
    el.view = 'list';
    el.today = '2025-01-01';
    await el.updateComplete;
    expect(button(), 'nothing to export').to.equal(null);
  });

  it('downloads one event from its details', async () => {
    const el = await calendar(eventsFeed(events), { view: 'list', 'show-past': '', lang: 'en' });
    $$(el, '.list .ev')
      .find((b) => b.textContent!.includes('Inställd'))!
      .click();
    await until(() => $(el, '[part=details] [part=export]'), 'the details offer an export');
    const download = catchDownload();
    $(el, '[part=details] [part=export]')!.click();
    const { name, text } = await download;
    expect(name).to.equal('off.ics');
    const [event] = parse(text);
    expect(event!.summary).to.equal('Inställd');
    expect(event!.vevent.getFirstPropertyValue('status')).to.equal('CANCELLED');
  });
});
