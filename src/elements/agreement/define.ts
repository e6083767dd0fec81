import { define } from '../../internal/define.js';
// The agreement shows its parts through the other widgets: its entry defines them too.
import '../principle-wheel/define.js';
import '../signatory-count/define.js';
import '../signatory-list/define.js';
import '../event-calendar/define.js';
import '../venue-map/define.js';
import '../commitment-tracker/define.js';
import { OkAgreement } from './agreement.js';

define('ok-agreement', OkAgreement);

declare global {
  interface HTMLElementTagNameMap {
    'ok-agreement': OkAgreement;
  }
}

export { OkAgreement };
