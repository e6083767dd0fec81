import { define } from '../../internal/define.js';
import { OkEventCalendar } from './event-calendar.js';

define('ok-event-calendar', OkEventCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'ok-event-calendar': OkEventCalendar;
  }
}

export { OkEventCalendar };
