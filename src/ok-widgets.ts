/** Defines every element of ok-widgets. Loading it twice on a page is harmless. */
import './elements/feed/define.js';
import './elements/principle-wheel/define.js';
import './elements/signatory-list/define.js';
import './elements/signatory-count/define.js';
import './elements/venue-map/define.js';
import './elements/event-calendar/define.js';
import './elements/commitment-tracker/define.js';
import './elements/agreement/define.js';

export { OkFeed } from './elements/feed/define.js';
export { OkPrincipleWheel } from './elements/principle-wheel/define.js';
export { OkSignatoryList } from './elements/signatory-list/define.js';
export { OkSignatoryCount } from './elements/signatory-count/define.js';
export { OkVenueMap } from './elements/venue-map/define.js';
export { OkEventCalendar } from './elements/event-calendar/define.js';
export { OkCommitmentTracker } from './elements/commitment-tracker/define.js';
export { OkAgreement } from './elements/agreement/define.js';
export * from './feed/index.js';
export type { LoadDetail, ErrorDetail, SelectDetail } from './internal/events.js';
