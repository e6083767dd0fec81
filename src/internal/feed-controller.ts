import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError } from '../feed/errors.js';
import { feedStore, type FeedState, type SubscribeOptions } from '../feed/loader.js';
import { emit } from './events.js';

function errorOf(state: FeedState | undefined): FeedError | undefined {
  if (state?.status === 'error') return state.error;
  return state?.status === 'ready' ? state.stale : undefined;
}

/**
 * Keeps its host subscribed to one feed URL while connected, and fires `ok-load` for each new
 * feed and `ok-error` for each failure from the host.
 */
export class FeedController implements ReactiveController {
  /** `undefined` while no URL is watched. */
  state: FeedState | undefined;
  #url: string | undefined;
  #options: SubscribeOptions = {};
  #unsubscribe: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost & EventTarget) {
    host.addController(this);
  }

  /** Follows `url` (polling every `refresh` seconds), or nothing when `url` is empty. */
  watch(url: string | undefined, { refresh, maxBytes }: SubscribeOptions): void {
    const same = refresh === this.#options.refresh && maxBytes === this.#options.maxBytes;
    if (url === this.#url && same && this.#unsubscribe) return;
    this.#url = url || undefined;
    this.#options = { refresh, maxBytes };
    this.#subscribe();
  }

  reload(): void {
    if (this.#url) void feedStore.reload(this.#url);
  }

  hostConnected(): void {
    if (this.#url && !this.#unsubscribe) this.#subscribe();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #subscribe(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    if (!this.#url) {
      this.state = undefined;
      return;
    }
    try {
      this.#unsubscribe = feedStore.subscribe(this.#url, (state) => this.#receive(state), this.#options);
    } catch (cause) {
      this.#receive({
        status: 'error',
        error: new FeedError('network', `The feed URL "${this.#url}" is not valid.`, undefined, { cause }),
      });
    }
  }

  #receive(next: FeedState): void {
    const previous = this.state;
    this.state = next;
    this.host.requestUpdate();
    if (next.status === 'ready' && (previous?.status !== 'ready' || previous.feed !== next.feed)) {
      emit(this.host, 'ok-load', { feed: next.feed, skipped: next.skipped });
    }
    const error = errorOf(next);
    if (error && error !== errorOf(previous)) emit(this.host, 'ok-error', { error });
  }
}
