import { expect } from '@open-wc/testing';
import { buildFeed, describeProblem } from './index.js';

/** The module runs in the browser as it does in Node: the authoring page hands it dropped files. */
describe('feed authoring in the browser', () => {
  it('builds the workbook template and a Windows-1252 CSV, with problems placed by row', async () => {
    const workbook = new Uint8Array(await (await fetch('/templates/mall.xlsx')).arrayBuffer());
    // "Föreningen Å;idéburen" and a bad sector, as Excel saves them in Windows-1252.
    const csv = Uint8Array.from(
      'Namn;Sektor\r\nF\xf6reningen \xc5;id\xe9buren\r\nB;Id\xe9el\r\n;;\r\n',
      (c) => c.charCodeAt(0),
    );
    const { feed, problems, summary } = await buildFeed(
      [
        { name: 'mall.xlsx', bytes: workbook },
        { name: 'nya-undertecknare.csv', bytes: csv },
      ],
      { lang: 'sv' },
    );
    expect(summary.events).to.equal(1);
    expect(feed.events![0]!.start).to.equal('2025-10-26T09:00+01:00');
    expect(problems.map((p) => describeProblem(p, 'sv'))).to.deep.equal([
      'nya-undertecknare.csv: okänt blad; det läses inte. Blad som läses: överenskommelse, principer, undertecknare, lokaler, evenemang, evenemangstyper, användningar, åtaganden, insatser, målbild',
    ]);
    const renamed = await buildFeed([{ name: 'undertecknare.csv', bytes: csv }], { lang: 'en' });
    expect(renamed.feed.signatories!.map((s) => s.name)).to.deep.equal(['Föreningen Å']);
    expect(renamed.problems).to.deep.equal([
      {
        severity: 'error',
        file: 'undertecknare.csv',
        sheet: undefined,
        row: 3,
        column: 'Sektor',
        value: 'Idéel',
        message: "'Idéel' is not a sector; use civil, public or other",
      },
    ]);
  });
});
