import { define } from '../../internal/define.js';
import { OkFeed } from './feed.js';

define('ok-feed', OkFeed);

declare global {
  interface HTMLElementTagNameMap {
    'ok-feed': OkFeed;
  }
}

export { OkFeed };
