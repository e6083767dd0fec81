/**
 * `ok-widgets build` on spreadsheets as offices really save them (`npm run test:cli`): each test
 * writes its files' bytes (Windows-1252 from Excel's "CSV (semikolonavgränsad)", UTF-8 with and
 * without BOM, a workbook written by a library), runs the command and reads what it says and writes.
 */
import assert from 'node:assert/strict';
import { access, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import writeExcelFile from 'write-excel-file/node';
import { cli } from './cli.js';

const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

let dir;
let count = 0;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ok-build-'));
});

/** A fresh folder with files of the given bytes (strings are written as UTF-8 without BOM). */
async function folder(files) {
  const path = join(dir, `set-${count++}`);
  await import('node:fs/promises').then((fs) => fs.mkdir(path));
  for (const [name, bytes] of Object.entries(files)) await writeFile(join(path, name), bytes);
  return path;
}

/** Builds `files`; returns the exit code, the problems printed, and the feed written (if any). */
async function build(files, ...flags) {
  const path = await folder(files);
  const out = join(path, 'feed.json');
  const { code, stderr } = await cli(['build', path, '-o', out, ...flags]);
  const feed = await readFile(out, 'utf8').then(JSON.parse, () => undefined);
  const lines = stderr.split('\n').filter(Boolean);
  return { code, feed, out, lines, problems: lines.filter((l) => /^(fel|varning|error|warning): /.test(l)) };
}

/** Excel's CSV in Sweden: Windows-1252, `;`, CRLF, and the empty rows it leaves at the end. */
const excelCsv = (rows) => Buffer.from(`${rows.join('\r\n')}\r\n;;;;\r\n;;;;\r\n`, 'latin1');
const BOM = '\uFEFF';

describe('ok-widgets build', () => {
  it('reads Excel CSV in Windows-1252 with ; and CRLF, and drops its empty trailing rows', async () => {
    const { code, feed, problems } = await build(
      {
        'undertecknare.csv': excelCsv([
          'Namn;Sektor;Kommun;Undertecknad;Lämnade',
          'Rädda Barnen Halland;Idéburen;Halmstad;2019-05-14;',
          'Region Halland;offentlig;Halmstad;2019-05-14;2023-12-31',
          'Föreningen Ö;ANNAN;Varberg;;',
        ]),
      },
      '--lang',
      'sv',
    );
    assert.deepEqual(problems, []);
    assert.equal(code, 0);
    assert.deepEqual(feed.signatories, [
      {
        id: 'radda-barnen-halland',
        name: 'Rädda Barnen Halland',
        sector: 'civil',
        municipality: 'Halmstad',
        signedAt: '2019-05-14',
      },
      {
        id: 'region-halland',
        name: 'Region Halland',
        sector: 'public',
        municipality: 'Halmstad',
        signedAt: '2019-05-14',
        leftAt: '2023-12-31',
      },
      { id: 'foreningen-o', name: 'Föreningen Ö', sector: 'other', municipality: 'Varberg' },
    ]);
  });

  it('reads UTF-8 CSV with , separators, with and without BOM, and quoted fields with separators, quotes and line breaks', async () => {
    const venues = [
      'id,name,lat,lon,address,uses,capacity,accessible,description',
      'v1,Folkets hus,"56,6745","12,8578","Storgatan 1, 302 43 Halmstad","möten; fest",80,x,"Stor sal med ""scen""',
      'och kök"',
      'v2,Idrottens hus,56.68,12.86,,idrott,"1 200",nej,',
      'v3,Trasig,north,12.86,,,,,',
    ].join('\n');
    const withBom = await build({ 'venues.csv': BOM + venues }, '--lang', 'en', '--keep-going');
    const without = await build({ 'lokaler.csv': venues }, '--lang', 'en', '--keep-going');
    for (const { feed, problems } of [withBom, without]) {
      const [v1, v2] = feed.venues.features;
      assert.deepEqual(v1.geometry.coordinates, [12.8578, 56.6745]);
      assert.equal(v1.properties.address, 'Storgatan 1, 302 43 Halmstad');
      assert.equal(v1.properties.description, 'Stor sal med "scen"\noch kök');
      assert.deepEqual(v1.properties.uses, ['meeting', 'party']);
      assert.equal(v1.properties.accessible, true);
      assert.equal(v2.properties.capacity, 1200);
      assert.equal(v2.properties.accessible, false);
      assert.equal(feed.venues.features.length, 2);
      // The quoted line break keeps the record on one spreadsheet row: the broken one is row 4.
      assert.match(problems[0], /^error: (venues|lokaler)\.csv, row 4, column lat: 'north' is not a number/);
    }
  });

  it('reads an .xlsx workbook: date cells as wall-clock times in the agreement’s time zone, numbers as numbers', async () => {
    const wall = (y, mo, d, h = 0, mi = 0) => new Date(Date.UTC(y, mo - 1, d, h, mi));
    const bytes = await writeExcelFile([
      {
        sheet: 'Överenskommelse',
        data: [
          ['Fält', 'Värde'],
          ['Namn', 'Överenskommelsen i Helsingfors'],
          ['Tidszon', 'Europe/Helsinki'],
          ['Lanserad', { value: wall(2019, 5, 14), format: 'yyyy-mm-dd' }],
        ],
      },
      {
        sheet: 'Evenemang',
        data: [
          ['Titel', 'Start', 'Slut', 'Heldag'],
          ['Möte', { value: wall(2025, 1, 15, 9, 30), format: 'yyyy-mm-dd hh:mm' }, '2025-01-15 12:00', null],
          ['Sommarmöte', { value: wall(2025, 6, 15, 9, 0), format: 'yyyy-mm-dd hh:mm' }, null, false],
          ['Heldag', { value: wall(2025, 6, 16), format: 'yyyy-mm-dd' }, null, null],
        ],
      },
      {
        sheet: 'Lokaler',
        data: [
          ['Namn', 'Latitud', 'Longitud', 'Kapacitet'],
          ['Sal', 60.17, 24.94, 40],
        ],
      },
    ]).toBuffer();
    const { code, feed, problems } = await build({ 'region.xlsx': bytes }, '--lang', 'sv');
    assert.deepEqual(problems, []);
    assert.equal(code, 0);
    assert.equal(feed.agreement.launchedAt, '2019-05-14');
    assert.deepEqual(
      feed.events.map(({ start, end, allDay }) => ({ start, end, allDay })),
      [
        { start: '2025-01-15T09:30+02:00', end: '2025-01-15T12:00+02:00', allDay: undefined },
        { start: '2025-06-15T09:00+03:00', end: undefined, allDay: undefined },
        { start: '2025-06-16', end: undefined, allDay: true },
      ],
    );
    assert.equal(feed.events[0].id, 'mote-2025-01-15');
    const [sal] = feed.venues.features;
    assert.deepEqual(sal.geometry.coordinates, [24.94, 60.17]);
    assert.equal(sal.properties.capacity, 40);
  });

  it('places local times across DST: a skipped time is an error, a repeated one takes the first and warns', async () => {
    const { code, feed, problems } = await build(
      {
        'evenemang.csv': [
          'Titel;Start;Slut',
          'Vårnatt;2025-03-30 02:30;',
          'Höstnatt;2025-10-26 02:30;2025-10-26 03:30',
          'Söndag;2025-10-26 10:00;2025-10-26T12:00:00+01:00',
        ].join('\r\n'),
      },
      '--lang',
      'sv',
      '--keep-going',
    );
    assert.equal(code, 1);
    assert.deepEqual(problems, [
      "fel: evenemang.csv, rad 2, kolumn Start: '2025-03-30 02:30' finns inte i Europe/Stockholm: klockan ställs fram den natten; välj en tid före eller efter",
      "varning: evenemang.csv, rad 3, kolumn Start: '2025-10-26 02:30' finns två gånger i Europe/Stockholm: klockan ställs tillbaka den natten; den första (+02:00) används",
    ]);
    assert.deepEqual(
      feed.events.map((e) => [e.title, e.start, e.end]),
      [
        ['Höstnatt', '2025-10-26T02:30+02:00', '2025-10-26T03:30+01:00'],
        ['Söndag', '2025-10-26T10:00+01:00', '2025-10-26T12:00:00+01:00'],
      ],
    );
  });

  it('reports two rows with one id as an error naming both rows', async () => {
    const { code, feed, problems } = await build(
      {
        'principer.csv': 'Id;Namn\r\ndialog;Dialog\r\nopenhet;Öppenhet\r\ndialog;Samråd\r\n',
        'undertecknare.csv': 'Namn;Sektor\r\nFöreningen A;idéburen\r\nFöreningen Å;idéburen\r\n',
      },
      '--lang',
      'sv',
    );
    assert.equal(code, 1);
    assert.equal(feed, undefined, 'nothing written');
    assert.deepEqual(problems, [
      "fel: principer.csv, rad 4, kolumn Id: id 'dialog' finns redan på principer.csv, rad 2",
      "fel: undertecknare.csv, rad 3: id 'foreningen-a' finns redan på undertecknare.csv, rad 2",
    ]);
  });

  it('says what was expected of each bad value, in Swedish and English', async () => {
    const files = {
      'undertecknare.csv': excelCsv([
        'Namn;Sektor;Undertecknad;Webbplats',
        'A;idéburen;2019-05-14;https://a.example',
        'B;offentlig;14/5 2019;',
        'C;Idéel;;',
        'D;annan;;javascript:alert(1)',
      ]),
      'åtaganden.csv': 'Nummer;Princip;Text;Status\r\n1;Dialog;T;klar\r\n2,5;;U;kanske\r\n',
    };
    const sv = await build(files, '--lang', 'sv');
    assert.deepEqual(sv.problems, [
      "fel: undertecknare.csv, rad 3, kolumn Undertecknad: '14/5 2019' är inget datum; skriv som 2024-03-14",
      "fel: undertecknare.csv, rad 4, kolumn Sektor: 'Idéel' är ingen sektor; använd idéburen, offentlig eller annan",
      "fel: undertecknare.csv, rad 5, kolumn Webbplats: 'javascript:alert(1)' är ingen webbadress; skriv som https://exempel.se/sida",
      "fel: åtaganden.csv, rad 3, kolumn Nummer: '2,5' är inget heltal",
      "fel: åtaganden.csv, rad 3, kolumn Status: 'kanske' är ingen status; använd planerad, pågår eller klar",
    ]);
    const en = await build(files, '--lang', 'en');
    assert.equal(
      en.problems[1],
      "error: undertecknare.csv, row 4, column Sektor: 'Idéel' is not a sector; use civil, public or other",
    );
    assert.equal(
      en.lines.at(-1),
      '5 errors: no feed written (--keep-going writes it without the broken rows)',
    );
  });

  it('--keep-going writes the feed without the broken rows and still exits 1', async () => {
    const files = {
      'undertecknare.csv': 'Namn;Sektor\r\nA;idéburen\r\nB;okänd\r\nC;offentlig\r\n– –;idéburen\r\n',
    };
    const stopped = await build(files);
    assert.equal(stopped.code, 1);
    await assert.rejects(access(stopped.out), 'no file written without --keep-going');
    const kept = await build(files, '--keep-going', '--lang', 'en');
    assert.equal(kept.code, 1);
    assert.deepEqual(
      kept.feed.signatories.map((s) => s.name),
      ['A', 'C'],
    );
    assert.equal(
      kept.problems[1],
      'error: undertecknare.csv, row 5: no id can be made from the name; write one in the id column',
    );
    assert.match(kept.lines.at(-1), /feed\.json written without the rows with 2 errors$/);
    const valid = await cli(['validate', kept.out]);
    assert.equal(valid.code, 0, valid.stdout);
  });

  it('warns of unknown sheets and columns and reads the rest', async () => {
    const { code, feed, problems } = await build(
      {
        'undertecknare.csv': 'Namn;Sektor;Favoritfärg\r\nA;idéburen;blå\r\n',
        'anteckningar.csv': 'Vad;När\r\nx;y\r\n',
        'README.txt': 'not read',
      },
      '--lang',
      'sv',
    );
    assert.equal(code, 0);
    assert.equal(feed.signatories.length, 1);
    assert.equal(problems.length, 2);
    assert.match(
      problems[0],
      /^varning: anteckningar\.csv: okänt blad; det läses inte\. Blad som läses: överenskommelse, /,
    );
    assert.equal(
      problems[1],
      'varning: undertecknare.csv, rad 1, kolumn Favoritfärg: okänd kolumn; den läses inte',
    );
  });

  it('forgives headers’ case, spaces and accents; reads labels, decimal commas, ja/nej/x and lists', async () => {
    const { code, feed, problems } = await build(
      {
        'PRINCIPER.csv': 'ID ; NAMN ; namn_en\r\ndialog;Dialog;Dialogue\r\n;Öppenhet och insyn;Openness\r\n',
        'Evenemangstyper.csv': 'Namn;Farg\r\nStudiebesök;#0b5cad\r\n',
        'evenemang.csv':
          'titel;TYP;start;slut;Status;Principer;heldag\r\nBesök;studiebesök;2025-05-14;2025-05-15;Inställt;"Dialog, öppenhet och insyn";x\r\n',
        'ataganden.csv':
          'nummer;princip;text;status;uppdaterad\r\n7;öppenhet och insyn;Vi öppnar;Pågår;2024-09-23 10:00\r\n',
        'insatser.csv': 'Atagande;ÅR;text;länk\r\n7;2024;Öppet möte;www.example.org/mote\r\n',
      },
      '--lang',
      'en',
    );
    assert.deepEqual(problems, []);
    assert.equal(code, 0);
    assert.deepEqual(feed.principles[1], {
      id: 'oppenhet-och-insyn',
      name: { sv: 'Öppenhet och insyn', en: 'Openness' },
    });
    assert.deepEqual(feed.eventTypes, [{ id: 'studiebesok', name: 'Studiebesök', color: '#0b5cad' }]);
    assert.deepEqual(feed.events[0], {
      id: 'besok-2025-05-14',
      title: 'Besök',
      type: 'studiebesok',
      start: '2025-05-14',
      end: '2025-05-15',
      allDay: true,
      status: 'cancelled',
      principleIds: ['dialog', 'oppenhet-och-insyn'],
    });
    assert.deepEqual(feed.commitments[0], {
      id: 'c07',
      number: 7,
      principleId: 'oppenhet-och-insyn',
      text: 'Vi öppnar',
      status: 'in-progress',
      actions: [{ text: 'Öppet möte', year: 2024, url: 'https://www.example.org/mote' }],
      updatedAt: '2024-09-23T10:00+02:00',
    });
  });

  it('builds the templates, CSV and workbook alike, into a valid feed', async () => {
    const dirOut = await folder({});
    const csv = join(dirOut, 'csv.json');
    const xlsx = join(dirOut, 'xlsx.json');
    const fromCsv = await cli(['build', join(TEMPLATES, 'csv'), '-o', csv]);
    const fromXlsx = await cli(['build', join(TEMPLATES, 'mall.xlsx'), '-o', xlsx]);
    assert.equal(fromCsv.code, 0, fromCsv.stderr);
    assert.equal(fromXlsx.code, 0, fromXlsx.stderr);
    assert.doesNotMatch(fromCsv.stderr + fromXlsx.stderr, /warning/);
    assert.deepEqual(JSON.parse(await readFile(xlsx, 'utf8')), JSON.parse(await readFile(csv, 'utf8')));
    const valid = await cli(['validate', csv]);
    assert.equal(valid.code, 0, valid.stdout);
    assert.doesNotMatch(valid.stdout, /warning/);
    const feed = JSON.parse(await readFile(csv, 'utf8'));
    for (const section of [
      'principles',
      'signatories',
      'events',
      'eventTypes',
      'venueUses',
      'commitments',
      'targets',
    ]) {
      assert.equal(feed[section].length, 1, section);
    }
    assert.equal(feed.venues.features.length, 1);
    assert.equal(feed.commitments[0].actions.length, 1);
  });

  it('reports a CSV file with a quote left open as unreadable, and reads the other files', async () => {
    const { code, feed, problems } = await build(
      {
        'principer.csv': 'Namn;Beskrivning\r\nDialog;"Vi möts\r\nÖppenhet;Ja\r\n',
        'undertecknare.csv': 'Namn;Sektor\r\nA;idéburen\r\n',
      },
      '--lang',
      'en',
      '--keep-going',
    );
    assert.equal(code, 1);
    assert.deepEqual(
      feed.signatories.map((s) => s.name),
      ['A'],
    );
    assert.equal(feed.principles, undefined);
    assert.match(problems[0], /^error: principer\.csv: could not be read: .*quote/i);
  });

  it('exits 1 with a short message for a path that is not there', async () => {
    const { code, stderr } = await cli(['build', join(dir, 'saknas.xlsx')]);
    assert.equal(code, 1);
    assert.match(stderr, /^ENOENT: no such file or directory, stat '.*saknas\.xlsx'\n$/);
  });

  it('exits 2 with the usage for a build of nothing', async () => {
    const { code, stderr } = await cli(['build']);
    assert.equal(code, 2);
    assert.match(stderr, /ok-widgets build <files or folders…>/);
  });
});
