import type { Locale } from '../../feed/text.js';
import type { Plural } from '../../internal/format.js';

/** The wheel's own strings; the shared ones (loading, error, retry) come from the base. */
export interface WheelStrings {
  principles: string;
  hint: string;
  empty: string;
  /** "{all}, {done}" with the two counts below in it. */
  counts: string;
  commitments: Plural;
  done: Plural;
}

export const strings: Record<Locale, WheelStrings> = {
  sv: {
    principles: 'Principer',
    hint: 'Välj en princip för att läsa mer om den.',
    empty: 'Det finns inga principer att visa.',
    counts: '{all}, {done}',
    commitments: { one: '{n} åtagande', other: '{n} åtaganden' },
    done: { one: '{n} klart', other: '{n} klara' },
  },
  en: {
    principles: 'Principles',
    hint: 'Choose a principle to read more about it.',
    empty: 'There are no principles to show.',
    counts: '{all}, {done}',
    commitments: { one: '{n} commitment', other: '{n} commitments' },
    done: { other: '{n} done' },
  },
};
