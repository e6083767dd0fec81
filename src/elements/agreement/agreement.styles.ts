import { css } from 'lit';

/**
 * The about section reads as an introduction: the vision large, beside an accent rule. Each part's
 * section keeps the space of its widget's skeleton while the widget loads, so a linked section
 * further down stays where it is. Print shows every section without the navigation.
 */
export const styles = css`
  .root {
    container-type: inline-size;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-l);
  }
  [part='heading'] {
    font-size: 1.75em;
    line-height: 1.2;
  }
  [part='section-heading'] {
    font-size: 1.375em;
    margin-bottom: var(--_space-m);
  }
  @container (max-width: 26em) {
    [part='heading'] {
      font-size: 1.375em;
    }
    [part='section-heading'] {
      font-size: 1.25em;
    }
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
    padding: 0;
    list-style: none;
  }
  nav a {
    display: inline-block;
    padding: var(--_space-xs) 0;
    color: var(--_accent);
  }
  .about {
    display: grid;
    gap: var(--_space-m);
    max-width: 46em;
  }
  .vision {
    padding-inline-start: var(--_space-m);
    border-inline-start: 4px solid var(--_accent);
    font-size: 1.25em;
    line-height: 1.4;
  }
  .label {
    font-weight: 700;
  }
  .goals {
    margin-top: calc(-1 * var(--_space-s));
    padding-inline-start: 1.25em;
  }
  .facts {
    color: var(--_muted);
  }
  .part,
  .about {
    scroll-margin-top: var(--ok-scroll-margin, 0);
  }
  .part:focus {
    outline: none;
  }
  .part:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
  }
  .part > * + * {
    margin-top: var(--_space-l);
  }
  @media print {
    nav {
      display: none;
    }
    .part {
      break-before: auto;
    }
  }
`;
