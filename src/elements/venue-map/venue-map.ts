import type { Feed } from '../../feed/parse.js';
import { OkElement } from '../../internal/ok-element.js';

/**
 * @summary Shows the venues on a map, with an equal list view.
 */
export class OkVenueMap extends OkElement {
  protected renderFeed(feed: Feed): unknown {
    return feed.venues.length;
  }

  protected isEmpty(feed: Feed): boolean {
    return feed.venues.length === 0;
  }
}
