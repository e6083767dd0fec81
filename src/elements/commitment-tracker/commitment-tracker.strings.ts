/** Count forms: [one, other], `{n}` replaced by the number. */
type Forms = [string, string];

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
    planned: ['{n} planerad', '{n} planerade'],
    'in-progress': ['{n} pågår', '{n} pågår'],
    done: ['{n} klar', '{n} klara'],
  } satisfies Record<string, Forms>,
  total: ['{n} åtagande', '{n} åtaganden'] as Forms,
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
  empty: 'There are no commitment points to show.',
  summary: 'Progress by principle',
  points: 'Commitment points',
  targets: 'Target picture',
  other: 'Other',
  all: 'All',
  principle: 'Principle',
  status: 'Status',
  statuses: { planned: 'Planned', 'in-progress': 'In progress', done: 'Done' },
  counts: {
    planned: ['{n} planned', '{n} planned'],
    'in-progress': ['{n} in progress', '{n} in progress'],
    done: ['{n} done', '{n} done'],
  },
  total: ['{n} commitment point', '{n} commitment points'],
  ofTotal: '{done} of {total} done',
  shown: 'Showing {n} of {total}.',
  none: 'No commitment points match the filter.',
  actions: 'Actions',
  noActions: 'No actions are recorded yet.',
  noYear: 'No year',
  updated: 'Updated {date}',
  copy: 'Copy link',
  copyTo: ' to commitment point {n}',
  copied: 'The link is copied.',
  copyFailed: 'Copy the link:',
};
