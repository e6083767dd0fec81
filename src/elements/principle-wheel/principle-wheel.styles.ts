import { css } from 'lit';

/** The same tabs stacked as a list, for narrow containers and for labels too long for the wheel. */
const stacked = css`
  .wheel {
    width: 100%;
    aspect-ratio: auto;
  }
  /* Selectors start with a class, as the first browsers with CSS nesting require. */
  .wheel svg {
    display: none;
  }
  .tabs {
    position: static;
    display: grid;
    gap: var(--_space-xs);
  }
  .tab,
  .many .tab {
    position: static;
    width: auto;
    max-width: none;
    min-height: 44px;
    transform: none;
    padding: var(--_space-s) var(--_space-m);
    font-size: 1em;
    text-align: start;
  }
  .tab {
    display: flex;
    align-items: center;
  }
  /* The portal principle leads to the others. */
  .hub ~ .tab {
    margin-inline-start: var(--_space-l);
  }
  /* A dot marks the chosen principle: the list has no drawing to show it. */
  .tab[aria-selected='true']::after {
    content: '';
    width: 0.75em;
    height: 0.75em;
    margin-inline-start: auto;
    border-radius: 50%;
    background: currentColor;
  }
`;

/**
 * The view's styles (the skeleton's are in the element). One DOM for both layouts: wide
 * containers draw the wheel with the tabs laid over their segments; below 26em the drawing
 * goes and the same tabs stack as a list.
 */
export const styles = css`
  .pw {
    display: grid;
    gap: var(--_space-l);
    justify-items: center;
  }
  .wheel {
    position: relative;
    width: min(100%, var(--_wheel));
    aspect-ratio: 1;
  }
  svg {
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  .seg {
    stroke: var(--_surface);
    stroke-width: 1.5;
    cursor: pointer;
  }
  .sel {
    transform: translate(var(--dx), var(--dy));
  }
  .outline {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2.5;
    pointer-events: none;
  }
  .tabs {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .tab {
    position: absolute;
    left: var(--x);
    top: var(--y);
    width: max-content;
    max-width: var(--w);
    /* A word longer than the segment is wide widens the label rather than break mid-word. */
    min-width: min-content;
    transform: translate(-50%, -50%);
    padding: 0.15em 0.3em;
    /* Transparent, but drawn in forced colours, where the fill is gone. */
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--bg);
    color: var(--ink);
    font-size: 0.875em;
    line-height: 1.2;
    text-align: center;
    hyphens: auto;
    cursor: pointer;
    pointer-events: auto;
  }
  .hub {
    font-size: 1em;
  }
  .many .tab {
    font-size: 0.75em;
  }
  .tab[aria-selected='true'] {
    font-weight: 700;
  }
  .tab:focus-visible,
  .panel:focus-visible {
    box-shadow: 0 0 0 2px var(--_surface);
  }
  .panel {
    justify-self: stretch;
    max-width: 40em;
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 6px solid var(--bg, var(--_border));
  }
  .panel[role='tabpanel'] {
    display: grid;
    gap: var(--_space-s);
    animation: ok-panel-in 0.2s ease-out;
  }
  .panel .heading {
    font-size: 1.25em;
  }
  .summary {
    font-weight: 600;
  }
  .hint,
  .counts {
    color: var(--_muted);
  }
  /* Forced colours turn every label into a plain button: the chosen one takes the system
     highlight as its fill, which leaves the outline to show focus. */
  @media (forced-colors: active) {
    .tab[aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .tab:focus-visible {
      outline-color: CanvasText;
    }
  }
  @keyframes ok-panel-in {
    /* Movement only: a fade would leave the text below contrast for a moment. */
    from {
      transform: translateY(0.5em);
    }
  }
  @container (min-width: 44em) {
    .pw {
      grid-template-columns: var(--_wheel) 1fr;
      align-items: start;
    }
  }
  @container (max-width: 25.99em) {
    ${stacked}
  }
  /* Where labels would not fit their segments. Nested, so a browser without CSS nesting keeps the wheel. */
  .list {
    ${stacked}
  }
`;
