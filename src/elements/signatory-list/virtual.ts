/**
 * The virtualizer for long lists, loaded by dynamic `import()` only when a list is long, so pages
 * with a few dozen signatories never download it.
 */
import { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';
import { grid } from '@lit-labs/virtualizer/layouts/grid.js';
import { define } from '../../internal/define.js';
import type { Row } from './rows.js';

/**
 * `<lit-virtualizer>` under a tag of our own, so a page with its own copy does not clash. Being an
 * element, it starts virtualizing once it is in the document: the `virtualize` directive in a list
 * rendered fresh would measure a detached node and show nothing. It renders into light DOM, so
 * the widget's styles reach the rows.
 *
 * @internal
 */
class OkVirtualRows extends LitVirtualizer {
  /** The element in a row that has focus, or had it until its row was removed. */
  #focused?: Element;

  constructor() {
    super();
    this.keyFunction = (row) => (row as Row).s.id;
    this.addEventListener('focusin', (event) => (this.#focused = event.target as Element));
    this.addEventListener('focusout', ({ target }) =>
      // Focus that left a row still in place went where the user took it: forget the row.
      queueMicrotask(() => {
        if (this.#focused === target && this.#focused.isConnected) this.#focused = undefined;
      }),
    );
    // The rows of a range change are swapped in by a listener of the same event: look once it is done.
    this.addEventListener('rangeChanged', () => queueMicrotask(() => this.#keepFocus()));
  }

  /**
   * A focused row that scrolls out of range is removed, and focus would fall back to the page's
   * start: hand it to the scrolling region instead, so arrows keep scrolling and Tab goes on from here.
   */
  #keepFocus(): void {
    if (!this.#focused || this.#focused.isConnected) return;
    this.#focused = undefined;
    this.closest<HTMLElement>('[tabindex]')?.focus({ preventScroll: true });
  }
}
define('ok-virtual-rows', OkVirtualRows);

/**
 * The grid layout needs one size for every card: room for a logo, a long name and the details,
 * in the font size of `host`. Cards keep their height and stretch to fill a row.
 */
export function cards(host: Element): LitVirtualizer['layout'] {
  const em = parseFloat(getComputedStyle(host).fontSize) || 16;
  const px = (size: number) => `${Math.round(size * em)}px` as const;
  return grid({ itemSize: { width: px(13), height: px(16) }, gap: px(0.5), flex: { preserve: 'height' } });
}
