import type { Locale } from '../../feed/text.js';
import { formatNumber } from '../../internal/format.js';

/** The wheel's own strings; the shared ones (loading, error, retry) come from the base. */
export interface WheelStrings {
  principles: string;
  hint: string;
  empty: string;
  counts: (all: number, done: number) => string;
}

export const strings: Record<Locale, WheelStrings> = {
  sv: {
    principles: 'Principer',
    hint: 'Välj en princip för att läsa mer om den.',
    empty: 'Det finns inga principer att visa.',
    counts: (all, done) =>
      `${formatNumber(all, 'sv')} ${all === 1 ? 'åtagande' : 'åtaganden'}, ${formatNumber(done, 'sv')} ${
        done === 1 ? 'klart' : 'klara'
      }`,
  },
  en: {
    principles: 'Principles',
    hint: 'Choose a principle to read more about it.',
    empty: 'There are no principles to show.',
    counts: (all, done) =>
      `${formatNumber(all, 'en')} ${all === 1 ? 'commitment' : 'commitments'}, ${formatNumber(done, 'en')} done`,
  },
};
