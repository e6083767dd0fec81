import { expect, fixture, html } from '@open-wc/testing';
import { releaseFeed, sampleFeed, serveFeed, uniqueKey, until } from '../../tests/helpers.js';

// Every Intl format this page makes, in order; in a file of its own, so no other test made one first.
const made: string[] = [];
const watch = <T extends object>(kind: string, format: T): T =>
  new Proxy(format, {
    construct(target, args, newTarget) {
      made.push(`${kind} ${String(args[0])}`);
      return Reflect.construct(target as new (...a: unknown[]) => object, args, newTarget);
    },
  });
Intl.NumberFormat = watch('number', Intl.NumberFormat);
Intl.DateTimeFormat = watch('date', Intl.DateTimeFormat);
await import('../elements/signatory-count/define.js');

describe('warmFormats', () => {
  it('makes the first number and date formats while the feed is on its way, not in the first render', async () => {
    const key = uniqueKey();
    const src = await serveFeed(key, { json: sampleFeed(), hold: true });
    const el = await fixture<HTMLElement>(
      html`<ok-signatory-count lang="en" src=${src}></ok-signatory-count>`,
    );
    // Connecting makes none: they come in tasks of their own.
    expect(made).to.deep.equal([]);
    await until(() => made.length >= 2, 'the formats were not made');
    expect(made).to.deep.equal(['number en-GB', 'date en-GB']);
    expect(el.shadowRoot!.querySelector('[part=skeleton]'), 'the feed is still on its way').to.exist;
    await releaseFeed(key);
    await until(() => el.shadowRoot!.querySelector('.count'), 'no count');
    // The count's render found the number format made.
    expect(made.filter((m) => m.startsWith('number'))).to.deep.equal(['number en-GB']);
  });
});
