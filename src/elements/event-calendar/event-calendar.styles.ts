import { css } from 'lit';
import { chipStyles } from '../../internal/chips.js';
import { switchStyles } from '../../internal/switch.js';
import { factsStyles } from '../../internal/facts.js';

export const styles = css`
  ${chipStyles}
  ${switchStyles}
  ${factsStyles}
  .skeleton {
    min-height: var(--ok-skeleton-height, 36em);
  }
  .cal {
    position: relative;
    display: grid;
    gap: var(--_space-m);
    container-type: inline-size;
  }
  .toolbar,
  .chips,
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }
  .toolbar {
    justify-content: space-between;
  }
  .nav .heading {
    flex: 1;
    font-size: 1.25em;
    text-transform: capitalize;
  }
  .nav .button {
    padding: 0 var(--_space-s);
    min-width: 44px;
    justify-content: center;
  }
  .type-select {
    flex: 1 1 10em;
  }
  .type-select select {
    width: 100%;
    min-height: 44px;
    padding: 0 var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .mark {
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    background: var(--c, var(--_border));
  }
  .row {
    display: grid;
    grid-template-columns: 3.5em repeat(7, minmax(0, 1fr));
  }
  .head {
    color: var(--_muted);
    font-size: 0.875em;
    text-align: center;
  }
  .wk {
    padding: var(--_space-xs);
    color: var(--_muted);
    font-size: 0.8125em;
    text-align: center;
  }
  .day {
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-height: 6.5em;
    padding: var(--_space-xs);
    border: 0 solid var(--ok-color-border-light, #d4d5da);
    border-width: 0 1px 1px 0;
    background: var(--_surface);
    min-width: 0;
    contain: content;
  }
  .day:nth-child(2) {
    border-inline-start-width: 1px;
  }
  .head + .row .day {
    border-top-width: 1px;
  }
  .day.out {
    background: var(--_surface-alt);
  }
  .day.out .num {
    color: var(--_muted);
  }
  .num {
    overflow-wrap: normal;
  }
  .day[aria-current='date'] .num {
    align-self: start;
    padding: 0 0.4em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  .day:focus-visible {
    outline-offset: -3px;
  }
  .ev,
  .more {
    display: block;
    width: 100%;
    padding: 1px var(--_space-xs);
    border: 0;
    border-inline-start: 4px solid var(--c, var(--_border));
    border-radius: 3px;
    background: var(--_surface-alt);
    font-size: 0.8125em;
    line-height: 1.35;
    text-align: start;
    /* A title wraps, at syllables where the browser knows the language, rather than being cut. */
    overflow-wrap: anywhere;
    hyphens: auto;
    cursor: pointer;
  }
  .more {
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
  }
  .time,
  .status {
    font-weight: 700;
  }
  .cancelled {
    text-decoration: line-through;
  }
  .cancelled .status,
  .postponed .status {
    color: var(--_danger);
    display: inline-block;
    text-decoration: none;
  }
  .list ul,
  .daylist ul,
  .links {
    display: grid;
    gap: var(--_space-s);
    padding: 0;
    list-style: none;
  }
  .list > .heading {
    margin: var(--_space-m) 0 var(--_space-s);
    text-transform: capitalize;
  }
  .list .ev,
  .daylist .ev {
    position: relative;
    padding: var(--_space-xs) 2em var(--_space-xs) var(--_space-s);
    color: var(--_accent);
    font-size: 1em;
    font-weight: 600;
  }
  .list .ev:hover,
  .daylist .ev:hover {
    text-decoration: underline;
  }
  /* A chevron: the entry opens. Drawn with borders, so no screen reader reads it. */
  .list .ev::after,
  .daylist .ev::after {
    content: '';
    position: absolute;
    top: 50%;
    right: 0.9em;
    width: 0.45em;
    height: 0.45em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: translateY(-50%) rotate(-45deg);
  }
  .meta {
    display: block;
    padding-inline-start: calc(var(--_space-s) + 4px);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .none,
  .principle {
    margin-top: var(--_space-s);
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .details,
  .daylist {
    display: grid;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .list .details {
    margin-top: var(--_space-s);
  }
  .details {
    background: var(--_surface);
  }
  /* Beside the chosen day, over the grid, rather than under the whole month. */
  .beside {
    position: absolute;
    top: var(--top);
    left: var(--left);
    z-index: 10;
    width: min(22em, 100%);
    max-height: 80vh;
    overflow: auto;
    border-radius: var(--_radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 25%);
  }
  dialog.sheet {
    width: min(100vw - 2em, 30em);
    max-height: calc(100vh - 2em);
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog.sheet::backdrop {
    background: rgb(0 0 0 / 45%);
  }
  .details .heading {
    font-size: 1.25em;
  }
  .description {
    white-space: pre-line;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  /* A narrow month keeps its entries as coloured bars; their names stay for screen readers. */
  @container (max-width: 520px) {
    .row {
      grid-template-columns: 2.25em repeat(7, minmax(0, 1fr));
    }
    .wk {
      padding: var(--_space-xs) 0;
      font-size: 0.6875em;
    }
    .day {
      min-height: 4.5em;
    }
    .grid .ev {
      height: 6px;
      padding: 0;
      border: 0;
      background: var(--c, var(--_border));
      font-size: 0;
    }
    /* Not by colour alone: a cancelled or postponed event is a hollow bar. */
    .grid .cancelled,
    .grid .postponed {
      border: 2px solid var(--c, var(--_border));
      background: none;
    }
    .grid .more {
      padding: 0;
      font-size: 0.75em;
    }
    /* "+3" is all that fits; "till" stays for screen readers. */
    .more .word {
      font-size: 0;
    }
    .nav .heading {
      order: -1;
      flex-basis: 100%;
    }
  }
`;
