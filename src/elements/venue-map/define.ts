import { define } from '../../internal/define.js';
import { OkVenueMap } from './venue-map.js';

define('ok-venue-map', OkVenueMap);

declare global {
  interface HTMLElementTagNameMap {
    'ok-venue-map': OkVenueMap;
  }
}

export { OkVenueMap };
