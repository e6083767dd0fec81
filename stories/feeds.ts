/** Feeds for stories: the demo feeds (served by Storybook at /feeds/) and made-up ones. */

export const HALLAND = 'feeds/halland.json';
export const VARMLAND = 'feeds/varmland.json';
/** A URL that answers 404: the error state. */
export const MISSING = 'feeds/missing.json';

/** A `blob:` URL that serves `json` as a feed. */
export function feedUrl(json: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(json)], { type: 'application/json' }));
}

/** A valid feed with no items: the empty state. */
export const EMPTY = feedUrl({ version: 1 });
