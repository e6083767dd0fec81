import type { Signatory } from '../../feed/parse.js';

/** Who is counted: everyone, or one sector. */
export type Sector = Signatory['sector'] | '';

/** A noun phrase per sector, singular then plural, and the verb in both numbers. */
export const sv = {
  nouns: {
    '': ['organisation', 'organisationer'],
    civil: ['idéburen organisation', 'idéburna organisationer'],
    public: ['offentlig organisation', 'offentliga organisationer'],
    other: ['annan organisation', 'andra organisationer'],
  } satisfies Record<Sector, [string, string]>,
  signed: ['har skrivit under', 'har skrivit under'],
  /** "48 av 60". */
  of: 'av',
  goal: 'Mål:',
  chart: 'Undertecknare vid årets slut',
  year: 'År',
  count: 'Antal',
  chartFailed: 'Diagrammet kunde inte laddas.',
  /** The first bar of a long chart: every year before {year}. */
  before: 'före {year}',
};

export const en: typeof sv = {
  nouns: {
    '': ['organisation', 'organisations'],
    civil: ['civil society organisation', 'civil society organisations'],
    public: ['public sector organisation', 'public sector organisations'],
    other: ['other organisation', 'other organisations'],
  },
  signed: ['has signed', 'have signed'],
  of: 'of',
  goal: 'Goal:',
  chart: 'Signatories at the end of each year',
  year: 'Year',
  count: 'Number',
  chartFailed: 'The chart could not be loaded.',
  before: 'before {year}',
};
