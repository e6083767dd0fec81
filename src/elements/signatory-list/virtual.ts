/**
 * The virtualizer for long lists, loaded by dynamic `import()` only when a list is long, so pages
 * with a few dozen signatories never download it.
 */
import { grid } from '@lit-labs/virtualizer/layouts/grid.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { TemplateResult } from 'lit';
import type { Row } from './rows.js';

/**
 * Renders only the rows near the visible part of the nearest scrolling ancestor; with `cardEm`
 * (the font size in px), as cards of one size in a grid.
 */
export function virtualRows(
  rows: Row[],
  renderRow: (row: Row, index: number) => TemplateResult,
  cardEm: number,
) {
  const px = (em: number) => `${Math.round(em * cardEm)}px` as const;
  return virtualize({
    items: rows,
    renderItem: renderRow,
    keyFunction: (row) => row.s.id,
    // The grid layout needs one size for every card: room for a logo, a long name and the details.
    // Cards keep their height and stretch to fill a row.
    layout: cardEm
      ? grid({ itemSize: { width: px(13), height: px(16) }, gap: px(0.5), flex: { preserve: 'height' } })
      : undefined,
  });
}
