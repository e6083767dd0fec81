import type { Feed } from '../../feed/parse.js';
import { OkElement } from '../../internal/ok-element.js';

/**
 * @summary Shows the commitment points and how far each principle has come.
 */
export class OkCommitmentTracker extends OkElement {
  protected renderFeed(feed: Feed): unknown {
    return feed.commitments.length;
  }

  protected isEmpty(feed: Feed): boolean {
    return feed.commitments.length === 0;
  }
}
