import { expect } from '@open-wc/testing';
import { atNextTurn, sampleFeed } from '../../tests/helpers.js';
import { FeedError } from './errors.js';
import { parseFeed, parseFeedInTurns, safeColor } from './parse.js';
import { pickText } from './text.js';
import { feedTime, isBefore } from './time.js';
import { mailtoUrl, safeUrl, telUrl } from './url.js';

describe('parseFeed', () => {
  it('reads a valid feed with every section and skips nothing', () => {
    const { feed, skipped } = parseFeed(sampleFeed());
    expect(skipped).to.deep.equal([]);
    expect(feed.principles.map((p) => p.id)).to.deep.equal(['dialog', 'kvalitet']);
    expect(feed.signatories).to.have.length(2);
    expect(feed.venues[0]).to.include({ id: 'v1', lon: 12.8578, lat: 56.6745 });
    expect(feed.events[0]!.id).to.equal('e1');
    expect(feed.timeZone).to.equal('Europe/Stockholm');
  });

  it('fills absent sections with empty lists', () => {
    const { feed, skipped } = parseFeed({ version: 1 });
    expect(skipped).to.deep.equal([]);
    expect(feed.principles).to.deep.equal([]);
    expect(feed.venues).to.deep.equal([]);
    expect(feed.agreement).to.equal(undefined);
  });

  it('ignores unknown fields', () => {
    const { feed, skipped } = parseFeed({
      ...sampleFeed(),
      future: { x: 1 },
      principles: [{ id: 'a', name: 'A', extra: 2 }],
    });
    expect(skipped).to.deep.equal([]);
    expect(feed.principles[0]).to.not.have.property('extra');
  });

  it('throws not-a-feed for documents that are not feeds', () => {
    for (const doc of [null, [], 'feed', 42, {}, { version: 2 }, { version: '1' }]) {
      let error: unknown;
      try {
        parseFeed(doc);
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(doc)).to.be.instanceOf(FeedError);
      expect((error as FeedError).kind).to.equal('not-a-feed');
    }
  });

  it('says which version it reads when the version is wrong', () => {
    expect(() => parseFeed({ version: 2 })).to.throw(/version 2.*version 1/);
  });

  it('skips each kind of broken item with its path and keeps the rest', () => {
    const { feed, skipped } = parseFeed(
      sampleFeed({
        principles: [{ id: 'a', name: 'A' }, { name: 'No id' }],
        signatories: [
          { id: 's1', name: 'Ok', sector: 'civil' },
          { id: 's2', name: 'Bad sector', sector: 'private' },
          { id: 's3', sector: 'civil' },
        ],
        venues: {
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              geometry: { type: 'Point', coordinates: [12, 56] },
              properties: { name: 'Ok' },
            },
            { type: 'Feature', geometry: null, properties: { name: 'No geometry' } },
            {
              type: 'Feature',
              geometry: { type: 'Point', coordinates: [12, 95] },
              properties: { name: 'Lat out of range' },
            },
            {
              type: 'Feature',
              geometry: {
                type: 'LineString',
                coordinates: [
                  [12, 56],
                  [13, 57],
                ],
              },
              properties: { name: 'Line' },
            },
          ],
        },
        events: [
          { id: 'e1', title: 'Ok', start: '2024-03-14T09:00:00+01:00' },
          {
            id: 'e2',
            title: 'Backwards',
            start: '2024-03-14T09:00:00+01:00',
            end: '2024-03-14T08:00:00+01:00',
          },
          { id: 'e3', title: 'Bad date', start: 'tomorrow' },
        ],
        commitments: [
          { id: 'c1', text: 'Ok', status: 'done' },
          { id: 'c2', text: 'Bad status', status: 'finished' },
        ],
      }),
    );
    expect(feed.principles).to.have.length(1);
    expect(feed.signatories.map((s) => s.id)).to.deep.equal(['s1']);
    expect(feed.venues.map((v) => v.name)).to.deep.equal(['Ok']);
    expect(feed.events.map((e) => e.id)).to.deep.equal(['e1']);
    expect(feed.commitments.map((c) => c.id)).to.deep.equal(['c1']);
    expect(skipped.map((s) => s.path)).to.deep.equal([
      'principles[1]',
      'signatories[1]',
      'signatories[2]',
      'venues.features[1]',
      'venues.features[2]',
      'venues.features[3]',
      'events[1]',
      'events[2]',
      'commitments[1]',
    ]);
    const sector = skipped.find((s) => s.path === 'signatories[1]')!;
    expect(sector.problems[0]!.path).to.equal('signatories[1].sector');
    expect(sector.message).to.match(/sector: Expected "civil" or "public" or "other"/);
    expect(skipped.find((s) => s.path === 'events[1]')!.message).to.match(/end is before start/);
    expect(skipped.find((s) => s.path === 'signatories[2]')!.message).to.match(/name: Required/);
  });

  it('skips a section that is not a list, and repeated ids', () => {
    const { feed, skipped } = parseFeed(
      sampleFeed({
        signatories: { a: 1 },
        principles: [
          { id: 'a', name: 'A' },
          { id: 'a', name: 'Again' },
        ],
      }),
    );
    expect(feed.signatories).to.deep.equal([]);
    expect(feed.principles.map((p) => p.name)).to.deep.equal(['A']);
    expect(skipped.map((s) => s.path)).to.deep.equal(['principles[1]', 'signatories']);
  });

  it('falls back to Europe/Stockholm for an unknown time zone and says so', () => {
    const { feed, skipped } = parseFeed({ version: 1, agreement: { timeZone: 'Mars/Olympus' } });
    expect(feed.timeZone).to.equal('Europe/Stockholm');
    expect(skipped[0]!.path).to.equal('agreement.timeZone');
  });

  it('takes a time zone by its canonical name, an alias or UTC', () => {
    for (const timeZone of ['America/Argentina/Buenos_Aires', 'Asia/Calcutta', 'UTC']) {
      const { feed, skipped } = parseFeed({ version: 1, agreement: { id: 'a', name: 'A', timeZone } });
      expect(feed.timeZone).to.equal(timeZone);
      expect(skipped).to.deep.equal([]);
    }
  });

  it('makes links safe and absolute against the feed URL', () => {
    const { feed } = parseFeed(
      sampleFeed({
        signatories: [
          { id: 'a', name: 'A', sector: 'civil', url: 'javascript:alert(1)', logo: 'logos/a.svg' },
          {
            id: 'b',
            name: 'B',
            sector: 'civil',
            url: 'data:text/html,<b>x</b>',
            logo: 'https://example.org/b.png',
          },
        ],
        events: [
          {
            id: 'e',
            title: 'E',
            start: '2024-01-01',
            registrationUrl: ' JAVASCRIPT:alert(1)',
            onlineUrl: '/meet',
          },
        ],
      }),
      'https://region.example/feeds/feed.json',
    );
    expect(feed.signatories[0]!.url).to.equal(undefined);
    expect(feed.signatories[0]!.logo).to.equal('https://region.example/feeds/logos/a.svg');
    expect(feed.signatories[1]!.url).to.equal(undefined);
    expect(feed.signatories[1]!.logo).to.equal('https://example.org/b.png');
    expect(feed.events[0]!.registrationUrl).to.equal(undefined);
    expect(feed.events[0]!.onlineUrl).to.equal('https://region.example/meet');
  });

  it('keeps only plain colours, as #rrggbb, and keeps the item of a bad one', () => {
    const { feed } = parseFeed(
      sampleFeed({
        principles: [
          { id: 'a', name: 'A', color: '#ABC' },
          { id: 'b', name: 'B', color: 'rebeccapurple' },
          { id: 'c', name: 'C', color: 'notacolour' },
          { id: 'd', name: 'D', color: 'red;background:url(x)' },
        ],
      }),
    );
    expect(feed.principles.map((p) => p.color)).to.deep.equal(['#aabbcc', '#663399', undefined, undefined]);
    expect(safeColor('transparent')).to.equal(undefined);
  });
});

describe('parseFeed: impossible times', () => {
  const bad = [
    '2024-02-30',
    '2023-02-29',
    '2024-04-31',
    '2024-13-01',
    '2024-00-00',
    '2024-05-14T25:00:00Z',
    '2024-05-14T24:00',
    '2024-05-14T09:60',
    '2024-05-14T09:00:60Z',
    '2024-05-14T09:00:00+14:30',
    '2024-05-14T09:00:00-15:00',
    '0001-01-01',
    '9999-12-31T23:59:59Z',
    '1799-12-31',
    '2201-01-01',
  ];

  it('skips the item of every impossible time, in every field, never rolling it over', () => {
    for (const time of bad) {
      const { feed, skipped } = parseFeed({
        version: 1,
        agreement: { updatedAt: time },
        events: [
          { id: 'e', title: 'E', start: time },
          { id: 'f', title: 'F', start: '2024-05-14', end: time },
        ],
        commitments: [{ id: 'c', text: 'C', status: 'done', updatedAt: time }],
      });
      expect(feed.events, time).to.deep.equal([]);
      expect(feed.commitments, time).to.deep.equal([]);
      expect(feed.agreement, time).to.equal(undefined);
      expect(
        skipped.map((s) => s.path),
        time,
      ).to.deep.equal(['agreement', 'events[0]', 'events[1]', 'commitments[0]']);
    }
  });

  it('skips the item of every impossible date', () => {
    for (const date of bad.filter((value) => value.length === 10)) {
      const { feed, skipped } = parseFeed({
        version: 1,
        agreement: { launchedAt: date },
        signatories: [
          { name: 'A', sector: 'civil', signedAt: date },
          { name: 'B', sector: 'civil', signedAt: '2020-01-01', leftAt: date },
        ],
      });
      expect(feed.signatories, date).to.deep.equal([]);
      expect(feed.agreement, date).to.equal(undefined);
      expect(
        skipped.map((s) => s.path),
        date,
      ).to.deep.equal(['agreement', 'signatories[0]', 'signatories[1]']);
    }
  });

  it('skips commitments with actions of impossible years', () => {
    const { skipped } = parseFeed({
      version: 1,
      commitments: [
        { id: 'a', text: 'A', status: 'done', actions: [{ text: 'x', year: 1 }] },
        { id: 'b', text: 'B', status: 'done', actions: [{ text: 'x', year: 2024.5 }] },
        { id: 'c', text: 'C', status: 'done', actions: [{ text: 'x', year: 2024 }] },
      ],
    });
    expect(skipped.map((s) => s.path)).to.deep.equal(['commitments[0]', 'commitments[1]']);
    expect(skipped[0]!.problems[0]!.path).to.equal('commitments[0].actions[0].year');
  });

  it('says what is wrong with the time', () => {
    const { skipped } = parseFeed({
      version: 1,
      events: [
        { id: 'a', title: 'A', start: '2024-02-30T10:00' },
        { id: 'b', title: 'B', start: '2024-05-14T25:00:00Z' },
      ],
    });
    expect(skipped[0]!.message).to.equal('start: No such day in the calendar (like 30 February)');
    expect(skipped[1]!.message).to.match(/^start: Expected a date or time like .*hours 00–23/);
  });

  it('keeps every real time, leap days and the ends of each range included', () => {
    const good = [
      '2024-02-29',
      '2000-02-29',
      '1800-01-01',
      '2200-12-31',
      '2024-12-31T23:59:59.999Z',
      '2024-05-14T00:00',
      '2024-05-14T09:00:00+14:00',
      '2024-05-14T09:00:00-12:00',
      '2024-05-14T09:00:00+05:45',
    ];
    const { feed, skipped } = parseFeed({
      version: 1,
      events: good.map((start, i) => ({ id: `e${i}`, title: 'E', start })),
    });
    expect(skipped).to.deep.equal([]);
    expect(feed.events).to.have.length(good.length);
  });
});

describe('parseFeed: problems and warnings', () => {
  it('says what was expected and what was found for a present value of the wrong type', () => {
    const { skipped } = parseFeed({
      version: 1,
      signatories: [
        { name: 42, sector: 'civil' },
        { name: 'A', sector: 'civil', signedAt: null },
      ],
      commitments: [{ id: 'c', text: 'C', status: 'done', actions: 'many' }],
      principles: [{ id: 'p' }],
    });
    expect(skipped.map((s) => s.message)).to.deep.equal([
      'name: Required',
      'name: Expected a string, found a number (42)',
      'signedAt: Expected a string, found null',
      'actions: Expected an array, found a string ("many")',
    ]);
  });

  it('warns of the values the widgets leave out, and keeps their items', () => {
    const { feed, skipped, warnings } = parseFeed(
      sampleFeed({
        principles: [
          { id: 'dialog', name: 'Dialog', color: 'notacolour' },
          { id: 'kvalitet', name: 'Kvalitet', color: '#abc' },
        ],
        signatories: [{ name: 'A', sector: 'civil', url: 'javascript:alert(1)', logo: 'data:image/png,x' }],
        commitments: [
          { id: 'c1', principleId: 'dialog', text: 'C', status: 'done', actions: [{ text: 'a', url: ' ' }] },
          { id: 'c2', principleId: 'okänd', text: 'C', status: 'done' },
        ],
        events: [{ id: 'e1', title: 'E', start: '2025-03-14', principleIds: ['kvalitet', 'saknas'] }],
      }),
    );
    expect(skipped).to.deep.equal([]);
    expect(feed.signatories).to.have.length(1);
    expect(warnings.map((w) => w.path)).to.deep.equal([
      'principles[0].color',
      'signatories[0].url',
      'signatories[0].logo',
      'events[0].principleIds[1]',
      'commitments[1].principleId',
    ]);
    expect(feed.events[0]?.principleIds).to.deep.equal(['kvalitet', 'saknas']);
    expect(warnings[4]).to.deep.equal({
      path: 'commitments[1].principleId',
      kind: 'principle',
      value: 'okänd',
    });
    expect(warnings[1]).to.deep.equal({
      path: 'signatories[0].url',
      kind: 'link',
      value: 'javascript:alert(1)',
    });
  });
});

describe('pickText', () => {
  it('takes the own language, then Swedish, then the first one', () => {
    expect(pickText('Dialog', 'en')).to.equal('Dialog');
    expect(pickText({ sv: 'Dialog', en: 'Dialogue' }, 'en')).to.equal('Dialogue');
    expect(pickText({ sv: 'Dialog', de: 'Dialog (de)' }, 'en')).to.equal('Dialog');
    expect(pickText({ de: 'Zusammenarbeit', fi: 'Yhteistyö' }, 'sv')).to.equal('Zusammenarbeit');
    expect(pickText(undefined, 'sv')).to.equal('');
  });
});

describe('safeUrl', () => {
  it('lets only http(s), mailto and tel through', () => {
    expect(safeUrl('https://a.se/x')).to.equal('https://a.se/x');
    expect(safeUrl('http://a.se/')).to.equal('http://a.se/');
    expect(safeUrl('mailto:info@a.se')).to.equal('mailto:info@a.se');
    expect(safeUrl('tel:+4635137100')).to.equal('tel:+4635137100');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      '',
      '  ',
    ]) {
      expect(safeUrl(bad), bad).to.equal(undefined);
    }
    expect(safeUrl('relative/path')).to.equal(undefined);
    expect(safeUrl('relative/path', 'https://a.se/feeds/f.json')).to.equal(
      'https://a.se/feeds/relative/path',
    );
  });

  it('gives every address what the URL parser gives, its fast way for plain ones included', () => {
    const parsed = (value: string) => {
      try {
        return new URL(value.trim()).href;
      } catch {
        return undefined;
      }
    };
    const tricky = [
      'https://a.se',
      'https://a.se?x=1',
      'https://a.se#top',
      'https://www.forening.se/om-oss/?id=12&sida=2#kontakt',
      'https://A.se/',
      'HTTPS://a.se/',
      'https://a.se:443/',
      'http://a.se:80/x',
      'https://user@a.se/',
      'https://127.1/',
      'https://a.0x10/',
      'https://a.123/',
      'https://xn--rksmrgs-5wao1o.se/',
      'https://xn--a.se/',
      'https://a.se./',
      'https://a..se/',
      'https://a.se/./b/../c',
      'https://a.se/%2e%2E/c',
      'https://a.se/.well-known/x',
      "https://a.se/it's?q='x'",
      'https://a.se/a b',
      'https://a.se/å?ä#ö',
      'https://a.se/{x}|^`',
      'https://a.se/\\x',
      'https://a.se/x\ty',
      'https://a.se/%zz?%41#%',
      'https://a.se!x/',
      'https://a_b.se/',
      'https://-a-.se/',
      '  https://a.se/x  ',
    ];
    for (const value of tricky) expect(safeUrl(value), value).to.equal(parsed(value));
    // Thousands more, from the characters that matter, by a seeded generator: some 4 % plain.
    let seed = 7;
    const next = (below: number) => Math.floor(((seed = (seed * 48271) % 2147483647) / 2147483647) * below);
    const pick = <T>(list: ArrayLike<T>) => list[next(list.length)]!;
    const some = (chars: string, most: number) =>
      Array.from({ length: next(most) }, () => pick(chars)).join('');
    for (let n = 0; n < 20_000; n += 1) {
      const value =
        pick(['https://', 'http://', 'HTTPS://']) +
        (some(pick(['ab09-', 'ab09-.xX_']), 10) || 'a') +
        pick(['.se', '.s1', '.1', '.0x1', '', '.se.', '..se', '.xn--a']) +
        pick(['', '/', '?', '#', ':8']) +
        some(pick(['ab/.?#%2eE-_~!$&()*+,;=:@', 'ab/.?#%2eE-_~!$&\'()*+,;=:@[]{}|^`" <>\\\tå']), 14);
      expect(safeUrl(value), value).to.equal(parsed(value));
    }
  });

  it('checks plain web addresses without the URL parser, long work in a feed of thousands', () => {
    const { URL: Parser } = globalThis;
    let made = 0;
    globalThis.URL = class extends Parser {
      constructor(...args: ConstructorParameters<typeof URL>) {
        super(...args);
        made += 1;
      }
    };
    try {
      const signatories = Array.from({ length: 100 }, (_, i) => ({
        name: `Förening ${i}`,
        sector: 'civil',
        url: `https://forening-${i}.se/om-oss?sida=${i}#kontakt`,
      }));
      const { feed } = parseFeed({ version: 1, signatories }, 'https://region.se/feed.json');
      expect(feed.signatories.map((s) => s.url)).to.deep.equal(signatories.map((s) => s.url));
      expect(made, 'URLs made for plain links').to.equal(0);
      parseFeed({ version: 1, signatories: [{ ...signatories[0], url: 'om-oss' }] }, 'https://region.se/');
      expect(made, 'a relative link still goes through the parser').to.equal(1);
    } finally {
      globalThis.URL = Parser;
    }
  });

  it('builds mailto and tel links only from plausible addresses and numbers', () => {
    expect(mailtoUrl('info@forening.se')).to.equal('mailto:info@forening.se');
    expect(mailtoUrl('not an address')).to.equal(undefined);
    expect(telUrl('035-13 71 00')).to.equal('tel:035137100');
    expect(telUrl('+46 35-13 71 00')).to.equal('tel:+4635137100');
    expect(telUrl('call us')).to.equal(undefined);
  });
});

describe('feedTime', () => {
  it('reads offsets as written and local times in the feed time zone, across DST', () => {
    expect(feedTime('2024-03-14T09:00:00+01:00').toISOString()).to.equal('2024-03-14T08:00:00.000Z');
    expect(feedTime('2024-03-14T09:00').toISOString()).to.equal('2024-03-14T08:00:00.000Z');
    expect(feedTime('2024-06-14T09:00').toISOString()).to.equal('2024-06-14T07:00:00.000Z');
    expect(feedTime('2024-06-14').toISOString()).to.equal('2024-06-13T22:00:00.000Z');
    expect(feedTime('2024-06-14T09:00', 'America/New_York').toISOString()).to.equal(
      '2024-06-14T13:00:00.000Z',
    );
    // 02:30 on 31 March 2024 does not exist in Stockholm; it moves forward to 03:30 CEST.
    expect(feedTime('2024-03-31T02:30').toISOString()).to.equal('2024-03-31T01:30:00.000Z');
    expect(Number.isNaN(feedTime('nonsense').getTime())).to.equal(true);
  });
});

describe('isBefore', () => {
  it('compares two local times as wall clocks, without asking the time zone', () => {
    // A zone Intl does not know would throw if it were asked.
    expect(isBefore('2024-05-14T09:00', '2024-05-14T09:30', 'Mars/Olympus')).to.equal(true);
    expect(isBefore('2024-05-14T09:30', '2024-05-14T09:00:59', 'Mars/Olympus')).to.equal(false);
    expect(isBefore('2024-05-14', '2024-05-14T00:00', 'Mars/Olympus')).to.equal(false);
    expect(isBefore('2024-05-13', '2024-05-14T00:00', 'Mars/Olympus')).to.equal(true);
  });

  it('compares times with offsets, or one of each, as instants', () => {
    expect(isBefore('2024-05-14T09:00+02:00', '2024-05-14T08:30+01:00')).to.equal(true);
    expect(isBefore('2024-05-14T08:30Z', '2024-05-14T09:00+02:00')).to.equal(false);
    // 10:00 in Stockholm is 08:00Z in May.
    expect(isBefore('2024-05-14T10:00', '2024-05-14T08:30Z')).to.equal(true);
    expect(isBefore('2024-05-14T10:00', '2024-05-14T07:30Z')).to.equal(false);
  });
});

describe('parseFeedInTurns', () => {
  const large = () =>
    sampleFeed({
      signatories: Array.from({ length: 20_000 }, (_, i) => ({
        id: `s${i}`,
        name: `Förening ${i}`,
        sector: 'civil',
        signedAt: '2024-05-14',
      })).concat([{ id: 's1', name: 'Twice', sector: 'civil', signedAt: '2024-02-30' }]),
    });
  it('gives the page turns while it checks a long feed, and finds what parseFeed finds', async () => {
    const json = large();
    let checking = true;
    let turnTaken = false;
    // Urgent work the page queued: it runs at the first turn the check gives.
    atNextTurn(() => (turnTaken = checking));
    const result = await parseFeedInTurns(json, 'https://example.org/feed.json');
    checking = false;
    expect(turnTaken, 'the queued task ran during the check').to.equal(true);
    expect(result).to.deep.equal(parseFeed(json, 'https://example.org/feed.json'));
    expect(result.feed.signatories).to.have.length(20_000);
    expect(result.skipped.map((s) => s.path)).to.deep.equal(['signatories[20000]']);
  });

  it('gives the page a turn among the first items when they are slow to check', async () => {
    // Eight principles whose colour takes 5 ms each to check: slow, as the first items of a kind
    // are on a phone while the browser compiles the check.
    const slowColor = (value: string | undefined) => {
      const until = performance.now() + 5;
      while (performance.now() < until);
      return value;
    };
    const principles = Array.from({ length: 8 }, (_, i) => ({
      id: `p${i}`,
      name: `P${i}`,
      color: '#123456',
    }));
    let checking = true;
    let turnTaken = false;
    atNextTurn(() => (turnTaken = checking));
    const result = await parseFeedInTurns(sampleFeed({ principles }), undefined, { color: slowColor });
    checking = false;
    expect(turnTaken, 'the queued task ran during the check').to.equal(true);
    expect(result.feed.principles).to.have.length(8);
  });

  it('takes no turn while its time is not up: a short feed is checked in one go', async () => {
    // The clock stands still, so however busy this machine is, the check's time is never up.
    const now = performance.now.bind(performance);
    const start = now();
    performance.now = () => start;
    let checking = true;
    let turnTaken = false;
    try {
      atNextTurn(() => (turnTaken = checking));
      await parseFeedInTurns(sampleFeed());
      checking = false;
    } finally {
      performance.now = now;
    }
    expect(turnTaken).to.equal(false);
  });
});
