import type { Feed } from '../../feed/parse.js';
import { OkElement } from '../../internal/ok-element.js';

/**
 * @summary Shows the principles as an interactive wheel.
 */
export class OkPrincipleWheel extends OkElement {
  protected renderFeed(feed: Feed): unknown {
    return feed.principles.length;
  }

  protected isEmpty(feed: Feed): boolean {
    return feed.principles.length === 0;
  }
}
