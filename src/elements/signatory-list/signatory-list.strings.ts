import type { Sector } from './rows.js';

/** The list's strings; counts arrive formatted ("1 234"), `n` is the number for the plural. */
export const sv = {
  /** A signatory's sector, among its details. */
  sectors: { civil: 'Idéburen', public: 'Offentlig', other: 'Annan' } satisfies Record<Sector, string>,
  /** A group's heading: who is in it. */
  groups: {
    civil: 'Idéburna organisationer',
    public: 'Offentliga organisationer',
    other: 'Övriga',
  } satisfies Record<Sector, string>,
  /** The filter's chips, short enough for four on a phone's line. */
  chips: { '': 'Alla', civil: 'Idéburna', public: 'Offentliga', other: 'Övriga' } satisfies Record<
    Sector | '',
    string
  >,
  filter: 'Visa sektor',
  count: (_n: number, shown: string) => `${shown} undertecknare`,
  hits: (n: number, shown: string, total: string) =>
    `${shown} ${n === 1 ? 'träff' : 'träffar'} bland ${total}`,
  noHits: (query: string) => `Inga undertecknare matchar ”${query}”.`,
  search: 'Sök på namn, typ eller kommun',
  list: 'Undertecknare',
  former: 'Tidigare undertecknare',
  signed: 'Undertecknade',
  left: 'Lämnade',
  unknown: 'Uppgift saknas',
  empty: 'Det finns inga undertecknare att visa.',
};

export type Strings = typeof sv;

export const en: Strings = {
  sectors: { civil: 'Civil society', public: 'Public sector', other: 'Other' },
  groups: {
    civil: 'Civil society organisations',
    public: 'Public sector organisations',
    other: 'Other organisations',
  },
  chips: { '': 'All', civil: 'Civil society', public: 'Public sector', other: 'Other' },
  filter: 'Show sector',
  count: (n, shown) => `${shown} ${n === 1 ? 'signatory' : 'signatories'}`,
  hits: (n, shown, total) => `${shown} ${n === 1 ? 'match' : 'matches'} among ${total}`,
  noHits: (query) => `No signatories match “${query}”.`,
  search: 'Search by name, type or municipality',
  list: 'Signatories',
  former: 'Former signatories',
  signed: 'Signed',
  left: 'Left',
  unknown: 'Not stated',
  empty: 'There are no signatories to show.',
};
