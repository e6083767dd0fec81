import { expect, fixture, html } from '@open-wc/testing';
import { atNextTurn, releaseFeed, sampleFeed, serveFeed, uniqueKey, until } from '../../tests/helpers.js';

// Every Intl format (and locale) this page makes, in order; in a file of its own, so no other test made one first.
const made: string[] = [];
const watch = <T extends object>(kind: string, format: T): T =>
  new Proxy(format, {
    construct(target, args, newTarget) {
      made.push(`${kind} ${String(args[0])}`);
      // Urgent work the page queued: it runs as soon as the task that made this format ends.
      atNextTurn(() => made.push('task end'));
      return Reflect.construct(target as new (...a: unknown[]) => object, args, newTarget);
    },
  });
Intl.NumberFormat = watch('number', Intl.NumberFormat);
Intl.DateTimeFormat = watch('date', Intl.DateTimeFormat);
(Intl as { Locale: typeof Intl.Locale }).Locale = watch('locale', Intl.Locale);
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
    await until(() => made.length >= 6, 'the formats were not made');
    // The locale's data first, then the formats: ICU loads its data in three short tasks.
    expect(made).to.deep.equal([
      'locale en-GB',
      'task end',
      'date en-GB',
      'task end',
      'number en-GB',
      'task end',
    ]);
    expect(el.shadowRoot!.querySelector('[part=skeleton]'), 'the feed is still on its way').to.exist;
    await releaseFeed(key);
    await until(() => el.shadowRoot!.querySelector('.count'), 'no count');
    // The count's render found the number format made.
    expect(made.filter((m) => m.startsWith('number'))).to.deep.equal(['number en-GB']);
  });
});
