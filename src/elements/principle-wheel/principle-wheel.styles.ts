import { css } from 'lit';

/**
 * The labels as a legend under (or, in a wide container, beside) the drawing: each a full-width
 * button with a swatch of its segment's colour, in the page's text colour.
 */
const legend = css`
  .wheel {
    width: 100%;
    aspect-ratio: auto;
  }
  /* Selectors start with a class, as the first browsers with CSS nesting require. */
  .wheel svg {
    width: min(100%, var(--_drawing, var(--_wheel)));
    height: auto;
    aspect-ratio: 1;
    margin-inline: auto;
  }
  .tabs {
    position: static;
    display: grid;
    gap: var(--_space-xs);
    margin-top: var(--_space-m);
  }
  .tab,
  .many .tab,
  .hub {
    position: static;
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    width: auto;
    max-width: none;
    min-height: 44px;
    transform: none;
    padding: var(--_space-xs) var(--_space-m) var(--_space-xs) var(--_space-s);
    background: none;
    color: var(--_text);
    font-size: 1em;
    text-align: start;
    overflow-wrap: anywhere;
  }
  .tab::before {
    content: '';
    flex: none;
    width: 1.25em;
    height: 1.25em;
    border-radius: 3px;
    background: var(--bg);
    /* The swatch is the only link between a label and its segment: it keeps its colour. */
    forced-color-adjust: none;
  }
  .tab.hot,
  .tab:hover {
    background: var(--_surface-alt);
    text-decoration: none;
  }
  /* The portal principle leads to the others. */
  .hub ~ .tab {
    margin-inline-start: var(--_space-l);
  }
  /* A dot marks the chosen principle, besides its segment lifted out of the drawing. */
  .tab[aria-selected='true']::after {
    content: '';
    flex: none;
    width: 0.75em;
    height: 0.75em;
    margin-inline-start: auto;
    border-radius: 50%;
    background: currentColor;
  }
`;

/**
 * The view's styles (the skeleton's are in the element). One DOM for every layout: wide
 * containers draw the wheel with the tabs laid over their segments; below 26em, or where names
 * would not fit their segments, the tabs form a legend under a smaller drawing; below 15em the
 * drawing goes and the legend alone remains, a plain list.
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
    transition: transform 0.15s ease-out;
  }
  /* Under the pointer, a segment lifts halfway to where the chosen one stands. */
  .seg.hot {
    transform: translate(calc(var(--dx, 0px) / 2), calc(var(--dy, 0px) / 2));
  }
  circle.seg.hot {
    transform: scale(1.05);
    transform-origin: center;
    transform-box: fill-box;
  }
  .sel,
  .sel.hot {
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
    /* A word longer than the segment is wide widens the label rather than break mid-word (a word
       too long for that moves the labels to the legend, where it may break anywhere). */
    min-width: min-content;
    overflow-wrap: normal;
    transform: translate(-50%, -50%);
    padding: 0.15em 0.3em;
    /* Transparent, but drawn in forced colours, where the fill is gone. */
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--bg);
    color: var(--ink);
    font-size: 1em;
    line-height: 1.2;
    text-align: center;
    hyphens: auto;
    cursor: pointer;
    pointer-events: auto;
  }
  .hub {
    font-size: 1.125em;
  }
  .many .tab {
    font-size: 0.875em;
  }
  .tab[aria-selected='true'] {
    font-weight: 700;
  }
  .tab.hot,
  .tab:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
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
    .pw {
      --_drawing: 16em;
    }
    ${legend}
  }
  /* Where labels would not fit their segments. Nested, so a browser without CSS nesting keeps the wheel. */
  .legend {
    ${legend}
  }
  /* Too narrow for a drawing anyone could point at: the legend alone, a list. */
  @container (max-width: 14.99em) {
    .wheel svg {
      display: none;
    }
    .tabs {
      margin-top: 0;
    }
  }
`;
