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
  /** The empty state, with the singular noun: "Ännu har ingen idéburen organisation skrivit under." */
  none: (noun: string) => `Ännu har ingen ${noun} skrivit under.`,
  /** "Mål: 60", visible above the progress bar. */
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
  none: (noun) => `No ${noun} has signed yet.`,
  goal: 'Goal:',
  chart: 'Signatories at the end of each year',
  year: 'Year',
  count: 'Number',
  chartFailed: 'The chart could not be loaded.',
  before: 'before {year}',
};
