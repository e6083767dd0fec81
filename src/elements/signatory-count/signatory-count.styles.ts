import { css } from 'lit';

/**
 * The skeleton, and the space the chart takes while its code loads, match the loaded widget.
 * The base's stale hint is made smaller: a failed refresh must not outweigh the number.
 * (Comments stay out of the CSS text, which ships as written.)
 */
export const styles = css`
  :host([goal]) {
    --_goal: 1.5em;
  }
  :host([chart]) {
    --_chart: 16.5em;
  }
  .pending {
    height: var(--_chart);
  }
  .skeleton {
    min-height: var(--ok-skeleton-height, calc(3em + var(--_goal, 0em) + var(--_chart, 0em)));
  }
  .count {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_space-s);
  }
  .number {
    color: var(--_accent);
    font-size: var(--ok-signatory-count-size, 2.5em);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
  }
  .goal {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
  }
  progress {
    flex: 0 1 20em;
    accent-color: var(--_accent);
  }
  .chart {
    margin-top: var(--_space-m);
  }
  .caption {
    font-weight: 600;
  }
  svg {
    display: block;
    max-width: 100%;
    height: auto;
  }
  rect {
    fill: var(--_accent);
  }
  text {
    fill: var(--_text);
    font-size: 11px;
    text-anchor: middle;
  }
  text.before {
    text-anchor: start;
  }
  line {
    stroke: var(--_border);
  }
  .stale {
    margin-top: var(--_space-xs);
    font-size: 0.75em;
  }
`;
