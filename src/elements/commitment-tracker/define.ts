import { define } from '../../internal/define.js';
import { OkCommitmentTracker } from './commitment-tracker.js';

define('ok-commitment-tracker', OkCommitmentTracker);

declare global {
  interface HTMLElementTagNameMap {
    'ok-commitment-tracker': OkCommitmentTracker;
  }
}

export { OkCommitmentTracker };
