/**
 * The validator and the published JSON Schema, in Node (`npm run test:cli`): the schema compiles in
 * ajv's strict mode, and ajv and the validator give each feed the same verdict wherever a JSON
 * Schema can say it.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { cli } from './cli.js';

const DEMO = ['halland', 'varmland'].map((name) =>
  fileURLToPath(new URL(`../../demo/feeds/${name}.json`, import.meta.url)),
);

const venue = (coordinates) => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: { type: 'Point', coordinates }, properties: { name: 'V' } }],
});
const event = (start) => ({ events: [{ id: 'e', title: 'E', start }] });

/** Feeds both the schema and the validator accept. */
const GOOD = {
  minimal: {},
  'leap day and the ends of each range': {
    events: ['2024-02-29', '1800-01-01T00:00', '2200-12-31T23:59:59.5+14:00', '2024-05-14T09:00-12:00'].map(
      (start, i) => ({ id: `e${i}`, title: 'E', start }),
    ),
  },
  'venues without features': { venues: { type: 'FeatureCollection' } },
  'a position with an altitude': { venues: venue([12.8, 56.6, 12]) },
  'an action year': {
    commitments: [{ id: 'c', text: 'C', status: 'done', actions: [{ text: 'a', year: 2024 }] }],
  },
};

/** Feeds both reject. */
const BAD = {
  'hour 25': { commitments: [{ id: 'c', text: 'C', status: 'done', updatedAt: '2024-05-14T25:00:00Z' }] },
  'month 13': { signatories: [{ name: 'A', sector: 'civil', signedAt: '2024-13-01' }] },
  'day 00': { agreement: { launchedAt: '2024-00-00' } },
  'minute 60': event('2024-05-14T09:60'),
  'second 60': event('2024-05-14T09:00:60Z'),
  'offset past 14:00': event('2024-05-14T09:00:00+14:30'),
  'year 0001': event('0001-01-01'),
  'year 9999': {
    signatories: [{ name: 'A', sector: 'civil', signedAt: '2020-01-01', leftAt: '9999-12-31' }],
  },
  'action year 1': {
    commitments: [{ id: 'c', text: 'C', status: 'done', actions: [{ text: 'a', year: 1 }] }],
  },
  'a name of the wrong type': { signatories: [{ name: 42, sector: 'civil' }] },
  'a position of four numbers': { venues: venue([12.8, 56.6, 12, 1]) },
  'a latitude past 90': { venues: venue([12.8, 95]) },
};

let dir;
let schema;
let validate;
const file = async (name, json) => {
  const path = join(dir, `${name.replace(/\W+/g, '-')}.json`);
  await writeFile(path, JSON.stringify(json));
  return path;
};

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ok-widgets-cli-'));
  const { stdout } = await cli(['schema']);
  schema = JSON.parse(stdout);
  validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
});

describe('the JSON Schema', () => {
  it('compiles in ajv’s strict mode', () => {
    assert.equal(typeof validate, 'function');
  });

  for (const path of DEMO) {
    it(`accepts the demo feed ${path.split('/').at(-1)}, as the validator does`, async () => {
      assert.equal(validate(JSON.parse(await readFile(path, 'utf8'))), true, JSON.stringify(validate.errors));
      assert.equal((await cli(['validate', path])).code, 0);
    });
  }

  for (const [name, sections] of Object.entries(GOOD)) {
    it(`accepts ${name}, as the validator does`, async () => {
      const feed = { version: 1, ...sections };
      assert.equal(validate(feed), true, JSON.stringify(validate.errors));
      const result = await cli(['validate', await file(name, feed)]);
      assert.equal(result.code, 0, result.stdout);
    });
  }

  for (const [name, sections] of Object.entries(BAD)) {
    it(`rejects ${name}, as the validator does`, async () => {
      const feed = { version: 1, ...sections };
      assert.equal(validate(feed), false);
      const result = await cli(['validate', await file(name, feed)]);
      assert.equal(result.code, 1, result.stdout);
    });
  }

  it('leaves to the validator the days a pattern cannot know: 30 February', async () => {
    const feed = { version: 1, ...event('2024-02-30T10:00') };
    assert.equal(validate(feed), true);
    const result = await cli(['validate', await file('february-30', feed)]);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /events\[0\]\.start: No such day in the calendar/);
  });
});

describe('ok-widgets validate', () => {
  it('says what was expected and what was found, in English or Swedish', async () => {
    const path = await file('wrong-type', { version: 1, ...BAD['a name of the wrong type'] });
    const english = await cli(['validate', path]);
    assert.match(english.stdout, /signatories\[0\]\.name: Expected a string, found a number \(42\)/);
    assert.doesNotMatch(english.stdout, /Required/);
    const swedish = await cli(['validate', '--lang', 'sv', path]);
    assert.match(swedish.stdout, /signatories\[0\]\.name: Förväntade en text, fann ett tal \(42\)/);
    assert.match(swedish.stdout, /1 post skulle utelämnas/);
    const fromLang = await cli(['validate', path], { LANG: 'sv_SE.UTF-8' });
    assert.equal(fromLang.stdout, swedish.stdout);
    const overridden = await cli(['validate', '--lang=en', path], { LANG: 'sv_SE.UTF-8' });
    assert.equal(overridden.stdout, english.stdout);
    assert.equal((await cli(['validate', '--lang', 'fi', path])).code, 2);
  });

  it('warns of what the widgets leave out, without failing the feed', async () => {
    const path = await file('warnings', {
      version: 1,
      principles: [
        { id: 'p', name: 'P', color: 'blurple' },
        { id: 'q', name: 'Q', color: 'RebeccaPurple' },
      ],
      signatories: [{ name: 'A', sector: 'civil', url: 'javascript:alert(1)', logo: 'logos/a.svg' }],
      events: [{ id: 'e', title: 'E', start: '2024-05-14', registrationUrl: 'data:text/html,x' }],
      commitments: [{ id: 'c', text: 'C', status: 'done', principleId: 'nope' }],
    });
    const result = await cli(['validate', path]);
    assert.equal(result.code, 0, result.stdout);
    const warned = result.stdout
      .split('\n')
      .filter((line) => line.startsWith('  '))
      .map((line) => line.trim().split(':')[0]);
    assert.deepEqual(warned, [
      'principles[0].color',
      'signatories[0].url',
      'events[0].registrationUrl',
      'commitments[0].principleId',
    ]);
    assert.match(result.stdout, /4 warnings/);
  });

  describe('over HTTP', () => {
    let server;
    let base;
    before(async () => {
      server = createServer((request, response) => {
        if (request.url === '/feed.json') {
          response.setHeader('Content-Type', 'application/json');
          response.end(JSON.stringify({ version: 1, ...BAD['hour 25'] }));
        } else {
          response.statusCode = 404;
          response.end();
        }
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${server.address().port}`;
    });
    after(() => server.close());

    it('validates a URL and reports HTTP errors', async () => {
      const ok = await cli(['validate', `${base}/feed.json`]);
      assert.equal(ok.code, 1);
      assert.match(ok.stdout, /commitments\[0\]\.updatedAt: Expected a date/);
      const missing = await cli(['validate', `${base}/missing.json`]);
      assert.equal(missing.code, 1);
      assert.match(missing.stdout, /HTTP 404/);
    });
  });
});
