import { css } from 'lit';
import { chipStyles } from '../../internal/chips.js';
import { searchStyles } from '../../internal/search-field.js';

export const styles = css`
  ${chipStyles}
  ${searchStyles}
  .search {
    margin-bottom: var(--_space-s);
  }
  .chips {
    margin-bottom: var(--_space-s);
  }
  .summary {
    margin-bottom: var(--_space-s);
    color: var(--_muted);
  }
  .scroller {
    max-height: var(--ok-signatory-list-height, 32em);
    overflow: auto;
    padding: 0 5px;
  }
  .scroller:focus-visible {
    outline-offset: -3px;
  }
  .group + .group {
    margin-top: var(--_space-m);
  }
  .heading {
    margin: 0 0 var(--_space-xs);
    font-size: 1em;
    font-weight: 700;
    line-height: 1.3;
  }
  .count {
    color: var(--_muted);
  }
  ul {
    padding: 0;
    list-style: none;
  }
  li {
    display: grid;
    gap: 2px;
    align-content: start;
    padding: var(--_space-s) 0;
    border-bottom: 1px solid var(--_surface-alt);
  }
  .name {
    font-weight: 600;
    /* At syllables, as Swedish does, before the root's last resort of breaking anywhere. */
    hyphens: auto;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* One line of details, "Idéburen · Kommun · Halmstad", that wraps after a dot, never before one. */
  .meta > :not(:last-child)::after {
    content: '·' / '';
    margin-inline-start: 0.35em;
  }
  .virtual li {
    width: 100%;
  }
  time {
    white-space: nowrap;
  }
  /* The grid is the container its cards ask: narrow, and they become a compact list. */
  ul.grid {
    container-type: inline-size;
    contain-intrinsic-inline-size: 20em;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: var(--_space-s);
  }
  .grid li {
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_surface-alt);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .logo {
    width: 100%;
    height: 4em;
    margin-bottom: var(--_space-xs);
    object-fit: contain;
  }
  @container (max-width: 29.99em) {
    .grid li {
      column-gap: var(--_space-m);
      padding: var(--_space-s) 0;
      border-width: 0 0 1px;
      border-radius: 0;
    }
    .grid li:has(.logo) {
      grid-template-columns: 4em 1fr;
    }
    .grid .logo {
      grid-row: span 2;
      height: 2.75em;
      margin: 0;
    }
  }
`;
