import { css } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Feed } from '../../feed/parse.js';
import { emit } from '../../internal/events.js';
import { LazyView } from '../../internal/lazy-view.js';
import { OkElement } from '../../internal/ok-element.js';
import { baseStyles } from '../../internal/styles.js';
import { strings } from './principle-wheel.strings.js';

/** The drawing, keyboard and panel load on first use, while the feed loads; the skeleton holds the space. */
const loadView = () => import('./principle-wheel.view.js');

/**
 * What shows before the view has loaded: the skeleton, the wheel's size. The root, a size
 * container, has no width of its own: in a flex row, float or table cell it would shrink to
 * nothing, so it asks for the narrowest width that still shows the wheel.
 */
const eagerStyles = css`
  :host {
    --_wheel: var(--ok-wheel-size, 24em);
    min-width: 0;
  }
  .root {
    container-type: inline-size;
    contain-intrinsic-inline-size: 26em;
  }
  .skeleton {
    width: min(100%, var(--_wheel));
    min-height: 0;
    aspect-ratio: 1;
    border-radius: 50%;
  }
  @container (max-width: 25.99em) {
    .skeleton {
      aspect-ratio: 4 / 3;
      border-radius: var(--_radius);
    }
  }
`;

/**
 * The agreement's principles as a wheel (a hub when one principle is `portal`), with the chosen
 * principle's text and commitment counts. Keyboard as the WAI-ARIA tabs pattern with manual
 * activation: the arrow keys go round in reading order (hub first, then clockwise), Enter or
 * Space chooses. Containers narrower than 26em, and names too long for their segments, get the
 * same tabs as a stacked list.
 *
 * @summary Shows the principles as an interactive, accessible wheel.
 * @fires ok-principle-select - The user chose a principle. Detail: `{ id }`.
 * @csspart base - The widget's box.
 * @csspart wheel - The wheel (in narrow containers, the list of principles).
 * @csspart tab - One principle's label button.
 * @csspart panel - The chosen principle's text.
 * @cssprop --ok-wheel-size - The wheel's width (default 24em).
 */
export class OkPrincipleWheel extends OkElement {
  static override styles = [baseStyles, eagerStyles];

  /** Id of the chosen principle; follows the user's choice and the enclosing `<ok-feed>`. */
  @property({ attribute: 'selected', reflect: true }) selected?: string;

  /** Id of the principle whose tab takes focus on Tab (roving tabindex); none: the selected one. */
  @state() private focusId?: string;

  /** The feed's shared principle as last seen, to tell its changes from ours. */
  #shared?: string;
  /** @internal */
  protected override readonly lazy = new LazyView(this, loadView);

  protected override willUpdate(): void {
    super.willUpdate();
    const shared = this.sharedPrinciple;
    // A removed attribute sets null, an empty one ''; both mean no selection.
    const mine = this.selected || undefined;
    if (shared !== this.#shared) {
      this.#shared = shared;
      this.selected = shared;
    } else if (this.feedContext && mine !== shared) {
      this.#shared = mine;
      this.sharePrinciple(mine);
    }
  }

  protected override isEmpty(feed: Feed): boolean {
    return feed.principles.length === 0;
  }

  protected override emptyText(): string {
    return strings[this.locale].empty;
  }

  protected override renderFeed(feed: Feed): unknown {
    return this.lazy.module!.renderWheel(feed, {
      locale: this.locale,
      headingLevel: this.headingLevel,
      t: strings[this.locale],
      selected: this.selected,
      focusId: this.focusId,
      choose: (id) => {
        this.focusId = undefined;
        if (id === this.selected) return;
        this.selected = id;
        emit(this, 'ok-principle-select', { id });
      },
      rove: (id) => {
        this.focusId = id;
      },
    });
  }
}
