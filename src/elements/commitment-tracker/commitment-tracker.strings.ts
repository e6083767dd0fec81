import type { Plural } from '../../internal/format.js';

export const sv = {
  empty: 'Det finns inga åtaganden att visa.',
  summary: 'Läget per princip',
  points: 'Åtagandena',
  targets: 'Målbild',
  other: 'Övriga',
  all: 'Alla',
  principle: 'Princip',
  status: 'Status',
  statuses: { planned: 'Planerad', 'in-progress': 'Pågår', done: 'Klar' },
  counts: {
    planned: { one: '{n} planerad', other: '{n} planerade' },
    'in-progress': { one: '{n} pågår', other: '{n} pågår' },
    done: { one: '{n} klar', other: '{n} klara' },
  } satisfies Record<string, Plural>,
  total: { one: '{n} åtagande', other: '{n} åtaganden' } as Plural,
  /** "{done} of {total} done" under each progress bar. */
  ofTotal: '{done} av {total} klara',
  shown: 'Visar {n} av {total}.',
  none: 'Inga åtaganden stämmer med filtret.',
  actions: 'Insatser',
  noActions: 'Inga insatser är registrerade än.',
  noYear: 'Utan år',
  updated: 'Uppdaterad {date}',
  copy: 'Kopiera länk',
  /** Completes the copy button's name for screen readers. */
  copyTo: ' till åtagande {n}',
  copied: 'Länken är kopierad.',
  copyFailed: 'Kopiera länken:',
};

export type Strings = typeof sv;

export const en: Strings = {
  empty: 'There are no commitments to show.',
  summary: 'Progress by principle',
  points: 'Commitments',
  targets: 'Vision',
  other: 'Other',
  all: 'All',
  principle: 'Principle',
  status: 'Status',
  statuses: { planned: 'Planned', 'in-progress': 'In progress', done: 'Done' },
  counts: {
    planned: { one: '{n} planned', other: '{n} planned' },
    'in-progress': { one: '{n} in progress', other: '{n} in progress' },
    done: { one: '{n} done', other: '{n} done' },
  },
  total: { one: '{n} commitment', other: '{n} commitments' },
  ofTotal: '{done} of {total} done',
  shown: 'Showing {n} of {total}.',
  none: 'No commitments match the filter.',
  actions: 'Actions',
  noActions: 'No actions are recorded yet.',
  noYear: 'No year',
  updated: 'Updated {date}',
  copy: 'Copy link',
  copyTo: ' to commitment {n}',
  copied: 'The link is copied.',
  copyFailed: 'Copy the link:',
};
