import type { Feed } from './parse.js';

type ListKey = {
  [K in keyof Feed]-?: Feed[K] extends readonly unknown[] ? K : never;
}[keyof Feed];

/** Each list of a feed, and where it sits in the JSON document. */
const LISTS: Record<ListKey, (doc: Record<string, unknown>) => unknown> = {
  principles: (doc) => doc.principles,
  signatories: (doc) => doc.signatories,
  venues: (doc) => (doc.venues as { features?: unknown } | null | undefined)?.features,
  venueUses: (doc) => doc.venueUses,
  events: (doc) => doc.events,
  eventTypes: (doc) => doc.eventTypes,
  commitments: (doc) => doc.commitments,
  targets: (doc) => doc.targets,
};

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
  for (const [key, raw] of Object.entries(LISTS) as [ListKey, (doc: Record<string, unknown>) => unknown][]) {
    const value = raw(doc);
    const chosenEmpty = Array.isArray(value) && value.length === 0;
    if (last[key].length > 0 && next[key].length === 0 && !chosenEmpty) {
      (feed[key] as unknown[]) = last[key];
      kept.push(key);
    }
  }
  return { feed, kept };
}
