import type { FeedErrorKind } from '../feed/errors.js';

/** The strings every widget shares. Each widget keeps its own table beside it. */
export const sv = {
  loading: 'Laddar …',
  /** What failed, in plain words, by widget; the cause follows in a smaller line. */
  unavailable: {
    'ok-principle-wheel': 'Principerna kan inte visas just nu.',
    'ok-signatory-list': 'Listan över undertecknare kan inte visas just nu.',
    'ok-signatory-count': 'Antalet undertecknare kan inte visas just nu.',
    'ok-venue-map': 'Lokalerna kan inte visas just nu.',
    'ok-event-calendar': 'Kalendern kan inte visas just nu.',
    'ok-commitment-tracker': 'Åtagandena kan inte visas just nu.',
  } as Readonly<Record<string, string>>,
  errorTitle: 'Uppgifterna kan inte visas just nu.',
  /** The empty state by widget, where the widget's own table is not loaded yet (the map's). */
  nothing: {
    'ok-venue-map': 'Källan har inga lokaler att visa.',
  } as Readonly<Record<string, string>>,
  notFound: 'Källan finns inte på den adressen (HTTP 404). Adressen kan vara fel.',
  errors: {
    network: 'Det gick inte att nå källan. Kontrollera anslutningen och försök igen.',
    cors: 'Källans server tillåter troligen inte andra webbplatser (CORS). Det kan webbplatsens webbansvariga åtgärda.',
    timeout: 'Källan svarade inte i tid.',
    http: 'Källan svarade med ett fel (HTTP {status}).',
    json: 'Källan innehåller inte giltig JSON.',
    'not-a-feed': 'Källan är inte ett flöde som går att läsa.',
    'too-large': 'Källan är större än {limit} byte. Gränsen höjs med attributet max-bytes.',
    incomplete: 'Källan saknar uppgifter som den hade.',
    render: 'Widgeten kunde inte visa uppgifterna.',
  } satisfies Record<FeedErrorKind, string>,
  noFeed: 'Ingen källa: ange attributet src eller placera widgeten i <ok-feed>.',
  foreignFeed: 'Ett annat skript har redan definierat <ok-feed>. Ange src på widgeten.',
  retry: 'Försök igen',
  empty: 'Det finns inget att visa.',
  stale: 'Uppgifterna kunde inte uppdateras just nu. Du ser de senast hämtade.',
};

export type BaseStrings = typeof sv;

export const en: BaseStrings = {
  loading: 'Loading …',
  unavailable: {
    'ok-principle-wheel': 'The principles cannot be shown just now.',
    'ok-signatory-list': 'The list of signatories cannot be shown just now.',
    'ok-signatory-count': 'The number of signatories cannot be shown just now.',
    'ok-venue-map': 'The venues cannot be shown just now.',
    'ok-event-calendar': 'The calendar cannot be shown just now.',
    'ok-commitment-tracker': 'The commitments cannot be shown just now.',
  },
  errorTitle: 'The information cannot be shown just now.',
  nothing: {
    'ok-venue-map': 'The source has no venues to show.',
  },
  notFound: 'There is no source at that address (HTTP 404). The address may be wrong.',
  errors: {
    network: 'The source could not be reached. Check the connection and try again.',
    cors: "The source's server most likely does not allow other sites (CORS). The site's web team can fix this.",
    timeout: 'The source did not answer in time.',
    http: 'The source answered with an error (HTTP {status}).',
    json: 'The source does not contain valid JSON.',
    'not-a-feed': 'The source is not a feed that can be read.',
    'too-large': 'The source is larger than {limit} bytes. The max-bytes attribute raises the limit.',
    incomplete: 'The source lacks information it had.',
    render: 'The widget could not show the information.',
  },
  noFeed: 'No source: set the src attribute or place the widget inside <ok-feed>.',
  foreignFeed: 'Another script has already defined <ok-feed>. Set src on the widget.',
  retry: 'Try again',
  empty: 'There is nothing to show.',
  stale: 'The information could not be updated just now. You are seeing the last loaded version.',
};

/**
 * A table's entry for a feed id, or `undefined`: never a property every object inherits, so that
 * an id like `constructor` or `toString` is a name like any other.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(table, id) ? table[id] : undefined;
}
