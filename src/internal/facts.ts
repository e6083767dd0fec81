import { css } from 'lit';

/** The label/value pairs of a details panel (`<dl class="facts">`), labels above their values. */
export const factsStyles = css`
  .facts {
    display: grid;
    gap: var(--_space-xs);
    margin: 0;
  }
  .facts dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .facts dd {
    margin: 0;
  }
`;
