/**
 * The builder page and the embed page as an editor and a host page use them: each opened from
 * its source in an iframe of the test page, the builder with the manifest the test server makes.
 */
import { expect } from '@open-wc/testing';
import { sampleFeed, serveFeed, uniqueKey, until } from '../../tests/helpers.js';
import {
  closePages,
  keepPage,
  openPage as open,
  pageDoc as doc,
  pageViolations as axeViolations,
} from '../../tests/pages.js';
import { iframeSnippet } from './snippets.js';

/** Long enough for a first `cem analyze` of the sources on a loaded machine. */
const MANIFEST_TIMEOUT = 120_000;

const absolute = (path: string) => new URL(path, location.href).href;

async function servedFeed(sections: Record<string, unknown> = {}): Promise<string> {
  return absolute(await serveFeed(uniqueKey('pages'), { json: sampleFeed(sections) }));
}

afterEach(closePages);

describe('builder.html', () => {
  before(async function () {
    this.timeout(MANIFEST_TIMEOUT);
    // The first request makes the manifest (cem analyze) when the sources are newer than it.
    expect((await fetch('/pages/custom-elements.json')).ok).to.be.true;
  });

  async function builder(query: string, width?: number): Promise<HTMLIFrameElement> {
    const frame = await open(`/pages/builder.html?${query}`, width);
    await until(() => doc(frame).querySelector('#widget'), 'the builder shows its form');
    return frame;
  }

  const snippet = (frame: HTMLIFrameElement, which: 'script' | 'iframe') =>
    doc(frame).querySelector<HTMLTextAreaElement>(`#snippet-${which}`)?.value ?? '';

  it('offers every widget of the manifest, but not <ok-feed>', async () => {
    const frame = await builder('');
    const choices = [...doc(frame).querySelectorAll<HTMLOptionElement>('#widget option')].map((o) => o.value);
    expect(choices).to.include.members([
      'principle-wheel',
      'signatory-list',
      'signatory-count',
      'venue-map',
      'event-calendar',
      'commitment-tracker',
    ]);
    expect(choices).not.to.include('feed');
  });

  it('makes the snippets a prefilled link asks for, and lists what it ignores', async () => {
    const src = await servedFeed();
    const frame = await builder(
      new URLSearchParams({
        widget: 'signatory-count',
        src,
        goal: '60',
        chart: 'true',
        'hide-zero': 'false',
        onload: 'alert(1)',
      }).toString(),
    );
    await until(() => snippet(frame, 'script'), 'the script snippet');
    const bundle = absolute('/pages/cdn/ok-widgets.js');
    expect(snippet(frame, 'script')).to.equal(
      `<script type="module" src="${bundle}"></script>\n` +
        `<ok-signatory-count src="${src}" goal="60" chart></ok-signatory-count>`,
    );
    const embed = `${absolute('/pages/embed.html')}?${new URLSearchParams({ widget: 'signatory-count', src, goal: '60', chart: '' })}`;
    const iframe = snippet(frame, 'iframe');
    expect(iframe).to.contain(`<iframe src="${embed.replace(/&/g, '&amp;')}" title="Antal undertecknare"`);
    expect(iframe).to.contain('event.source === frame.contentWindow');
    expect(iframe).to.match(/height="\d+"/);
    expect(doc(frame).querySelector('header .notice')?.textContent).to.contain('onload');
    await until(
      () => doc(frame).querySelector('.check')?.textContent?.includes('Flödet går att läsa'),
      'the feed is checked',
    );
    expect(doc(frame).querySelector('.check')!.textContent).to.contain('undertecknare 2');
  });

  it('updates the preview and the snippet when an option changes', async () => {
    const src = await servedFeed();
    const frame = await builder(new URLSearchParams({ widget: 'signatory-list', src }).toString());
    const select = await (async () => {
      await until(() => doc(frame).querySelector('#option-sector'), 'the sector option');
      return doc(frame).querySelector<HTMLSelectElement>('#option-sector')!;
    })();
    expect([...select.options].map((o) => o.value)).to.deep.equal(['', 'civil', 'public', 'other']);
    select.value = 'civil';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => snippet(frame, 'script').includes('sector="civil"'), 'the snippet has the sector');
    expect(snippet(frame, 'iframe')).to.contain('sector=civil');
    for (const device of ['desktop', 'phone']) {
      const preview = doc(frame).querySelector<HTMLIFrameElement>(`iframe[data-device="${device}"]`)!;
      await until(
        () => preview.contentDocument?.querySelector('ok-signatory-list[sector="civil"]'),
        `the ${device} preview shows the civil sector`,
      );
    }
    expect(frame.contentWindow!.location.search).to.contain('sector=civil');
  });

  it('copies a snippet and says so to screen readers', async () => {
    const frame = await builder(
      new URLSearchParams({ widget: 'principle-wheel', src: await servedFeed() }).toString(),
    );
    await until(() => snippet(frame, 'iframe'), 'the iframe snippet');
    // A change (such as the feed check's answer) clears the copied status: click after it.
    await until(() => doc(frame).querySelector('.check .ok'), 'the feed checked');
    let written = '';
    // The test's hook on the page's clipboard: headless Chromium has no clipboard permission.
    Object.defineProperty(frame.contentWindow!.navigator.clipboard, 'writeText', {
      value: async (text: string) => void (written = text),
    });
    const button = doc(frame).querySelector<HTMLButtonElement>('#snippet-iframe ~ .copy button')!;
    // The code shown at the click: a preview may report its height, and so change the code, later.
    const shown = snippet(frame, 'iframe');
    button.click();
    const status = doc(frame).querySelector('#snippet-iframe-status')!;
    await until(() => status.textContent === 'Koden är kopierad.', 'the copied status');
    expect(status.getAttribute('role')).to.equal('status');
    expect(written).to.equal(shown);
  });

  it('says it in plain words when the feed has problems', async () => {
    const src = await servedFeed({
      signatories: [{ id: 's1', name: 'Förening', sector: 'okänd', signedAt: '2019-05-14' }],
    });
    const frame = await builder(new URLSearchParams({ widget: 'signatory-list', src }).toString());
    await until(
      () => doc(frame).querySelector('.check')?.textContent?.includes('signatories[0].sector'),
      'the problem and its path',
    );
    expect(doc(frame).querySelector('.check')!.textContent).to.contain('Förväntade "civil"');
  });

  it('refuses a hostile query with a clear message', async () => {
    const frame = await builder(
      new URLSearchParams({
        widget: 'nope',
        src: 'javascript:alert(1)',
        onload: 'alert(1)',
        bundle: 'javascript:alert(1)',
      }).toString(),
    );
    expect(doc(frame).querySelector<HTMLInputElement>('#bundle')!.value).to.equal(
      absolute('/pages/cdn/ok-widgets.js'),
    );
    await until(() => doc(frame).querySelector('.check .problem'), 'the refusal');
    expect(doc(frame).querySelector('.check')!.textContent).to.contain('https://');
    expect(doc(frame).body.textContent).to.contain('Widgeten "nope" finns inte');
    expect(doc(frame).querySelector('header .notice')!.textContent).to.contain('onload');
    expect(doc(frame).querySelector('iframe')).to.equal(null);
    expect(doc(frame).querySelector('textarea')).to.equal(null);
  });

  for (const ui of ['sv', 'en']) {
    it(`is accessible (ui=${ui})`, async function () {
      // Axe over a whole page with two preview frames takes long on a loaded machine.
      this.timeout(90_000);
      const src = await servedFeed();
      const frame = await builder(new URLSearchParams({ widget: 'signatory-count', src, ui }).toString());
      await until(() => doc(frame).querySelector('.check .ok'), 'the checked feed');
      expect(doc(frame).documentElement.lang).to.equal(ui);
      expect(await axeViolations(frame)).to.deep.equal([]);
    });
  }

  it('fits a 320 px wide window without scrolling sideways', async () => {
    const src = await servedFeed();
    const frame = await builder(new URLSearchParams({ widget: 'signatory-count', src }).toString(), 320);
    await until(() => snippet(frame, 'iframe'), 'the snippets');
    const root = doc(frame).documentElement;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
  });

  it('warns when a link names a script from another site', async () => {
    const src = await servedFeed();
    const bundle = 'https://elsewhere.example/ok-widgets.js';
    const frame = await builder(new URLSearchParams({ widget: 'signatory-count', src, bundle }).toString());
    await until(() => snippet(frame, 'script').includes(bundle), 'the snippet with that script');
    expect(doc(frame).body.textContent).to.contain('annan webbplats än den här sidan, elsewhere.example');
  });

  it("names the hash of the iframe snippet's script in the hosting guide, for a CSP", async () => {
    const script = /<script>([\s\S]*)<\/script>/.exec(iframeSnippet('https://x.example/', 'x', 1))![1]!;
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(script)));
    const hash = btoa(String.fromCharCode(...digest));
    expect(await (await fetch('/docs/hosting.md')).text()).to.contain(`'sha256-${hash}'`);
  });
});

describe('embed.html', () => {
  /** The heights the embed page in `frame` posts to this page. */
  function heightsOf(frame: HTMLIFrameElement): number[] {
    const heights: number[] = [];
    addEventListener('message', (event: MessageEvent<{ type?: string; height?: number }>) => {
      if (event.source === frame.contentWindow && event.data?.type === 'ok-widgets:resize')
        heights.push(event.data.height!);
    });
    return heights;
  }

  async function embed(query: Record<string, string>): Promise<HTMLIFrameElement> {
    const frame = document.createElement('iframe');
    frame.style.width = '600px';
    frame.src = `/pages/embed.html?${new URLSearchParams(query)}`;
    return keepPage(frame);
  }

  it('shows the widget alone and posts its height on every change', async () => {
    const src = await servedFeed();
    const frame = await embed({ widget: 'signatory-count', src, goal: '60', chart: 'false' });
    const heights = heightsOf(frame);
    document.body.append(frame);
    await until(() => heights.length > 0, 'a first height');
    const widget = await (async () => {
      await until(() => doc(frame).querySelector('ok-signatory-count'), 'the widget');
      return doc(frame).querySelector('ok-signatory-count')!;
    })();
    expect(widget.getAttribute('src')).to.equal(src);
    expect(widget.getAttribute('goal')).to.equal('60');
    expect(widget.hasAttribute('chart')).to.be.false;
    expect(doc(frame).documentElement.lang).to.equal('sv');
    await until(() => widget.shadowRoot?.textContent?.includes('60'), 'the widget shows the goal');
    const extra = doc(frame).createElement('div');
    extra.style.height = '500px';
    doc(frame).querySelector('main')!.append(extra);
    const before = heights.at(-1)!;
    await until(() => heights.at(-1)! >= before + 500, 'the taller height');
    expect(heights.at(-1)).to.equal(Math.ceil(doc(frame).documentElement.getBoundingClientRect().height));
  });

  it('opens links in the top window, from inside the shadow root', async () => {
    const src = await servedFeed({
      signatories: [{ id: 's1', name: 'Förening', sector: 'civil', url: 'https://example.org/f' }],
    });
    const frame = await embed({ widget: 'signatory-list', src, lang: 'en' });
    document.body.append(frame);
    await until(
      () => doc(frame).querySelector('ok-signatory-list')?.shadowRoot?.querySelector('a[href^="https:"]'),
      'the signatory link',
    );
    expect(doc(frame).documentElement.lang).to.equal('en');
    const link = doc(frame)
      .querySelector('ok-signatory-list')!
      .shadowRoot!.querySelector('a[href^="https:"]')!;
    let target: string | null = null;
    // After the page's own listener, and instead of leaving this test page.
    frame.contentWindow!.addEventListener('click', (event) => {
      target = link.getAttribute('target');
      event.preventDefault();
    });
    (link as HTMLAnchorElement).click();
    expect(target).to.equal('_top');
  });

  for (const [name, query, words] of [
    ['a javascript: feed', { widget: 'signatory-count', src: 'javascript:alert(1)' }, 'src'],
    ['no feed', { widget: 'signatory-count' }, 'src'],
    [
      'an unknown widget',
      { widget: 'script', src: 'https://example.org/feed.json' },
      'widget=signatory-count',
    ],
    [
      '<ok-feed>, which shows nothing alone',
      { widget: 'feed', src: 'https://example.org/feed.json' },
      'widget=',
    ],
  ] as const) {
    it(`refuses ${name} with a clear message`, async () => {
      const frame = await embed(query);
      document.body.append(frame);
      await until(() => doc(frame)?.querySelector('.embed-error'), 'the message');
      expect(doc(frame).querySelector('.embed-error')!.textContent).to.contain(words);
      expect(doc(frame).querySelector('main')!.querySelector('[src], [widget]')).to.equal(null);
      expect(doc(frame).querySelector('main')!.innerHTML).not.to.match(/<ok-/);
    });
  }

  it('passes on only the attributes of the chosen element', async () => {
    const frame = await embed({
      widget: 'signatory-count',
      src: await servedFeed(),
      onload: 'alert(1)',
      onclick: 'alert(1)',
      style: 'display:none',
      sector: 'civil',
    });
    document.body.append(frame);
    await until(() => doc(frame)?.querySelector('ok-signatory-count'), 'the widget');
    const widget = doc(frame).querySelector('ok-signatory-count')!;
    expect(widget.getAttributeNames().sort()).to.deep.equal(['sector', 'src']);
  });

  it('is accessible', async function () {
    this.timeout(90_000);
    const frame = await embed({ widget: 'principle-wheel', src: await servedFeed() });
    document.body.append(frame);
    await until(
      () => doc(frame)?.querySelector('ok-principle-wheel')?.shadowRoot?.querySelector('svg'),
      'the wheel',
    );
    expect(await axeViolations(frame)).to.deep.equal([]);
  });
});
