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

/** Each feed's venues' name, host and address folded for search, per language: once, on the first search. */
const folded = new WeakMap<Venue[], Partial<Record<Locale, string[]>>>();

function haystacks(venues: Venue[], locale: Locale): string[] {
  let byLocale = folded.get(venues);
  if (!byLocale) folded.set(venues, (byLocale = {}));
  return (byLocale[locale] ??= venues.map((venue) =>
    fold(`${pickText(venue.name, locale)}\n${venue.host ?? ''}\n${venue.address ?? ''}`),
  ));
}

/** The venues whose name, host or address contains every word of the query (case- and accent-insensitive). */
export function searchVenues(venues: Venue[], query: string, locale: Locale): Venue[] {
  const words = queryWords(query);
  if (!words.length) return venues;
  const texts = haystacks(venues, locale);
  return venues.filter((_, i) => words.every((word) => texts[i]!.includes(word)));
}

/** The venues with any of `uses`; all of them when `uses` is empty. */
export function byUse(venues: Venue[], uses: string[]): Venue[] {
  return uses.length ? venues.filter((venue) => venue.uses?.some((use) => uses.includes(use))) : venues;
}

/** Adds one to the count of each use the venue has (a use named twice counts once). */
function countOnce(venue: Venue, counts: Map<string, number>): void {
  venue.uses?.forEach((use, i, uses) => {
    if (uses.indexOf(use) === i) counts.set(use, (counts.get(use) ?? 0) + 1);
  });
}

/** How many of a feed's venues have each use: counted once per feed. */
const totals = new WeakMap<Venue[], Map<string, number>>();

function countUses(venues: Venue[]): Map<string, number> {
  let counts = totals.get(venues);
  if (!counts) {
    totals.set(venues, (counts = new Map()));
    for (const venue of venues) countOnce(venue, counts);
  }
  return counts;
}

/**
 * The uses of `all` venues with how many of `shown` have each: the feed's `venueUses` order
 * first, then the most common. Uses no venue has get no chip.
 */
export function useCounts(all: Venue[], shown: Venue[], feed: Feed): [string, number][] {
  const total = countUses(all);
  const counts = shown === all ? total : new Map([...total.keys()].map((use) => [use, 0]));
  if (shown !== all) for (const venue of shown) countOnce(venue, counts);
  const order = feed.venueUses.map((use) => use.id);
  const rank = (use: string) => (order.includes(use) ? order.indexOf(use) : order.length);
  return [...counts].sort(([a], [b]) => rank(a) - rank(b) || total.get(b)! - total.get(a)!);
}
