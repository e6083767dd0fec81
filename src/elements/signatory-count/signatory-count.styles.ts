import { css } from 'lit';

/**
 * The skeleton, and the space the chart takes while its code loads, match the loaded widget.
 * The number, goal and chart take the widget's whole width. The base's stale hint is made
 * smaller: a failed refresh must not outweigh the number.
 * (Comments stay out of the CSS text, which ships as written.)
 */
export const styles = css`
  :host([goal]) {
    --_goal: 2.6em;
  }
  :host([chart]) {
    --_chart: 13.75em;
  }
  .pending {
    height: var(--_chart);
  }
  .skeleton {
    min-height: var(--ok-skeleton-height, calc(4em + var(--_goal, 0em) + var(--_chart, 0em)));
  }
  .count {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_space-s);
  }
  .number {
    color: var(--_accent);
    font-size: var(--ok-signatory-count-size, 3.5em);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.1;
    white-space: nowrap;
  }
  .goal {
    display: grid;
    gap: var(--_space-xs);
    margin-top: var(--_space-xs);
  }
  progress {
    -webkit-appearance: none;
    appearance: none;
    display: block;
    width: 100%;
    height: 0.75em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-alt);
    overflow: hidden;
    accent-color: var(--_accent);
  }
  progress::-webkit-progress-bar {
    background: var(--_surface-alt);
  }
  progress::-webkit-progress-value {
    background: var(--_accent);
  }
  progress::-moz-progress-bar {
    background: var(--_accent);
  }
  @media (forced-colors: active) {
    progress {
      -webkit-appearance: auto;
      appearance: auto;
    }
  }
  .chart {
    margin-top: var(--_space-m);
  }
  .caption {
    font-weight: 600;
  }
  .bars {
    display: flex;
    height: 11em;
    margin-top: var(--_space-xs);
  }
  .bar {
    flex: 1 1 0;
    min-width: 0;
    display: grid;
    grid-template-rows: 1fr auto auto;
    justify-items: center;
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
  }
  .value {
    align-self: end;
  }
  .fill {
    width: min(100% - 4px, 4em);
    height: calc(var(--h) * 10.25em);
    border-radius: 2px 2px 0 0;
    background: var(--_accent);
  }
  .year {
    justify-self: stretch;
    border-top: 1px solid var(--_border);
    text-align: center;
    white-space: nowrap;
  }
  .quiet .value,
  .quiet .year {
    visibility: hidden;
  }
  .before .year {
    text-align: start;
  }
  @media (forced-colors: active) {
    .fill {
      background: CanvasText;
    }
  }
  .stale {
    margin-top: var(--_space-xs);
    font-size: 0.75em;
  }
`;
