/**
 * The builder's check of a feed address: fetched once, then validated by the same parser and
 * worded by the same tables as the validator (`ok-widgets validate`), in the page's language.
 */
import { type FeedErrorKind, parseFeed, type Problem, type Warning } from '../ok-widgets.js';
import { FEED_TIMEOUT_MS } from '../feed/limits.js';
import { en } from '../feed/messages.js';
import { sv } from '../feed/messages.sv.js';
import type { Locale } from '../feed/text.js';

export type FeedCheck =
  | { status: 'checking' }
  | { status: 'failed'; kind: FeedErrorKind; httpStatus?: number; detail?: string }
  | {
      status: 'read';
      /** Items per section that has any, in the feed's order. */
      counts: [section: string, count: number][];
      problems: Problem[];
      /** Items left out for their problems. */
      leftOut: number;
      warnings: Warning[];
    };

/**
 * Why a request failed. The browser hides whether CORS refused a request to another origin;
 * while it is online, that is the likely cause, as the widgets also say.
 */
function failure(error: unknown, url: string): FeedErrorKind {
  if (error instanceof DOMException && error.name === 'TimeoutError') return 'timeout';
  const crossOrigin = new URL(url).origin !== location.origin;
  return error instanceof TypeError && crossOrigin && navigator.onLine ? 'cors' : 'network';
}

/** Fetches and validates the feed at `url` (an http(s) address). */
export async function checkFeed(url: string, locale: Locale, signal?: AbortSignal): Promise<FeedCheck> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: 'application/json' },
      signal: AbortSignal.any([AbortSignal.timeout(FEED_TIMEOUT_MS), ...(signal ? [signal] : [])]),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { status: 'failed', kind: failure(error, url) };
  }
  if (!response.ok) return { status: 'failed', kind: 'http', httpStatus: response.status };
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (error) {
    return { status: 'failed', kind: 'json', detail: error instanceof Error ? error.message : undefined };
  }
  try {
    const { feed, skipped, warnings } = parseFeed(json, response.url || url, {
      messages: locale === 'sv' ? sv : en,
    });
    const counts = Object.entries(feed)
      .filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1]) && entry[1].length > 0)
      .map(([section, items]): [string, number] => [section, items.length]);
    if (feed.agreement) counts.unshift(['agreement', 1]);
    const problems = skipped.flatMap((s) => s.problems);
    return { status: 'read', counts, problems, leftOut: skipped.length, warnings };
  } catch (error) {
    return {
      status: 'failed',
      kind: 'not-a-feed',
      detail: error instanceof Error ? error.message : undefined,
    };
  }
}
