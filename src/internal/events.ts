import type { FeedError } from '../feed/errors.js';
import type { Feed, Skipped } from '../feed/parse.js';

export interface LoadDetail {
  feed: Feed;
  skipped: Skipped[];
}
export interface ErrorDetail {
  error: FeedError;
}
export interface SelectDetail {
  id: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ok-load': CustomEvent<LoadDetail>;
    'ok-error': CustomEvent<ErrorDetail>;
    'ok-principle-select': CustomEvent<SelectDetail>;
    'ok-venue-select': CustomEvent<SelectDetail>;
    'ok-event-select': CustomEvent<SelectDetail>;
  }
}

type OkEventName = 'ok-load' | 'ok-error' | 'ok-principle-select' | 'ok-venue-select' | 'ok-event-select';
type DetailOf<K extends OkEventName> = GlobalEventHandlersEventMap[K]['detail'];

/** Fires one of the library's events: bubbling and composed, so the page hears it. */
export function emit<K extends OkEventName>(target: EventTarget, name: K, detail: DetailOf<K>): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
