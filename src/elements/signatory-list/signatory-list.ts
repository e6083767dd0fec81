import type { Feed } from '../../feed/parse.js';
import { OkElement } from '../../internal/ok-element.js';

/**
 * @summary Shows the signatories, searchable and grouped.
 */
export class OkSignatoryList extends OkElement {
  protected renderFeed(feed: Feed): unknown {
    return feed.signatories.length;
  }

  protected isEmpty(feed: Feed): boolean {
    return feed.signatories.length === 0;
  }
}
