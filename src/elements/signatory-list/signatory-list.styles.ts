import { css } from 'lit';

export const styles = css`
  .search {
    display: grid;
    gap: var(--_space-xs);
    margin-bottom: var(--_space-s);
  }
  input {
    width: min(100%, 24em);
    min-height: 44px;
    padding: 0 var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
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
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-s);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .virtual li {
    width: 100%;
  }
  time {
    white-space: nowrap;
  }
  .sector,
  .initials {
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .sector {
    padding: 0 var(--_space-xs);
  }
  ul.grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
    gap: var(--_space-s);
  }
  .grid li {
    padding: var(--_space-s);
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
  .initials {
    display: grid;
    place-items: center;
    font-size: 1.5em;
    height: 2.67em;
    font-weight: 700;
  }
`;
