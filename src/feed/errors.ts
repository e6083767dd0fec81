/** Why a feed could not be used; `render` when the widget failed to show a feed it loaded. */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'json' | 'not-a-feed' | 'render';

/** A failure to load a feed, typed so that a widget can say what went wrong. */
export class FeedError extends Error {
  override readonly name = 'FeedError';

  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    /** The HTTP status, for `kind: 'http'`. */
    readonly status?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
