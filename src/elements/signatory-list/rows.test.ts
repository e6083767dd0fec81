import { expect } from '@open-wc/testing';

// Every collator this page makes; in a file of its own, so no other test made one first.
const made: string[] = [];
Intl.Collator = new Proxy(Intl.Collator, {
  construct(target, args: ConstructorParameters<typeof Intl.Collator>, newTarget) {
    made.push(String(args[0]));
    return Reflect.construct(target, args, newTarget) as Intl.Collator;
  },
});
const { sortByName } = await import('./rows.js');

describe('sortByName', () => {
  it('makes a collator only for names its keys cannot order', () => {
    expect(made, 'loading the list makes none').to.deep.equal([]);
    const plain = ['Ölands IF', 'nr 10 Alby', 'Ale BK', 'nr 9 Alby'];
    expect(sortByName(plain, (name) => name)).to.deep.equal([
      'Ale BK',
      'nr 9 Alby',
      'nr 10 Alby',
      'Ölands IF',
    ]);
    expect(made, 'letters a–ö, digits and spaces need none').to.deep.equal([]);
    const quoted = ['Bollklubben Ale', 'Bollklubben "Örn"', 'Bollklubben Åby'];
    const sorted = sortByName(quoted, (name) => name);
    expect(made, 'a quotation mark needs the collator').to.deep.equal(['sv']);
    expect(sorted).to.deep.equal([...quoted].sort(new Intl.Collator('sv', { numeric: true }).compare));
  });
});
