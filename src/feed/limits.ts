/** How long a feed request may take before it counts as failed, in the widgets and the validator (ms). */
export const FEED_TIMEOUT_MS = 15_000;
