import type { Feed, Venue } from '../../feed/parse.js';
import { pickText, type Locale } from '../../feed/text.js';
import { fold, queryWords } from '../../internal/search.js';
import { ownEntry } from '../../internal/strings.js';
import type { VenueMapStrings } from './venue-map.strings.js';

/** The ids in a `use` attribute: `"meeting party"` or `"meeting,party"`. */
export function parseUses(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean);
}

/** A use's name: the feed's `venueUses`, then the built-in names, then the id itself. */
export function useLabel(id: string, feed: Feed, locale: Locale, t: VenueMapStrings): string {
  const named = feed.venueUses.find((use) => use.id === id);
  return (named && pickText(named.name, locale)) || ownEntry(t.useNames, id) || id;
}

/** Whether a venue's name, host or address contains every word (case- and accent-insensitive). */
function matches(venue: Venue, words: string[], locale: Locale): boolean {
  const text = fold(`${pickText(venue.name, locale)}\n${venue.host ?? ''}\n${venue.address ?? ''}`);
  return words.every((word) => text.includes(word));
}

/** The venues that match the search query. */
export function searchVenues(venues: Venue[], query: string, locale: Locale): Venue[] {
  const words = queryWords(query);
  return words.length ? venues.filter((venue) => matches(venue, words, locale)) : venues;
}

/** The venues with any of `uses`; all of them when `uses` is empty. */
export function byUse(venues: Venue[], uses: string[]): Venue[] {
  return uses.length ? venues.filter((venue) => venue.uses?.some((use) => uses.includes(use))) : venues;
}

/**
 * The uses of `all` venues with how many of `shown` have each: the feed's `venueUses` order
 * first, then the most common. Uses no venue has get no chip.
 */
export function useCounts(all: Venue[], shown: Venue[], feed: Feed): [string, number][] {
  const total = new Map<string, number>();
  for (const venue of all) for (const use of new Set(venue.uses)) total.set(use, (total.get(use) ?? 0) + 1);
  const counts = new Map<string, number>([...total.keys()].map((use) => [use, 0]));
  for (const venue of shown) for (const use of new Set(venue.uses)) counts.set(use, counts.get(use)! + 1);
  const order = feed.venueUses.map((use) => use.id);
  const rank = (use: string) => (order.includes(use) ? order.indexOf(use) : order.length);
  return [...counts].sort(([a], [b]) => rank(a) - rank(b) || total.get(b)! - total.get(a)!);
}
