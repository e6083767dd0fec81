/** The default size limit of a feed: larger ones are refused rather than downloaded and parsed. */
export const DEFAULT_MAX_BYTES = 20_000_000;

/** How long a feed request may take before it counts as failed, in the widgets and the validator (ms). */
export const FEED_TIMEOUT_MS = 15_000;
