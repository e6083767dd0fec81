/**
 * The virtualizer for long lists, loaded by dynamic `import()` only when a list is long, so pages
 * with a few dozen signatories never download it.
 */
import { grid } from '@lit-labs/virtualizer/layouts/grid.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { TemplateResult } from 'lit';
import type { Row } from './rows.js';

/** Renders only the rows near the visible part of the nearest scrolling ancestor. */
export function virtualRows(
  rows: Row[],
  renderRow: (row: Row, index: number) => TemplateResult,
  cards: boolean,
) {
  return virtualize({
    items: rows,
    renderItem: renderRow,
    keyFunction: (row) => row.s.id,
    // Cards need one size for the grid layout; they keep their height and stretch to fill a row.
    layout: cards
      ? grid({ itemSize: { width: '208px', height: '232px' }, gap: '8px', flex: { preserve: 'height' } })
      : undefined,
  });
}
