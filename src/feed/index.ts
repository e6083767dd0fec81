export { FeedError, type FeedErrorKind } from './errors.js';
export { FeedStore, feedStore, type FeedState, type FeedStoreOptions } from './loader.js';
export {
  parseFeed,
  safeColor,
  type Agreement,
  type Commitment,
  type Feed,
  type FeedEvent,
  type Named,
  type ParseResult,
  type Principle,
  type Problem,
  type Signatory,
  type Skipped,
  type Target,
  type Venue,
  type Warning,
} from './parse.js';
export { feedSchema, type Text } from './schema.js';
export { pickText, type Locale } from './text.js';
export { feedTime, zonedParts, zonedToDate, DEFAULT_TIME_ZONE } from './time.js';
export { safeUrl, mailtoUrl, telUrl } from './url.js';
