import { define } from '../../internal/define.js';
import { OkPrincipleWheel } from './principle-wheel.js';

define('ok-principle-wheel', OkPrincipleWheel);

declare global {
  interface HTMLElementTagNameMap {
    'ok-principle-wheel': OkPrincipleWheel;
  }
}

export { OkPrincipleWheel };
