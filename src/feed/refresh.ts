import type { Feed } from './parse.js';

/**
 * The feed's lists, in the order of SPEC §1; each sits in the JSON document under its name, but
 * venues are GeoJSON.
 */
export const LISTS = [
  'principles',
  'signatories',
  'venues',
  'venueUses',
  'events',
  'eventTypes',
  'commitments',
  'targets',
] as const satisfies readonly (keyof Feed)[];

/**
 * A refreshed feed with the last good data kept where the refresh lost it: a section that had
 * data and is now absent, or whose items are all broken, is more likely a publishing accident
 * than the region's choice. An explicit empty list (`"events": []`) is a choice, and is taken.
 * Returns the feed and the sections kept.
 */
export function keepLastGood(
  last: Feed,
  next: Feed,
  doc: Record<string, unknown>,
): { feed: Feed; kept: string[] } {
  const feed = { ...next };
  const kept: string[] = [];
  if (last.agreement && !next.agreement) {
    feed.agreement = last.agreement;
    feed.timeZone = last.timeZone;
    kept.push('agreement');
  }
  for (const key of LISTS) {
    const raw =
      key === 'venues' ? (doc.venues as { features?: unknown } | null | undefined)?.features : doc[key];
    const chosenEmpty = Array.isArray(raw) && raw.length === 0;
    if (last[key].length > 0 && next[key].length === 0 && !chosenEmpty) {
      (feed[key] as unknown[]) = last[key];
      kept.push(key);
    }
  }
  return { feed, kept };
}
