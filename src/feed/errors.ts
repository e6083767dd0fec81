/** Why a feed could not be used; `render` when the widget failed to show a feed it loaded. */
export type FeedErrorKind =
  | 'network'
  /** A network error from another origin while the browser is online: most likely CORS. */
  | 'cors'
  | 'timeout'
  | 'http'
  | 'json'
  | 'not-a-feed'
  | 'too-large'
  /** A refresh lacked data the feed had; the last good data stays (only ever a stale hint). */
  | 'incomplete'
  | 'render';

export interface FeedErrorOptions extends ErrorOptions {
  /** The size limit in bytes, for `kind: 'too-large'`. */
  maxBytes?: number;
}

/** A failure to load a feed, typed so that a widget can say what went wrong. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  /** The size limit in bytes, for `kind: 'too-large'`. */
  readonly maxBytes?: number;

  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    /** The HTTP status, for `kind: 'http'`. */
    readonly status?: number,
    options?: FeedErrorOptions,
  ) {
    super(message, options);
    this.maxBytes = options?.maxBytes;
  }
}
