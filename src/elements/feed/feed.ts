import { ContextProvider } from '@lit/context';
import { css, html, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FEED_PROVIDER, feedContext, type FeedContext } from '../../feed/context.js';
import { FeedController } from '../../internal/feed-controller.js';

/**
 * Loads one feed and gives it to every widget inside, so that they share one request.
 *
 * @summary Shares one feed with the widgets inside it.
 * @slot - The widgets that show this feed.
 * @fires ok-load - A feed (or a changed feed) was loaded. Detail: `{ feed, skipped }`.
 * @fires ok-error - Loading or refreshing failed. Detail: `{ error }`.
 */
export class OkFeed extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Feed URL; until it is set, the widgets inside show their loading state. */
  @property() src = '';

  /** Seconds between re-fetches; absent: fetch once. */
  @property({ type: Number }) refresh?: number;

  /** Largest feed accepted, in bytes (default 20 MB); a larger one is refused with an error saying so. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes?: number;

  /** The principle chosen in a widget inside, followed by the others. */
  @state() principle?: string;

  readonly [FEED_PROVIDER] = true;

  readonly #feed = new FeedController(this);
  readonly #provider = new ContextProvider(this, { context: feedContext });

  protected override willUpdate(): void {
    this.#feed.watch(this.src, { refresh: this.refresh, maxBytes: this.maxBytes });
    const value: FeedContext = {
      // Without src the widgets wait: a page may set src later.
      state: this.#feed.state ?? { status: 'loading' },
      reload: () => this.#feed.reload(),
      principle: this.principle,
      selectPrinciple: (id) => {
        this.principle = id;
      },
    };
    this.#provider.setValue(value);
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }
}
