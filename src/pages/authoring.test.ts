/**
 * The authoring page as an office uses it: real files into the file input (a Windows-1252 CSV as
 * Excel saves it, the workbook template), then the summary, the problems, the preview and the
 * downloads, read back by the feed's own parser and by ical.js.
 */
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { closePages, openPage, pageDoc, pageViolations } from '../../tests/pages.js';
import { until } from '../../tests/helpers.js';
import { parseFeed } from '../feed/parse.js';

/** Bytes as Excel's "CSV (semikolonavgränsad)" writes them: Windows-1252, CRLF, an empty last row. */
const windows1252 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

const GOOD_CSV = windows1252(
  'Namn;Sektor;Kommun\r\nF\xf6reningen \xc5;id\xe9buren;Kil\r\nB\xe5tklubben;annan;Arvika\r\n;;\r\n',
);
const BROKEN_CSV = windows1252('Namn;Sektor\r\nF\xf6reningen \xc5;id\xe9buren\r\nB;Id\xe9el\r\n');

async function template(): Promise<File> {
  const bytes = await (await fetch('/templates/mall.xlsx')).arrayBuffer();
  return new File([bytes], 'mall.xlsx');
}

/** Chooses `files` in the page's file input, as the file picker does. */
function choose(frame: HTMLIFrameElement, files: File[]): void {
  const input = pageDoc(frame).querySelector<HTMLInputElement>('#files')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function built(frame: HTMLIFrameElement): Promise<HTMLAnchorElement> {
  const link = () => pageDoc(frame).querySelector<HTMLAnchorElement>('#download-feed');
  const refused = () => pageDoc(frame).querySelector('.progress .problem');
  await until(() => link() ?? refused(), 'the page offers the built feed', 20_000);
  expect(refused()?.textContent).to.equal(undefined);
  return link()!;
}

const rows = (frame: HTMLIFrameElement, table: string) =>
  [...pageDoc(frame).querySelectorAll(`#${table} tbody tr`)].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
  );

afterEach(closePages);

describe('authoring.html', () => {
  it('builds a feed from the workbook and a Windows-1252 CSV, and offers it and its calendar', async () => {
    const frame = await openPage('/pages/authoring.html');
    choose(frame, [await template(), new File([GOOD_CSV], 'undertecknare.csv')]);
    const link = await built(frame);
    expect(link.getAttribute('download')).to.equal('feed.json');
    expect(link.textContent).to.equal('Hämta feed.json');

    const feed = parseFeed(await (await fetch(link.href)).json(), location.href);
    expect(feed.skipped).to.deep.equal([]);
    // Every sheet that reached the feed is in the summary with its count.
    const summary = [...pageDoc(frame).querySelectorAll('.summary li')].map((li) => li.textContent!.trim());
    expect(summary).to.include(`${feed.feed.events.length} evenemang`);
    expect(feed.feed.signatories.map((s) => s.name)).to.include.members(['Föreningen Å', 'Båtklubben']);
    expect(pageDoc(frame).querySelector('#errors')).to.equal(null);

    const ics = await (
      await fetch(pageDoc(frame).querySelector<HTMLAnchorElement>('#download-ics')!.href)
    ).text();
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).to.have.length(feed.feed.events.length);

    // The preview shows the feed: the count of signatories is the feed's.
    // The preview is the whole agreement; its count renders once scrolled near.
    const agreement = pageDoc(frame).querySelector('ok-agreement')!;
    agreement.scrollIntoView();
    const count = () =>
      agreement.shadowRoot
        ?.querySelector('ok-signatory-count')
        ?.shadowRoot?.querySelector('[part=number]')
        ?.textContent?.match(/\d+/);
    await until(count, 'the preview shows the count');
    const current = feed.feed.signatories.filter((s) => !s.leftAt).length;
    expect(Number(count()![0])).to.equal(current);
  });

  it('lists every problem by file, row, column and value, and offers the feed without the broken row', async function () {
    this.timeout(90_000);
    const frame = await openPage('/pages/authoring.html');
    choose(frame, [new File([BROKEN_CSV], 'undertecknare.csv')]);
    const link = await built(frame);
    expect(rows(frame, 'errors')).to.deep.equal([
      [
        'undertecknare.csv',
        '3',
        'Sektor',
        'Idéel',
        "'Idéel' är ingen sektor; använd idéburen, offentlig eller annan",
      ],
    ]);
    expect(link.textContent).to.equal('Hämta feed.json utan raden med fel');
    const feed = await (await fetch(link.href)).json();
    expect(feed.signatories.map((s: { name: string }) => s.name)).to.deep.equal(['Föreningen Å']);
    expect(await pageViolations(frame)).to.deep.equal([]);
  });

  it('speaks English when asked, and reads files dropped on it', async function () {
    this.timeout(90_000);
    const frame = await openPage('/pages/authoring.html?ui=en', 320);
    await until(() => pageDoc(frame).querySelector('.drop-zone'), 'the drop zone');
    const zone = pageDoc(frame).querySelector('.drop-zone')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([BROKEN_CSV], 'signatories.csv'));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await built(frame);
    expect(rows(frame, 'errors')[0]?.[4]).to.equal("'Idéel' is not a sector; use civil, public or other");
    expect(pageDoc(frame).querySelector('h1')!.textContent).to.equal('Make a feed from spreadsheets');
    // At 320 px nothing but the problem table (which scrolls in its own region) is wider than the page.
    expect(pageDoc(frame).documentElement.scrollWidth).to.be.at.most(320);
    expect(await pageViolations(frame)).to.deep.equal([]);
  });

  it('says what is wrong with a file that is no spreadsheet, and is accessible before any file', async function () {
    this.timeout(90_000);
    const frame = await openPage('/pages/authoring.html');
    await until(() => pageDoc(frame).querySelector('#files'), 'the file input');
    expect(await pageViolations(frame)).to.deep.equal([]);
    choose(frame, [new File(['hej'], 'anteckningar.txt')]);
    await built(frame);
    expect(rows(frame, 'errors')[0]?.[0]).to.equal('anteckningar.txt');
    expect(pageDoc(frame).querySelector('.summary')).to.equal(null);
  });
});
