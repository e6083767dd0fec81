import { createContext } from '@lit/context';
import type { FeedState } from './loader.js';

/** What `<ok-feed>` gives the widgets inside it. A new object on every change. */
export interface FeedContext {
  state: FeedState;
  /** Fetches the feed again (the retry button). */
  reload(): void;
  /** The principle chosen in a widget of this feed, followed by the others. */
  principle?: string;
  selectPrinciple(id: string | undefined): void;
}

// Symbol.for: two copies of the bundle on one page still find each other's providers.
export const feedContext = createContext<FeedContext | undefined>(Symbol.for('ok-widgets/feed'));

/** Marks our `<ok-feed>`, so that a widget can tell it from another library's element of that name. */
export const FEED_PROVIDER = Symbol.for('ok-widgets/feed-provider');
