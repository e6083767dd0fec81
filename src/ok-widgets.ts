/** Defines every element of ok-widgets. Loading it twice on a page is harmless. */
import './elements/feed/define.js';
import './elements/principle-wheel/define.js';
import './elements/signatory-list/define.js';
import './elements/signatory-count/define.js';
import './elements/venue-map/define.js';
import './elements/event-calendar/define.js';
import './elements/commitment-tracker/define.js';
import './elements/agreement/define.js';

export { OkFeed } from './elements/feed/feed.js';
export { OkPrincipleWheel } from './elements/principle-wheel/principle-wheel.js';
export { OkSignatoryList } from './elements/signatory-list/signatory-list.js';
export { OkSignatoryCount } from './elements/signatory-count/signatory-count.js';
export { OkVenueMap } from './elements/venue-map/venue-map.js';
export { OkEventCalendar } from './elements/event-calendar/event-calendar.js';
export { OkCommitmentTracker } from './elements/commitment-tracker/commitment-tracker.js';
export { OkAgreement } from './elements/agreement/agreement.js';
export * from './feed/index.js';
export type { LoadDetail, ErrorDetail, SelectDetail } from './internal/events.js';
