// First: the page already has another library's <ok-feed> when ok-widgets loads.
import './foreign-feed-setup.js';
import '../src/ok-widgets.js';
import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible, sampleFeed, serveFeed, uniqueKey, until } from './helpers.js';

describe('a page whose <ok-feed> another library defined', () => {
  const logged: unknown[][] = [];
  const original = console.error;
  beforeEach(() => {
    logged.length = 0;
    console.error = (...args: unknown[]) => logged.push(args);
  });
  afterEach(() => {
    console.error = original;
  });

  it('says so in the widget and in the console instead of loading forever', async () => {
    const url = await serveFeed(uniqueKey(), { json: sampleFeed() });
    const feed = await fixture(
      html`<ok-feed src=${url}><ok-signatory-count lang="en"></ok-signatory-count></ok-feed>`,
    );
    const widget = feed.querySelector('ok-signatory-count')!;
    await until(() => widget.shadowRoot!.querySelector('[part=error]'), 'the error state');
    expect(widget.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain(
      'Another script has already defined <ok-feed>',
    );
    await until(
      () => logged.some((args) => args.includes(widget) && String(args[0]).includes('<ok-feed>')),
      'a console error naming the widget',
    );
    await expectAccessible(widget);
  });

  it('still shows a widget that has its own src', async () => {
    const url = await serveFeed(uniqueKey(), { json: sampleFeed() });
    const feed = await fixture(html`<ok-feed><ok-signatory-count src=${url}></ok-signatory-count></ok-feed>`);
    const widget = feed.querySelector('ok-signatory-count')!;
    await until(() => /\d/.test(widget.shadowRoot!.textContent ?? ''), 'the count');
    expect(widget.shadowRoot!.querySelector('[part=error]')).to.equal(null);
  });
});
