import { define } from '../../internal/define.js';
import { OkSignatoryCount } from './signatory-count.js';

define('ok-signatory-count', OkSignatoryCount);

declare global {
  interface HTMLElementTagNameMap {
    'ok-signatory-count': OkSignatoryCount;
  }
}

export { OkSignatoryCount };
