import type { Feed } from '../../feed/parse.js';
import { OkElement } from '../../internal/ok-element.js';

/**
 * @summary Shows the events in a month view and a list.
 */
export class OkEventCalendar extends OkElement {
  protected renderFeed(feed: Feed): unknown {
    return feed.events.length;
  }

  protected isEmpty(feed: Feed): boolean {
    return feed.events.length === 0;
  }
}
