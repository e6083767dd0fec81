import { define } from '../../internal/define.js';
import { OkSignatoryList } from './signatory-list.js';

define('ok-signatory-list', OkSignatoryList);

declare global {
  interface HTMLElementTagNameMap {
    'ok-signatory-list': OkSignatoryList;
  }
}

export { OkSignatoryList };
