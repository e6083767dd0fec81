import { css } from 'lit';

export const styles = css`
  .root,
  section {
    display: grid;
    /* minmax(0, …): a long word or a flex basis never widens the widget past its container. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-s);
  }
  .root {
    gap: var(--_space-l);
  }
  .heading {
    font-size: 1.125em;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  .skeleton {
    min-height: var(--ok-skeleton-height, 40em);
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    white-space: nowrap;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
  }
  .done {
    --_status: var(--_success);
  }
  .in-progress {
    --_status: var(--_warning);
  }
  .status.done,
  .status.in-progress {
    color: var(--_status);
  }
  svg {
    flex: none;
    width: 1em;
    height: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
  }
  .bars li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space-s);
    padding: var(--_space-xs) 0;
  }
  .bars label {
    flex: 1 1 12em;
    font-weight: 600;
  }
  progress {
    flex: 2 1 8em;
    height: 0.75em;
    accent-color: var(--_success);
  }
  .bars span {
    flex: 1 1 14em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
  }
  .filters label {
    display: grid;
    /* A long principle name may not widen its select past the container. */
    grid-template-columns: minmax(0, auto);
    font-weight: 600;
  }
  select {
    min-height: 44px;
    padding: 0 var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .shown {
    color: var(--_muted);
  }
  .group .heading {
    font-size: 1em;
    padding-bottom: var(--_space-xs);
    border-bottom: 2px solid var(--_border);
  }
  .point {
    scroll-margin-top: var(--ok-scroll-margin, 1em);
    border-bottom: 1px solid var(--_surface-alt);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0 var(--_space-s);
  }
  .toggle {
    display: flex;
    flex: 1 1 20em;
    gap: var(--_space-s);
    min-height: 44px;
    padding: var(--_space-s) 0;
    border: 0;
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .toggle:hover > :last-child {
    text-decoration: underline;
  }
  .chevron {
    margin-top: 0.25em;
    transition: transform 0.15s;
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }
  .number {
    min-width: 2em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .head .status {
    margin-inline-start: 1.5em;
  }
  .details {
    padding: 0 0 var(--_space-m) 1.5em;
  }
  /* Closed points stay searchable (hidden="until-found"): the box is there, so without padding. */
  .details[hidden] {
    padding: 0;
  }
  .details > * + * {
    margin-top: var(--_space-s);
  }
  .years > li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-m);
  }
  .year {
    flex: 0 0 4em;
    font-weight: 700;
  }
  .years ul {
    flex: 1 1 16em;
    padding-inline-start: 1.1em;
    list-style: disc;
  }
  .updated,
  .copied {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .share {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  .copied a {
    word-break: break-all;
  }
  .targets li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 var(--_space-m);
    padding: var(--_space-xs) 0;
    border-bottom: 1px solid var(--_surface-alt);
  }
  @media print {
    .details[hidden] {
      display: block;
      content-visibility: visible;
      padding: 0 0 var(--_space-m) 1.5em;
    }
    .point {
      break-inside: avoid;
    }
    /* On paper a link is only as good as its address. */
    .years a::after {
      content: ' (' attr(href) ')';
      word-break: break-all;
    }
    .filters,
    .share,
    .chevron {
      display: none;
    }
  }
`;
