import type { Locale } from '../../feed/text.js';

import type { Part } from './parts.js';

/** The agreement's own strings; the shared ones (loading, error, retry, stale) come from the base. */
export interface AgreementStrings {
  /** Section headings, and the in-page navigation's links. */
  parts: Record<Part, string>;
  /** The heading when the feed names no agreement. */
  agreement: string;
  /** The in-page navigation's name. */
  contents: string;
  purpose: string;
  goals: string;
  /** "Sedan 14 maj 2019": `{date}` is the launch date. */
  since: string;
  /** The link to the agreement's own page. */
  link: string;
  empty: string;
}

export const strings: Record<Locale, AgreementStrings> = {
  sv: {
    parts: {
      about: 'Om överenskommelsen',
      principles: 'Principerna',
      signatories: 'Undertecknarna',
      calendar: 'Evenemang',
      map: 'Lokaler',
      commitments: 'Åtaganden och målbild',
    },
    agreement: 'Överenskommelsen',
    contents: 'Innehåll',
    purpose: 'Syfte',
    goals: 'Mål',
    since: 'Sedan {date}',
    link: 'Läs mer om överenskommelsen',
    empty: 'Det finns inget om överenskommelsen att visa.',
  },
  en: {
    parts: {
      about: 'About the agreement',
      principles: 'Principles',
      signatories: 'Signatories',
      calendar: 'Events',
      map: 'Venues',
      commitments: 'Commitments and target picture',
    },
    agreement: 'The agreement',
    contents: 'Contents',
    purpose: 'Purpose',
    goals: 'Goals',
    since: 'Since {date}',
    link: 'Read more about the agreement',
    empty: 'There is nothing about the agreement to show.',
  },
};
