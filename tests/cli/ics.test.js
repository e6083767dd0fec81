/**
 * `ok-widgets ics`: a feed's events as the `kalender.ics` a region publishes for subscriptions,
 * read back with ical.js (`npm run test:cli`).
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { cli } from './cli.js';

const FEED = {
  version: 1,
  agreement: { id: 'halland', name: { sv: 'Halländska Överenskommelsen', en: 'The Halland Agreement' } },
  events: [
    {
      id: 'forum',
      title: 'Framtidsforum',
      start: '2025-10-26T09:00',
      end: '2025-10-26T16:00',
      description: `${'Om samverkan, dialog och öppenhet – ålder, ärende 🌍; '.repeat(4)}slut`,
    },
    { id: 'off', title: 'Inställt möte', start: '2025-03-30T10:00+02:00', status: 'cancelled' },
    { id: 'day', title: 'Heldag', start: '2025-06-16', allDay: true },
  ],
};

let dir;
let server;
let url;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ok-ics-'));
  await writeFile(join(dir, 'feed.json'), JSON.stringify(FEED));
  server = createServer((_request, response) => {
    response.setHeader('Content-Type', 'application/json');
    response.end(JSON.stringify(FEED));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${server.address().port}/feed.json`;
});
after(() => server.close());

/** The VEVENTs of a calendar, by ical.js. */
const events = (text) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => ({
    vevent,
    event: new ICAL.Event(vevent),
  }));

describe('ok-widgets ics', () => {
  it('writes every event with stable UIDs, STATUS:CANCELLED, DTSTAMP, the agreement as the calendar name, folded lines', async () => {
    const out = join(dir, 'kalender.ics');
    const first = await cli(['ics', join(dir, 'feed.json'), '-o', out, '--lang', 'sv']);
    assert.equal(first.code, 0, first.stderr);
    const text = await readFile(out, 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), 'Halländska Överenskommelsen');
    assert.deepEqual(
      events(text).map((e) => e.event.uid),
      ['off@halland.ok-widgets', 'day@halland.ok-widgets', 'forum@halland.ok-widgets'],
    );
    const byUid = Object.fromEntries(events(text).map((e) => [e.event.uid.split('@')[0], e]));
    assert.equal(byUid.forum.event.startDate.toJSDate().toISOString(), '2025-10-26T08:00:00.000Z');
    assert.equal(byUid.forum.event.description, FEED.events[0].description);
    assert.equal(byUid.off.vevent.getFirstPropertyValue('status'), 'CANCELLED');
    assert.equal(byUid.day.event.startDate.toString(), '2025-06-16');
    for (const { vevent } of events(text)) assert.ok(vevent.getFirstPropertyValue('dtstamp'), 'DTSTAMP');
    const encoder = new TextEncoder();
    for (const line of text.split('\r\n')) assert.ok(encoder.encode(line).length <= 75, line);
    assert.ok(
      text.split('\r\n').some((line) => line.startsWith(' ')),
      'the long description is folded',
    );

    const again = await cli(['ics', url, '--lang', 'en']);
    assert.equal(again.code, 0, again.stderr);
    assert.deepEqual(
      events(again.stdout).map((e) => e.event.uid),
      events(text).map((e) => e.event.uid),
      'the same UIDs from the same feed, read from a URL',
    );
    assert.match(again.stdout, /X-WR-CALNAME:The Halland Agreement/);
  });

  it('fails with exit 1 on a file that is not a feed', async () => {
    await writeFile(join(dir, 'bad.json'), '{"events": []}');
    const { code, stderr } = await cli(['ics', join(dir, 'bad.json')]);
    assert.equal(code, 1);
    assert.match(stderr, /"version" is missing/);
  });
});
