import { css } from 'lit';
import { chipStyles } from '../../internal/chips.js';
import { searchStyles } from '../../internal/search-field.js';
import { switchStyles } from '../../internal/switch.js';
import { factsStyles } from '../../internal/facts.js';

/** The element's look once its view has loaded (the engine adds Leaflet's and the markers'). */
export const viewStyles = css`
  ${chipStyles}
  ${searchStyles}
  ${switchStyles}
  ${factsStyles}
  [hidden] {
    display: none !important;
  }
  .venue-map {
    display: grid;
    gap: var(--_space-s);
    container-type: inline-size;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: end;
    justify-content: space-between;
  }
  .search {
    flex: 1 1 16em;
  }
  .search input {
    width: 100%;
  }
  .status {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .map-layout {
    display: grid;
    gap: var(--_space-s);
  }
  @container (min-width: 44em) {
    .map-layout:has(.panel) {
      grid-template-columns: minmax(0, 1fr) 18em;
    }
    .panel {
      max-height: var(--ok-venue-map-height, 28em);
      overflow: auto;
    }
  }
  .frame {
    position: relative;
    height: var(--ok-venue-map-height, 28em);
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--ok-venue-map-background, #e4e7eb);
  }
  .canvas,
  .frame > .skeleton {
    position: absolute;
    inset: 0;
    min-height: 0;
  }
  .controls {
    position: absolute;
    top: var(--_space-s);
    left: var(--_space-s);
    z-index: 1000;
    display: grid;
    gap: 2px;
  }
  .control,
  .close {
    display: grid;
    place-items: center;
    width: 44px;
    height: 44px;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: 1.375em;
    line-height: 1;
    cursor: pointer;
  }
  .control svg {
    width: 20px;
    height: 20px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  .tiles-failed:not(:empty) {
    position: absolute;
    top: var(--_space-s);
    right: var(--_space-s);
    left: calc(44px + 2 * var(--_space-s));
    z-index: 1000;
    justify-self: end;
    max-width: 24em;
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 0.875em;
  }
  /* Without tiles, a faint grid says "map" rather than a flat grey area. */
  .frame.no-tiles .canvas.leaflet-container {
    background-image:
      linear-gradient(color-mix(in srgb, var(--_border) 20%, transparent) 1px, transparent 1px),
      linear-gradient(90deg, color-mix(in srgb, var(--_border) 20%, transparent) 1px, transparent 1px);
    background-size: 48px 48px;
  }
  .hint {
    position: absolute;
    inset: auto var(--_space-m) 50% var(--_space-m);
    z-index: 1000;
    justify-self: center;
    padding: var(--_space-s) var(--_space-m);
    border-radius: var(--_radius);
    background: rgb(0 0 0 / 80%);
    color: #fff;
    text-align: center;
    pointer-events: none;
    opacity: 0;
    transition: opacity 0.2s;
  }
  .hint.on {
    opacity: 1;
  }
  .attribution {
    position: absolute;
    right: 0;
    bottom: 0;
    z-index: 1000;
    padding: 0 var(--_space-xs);
    /* Follows a themed surface, so a dark theme keeps the credit readable. */
    background: color-mix(in srgb, var(--_surface) 85%, transparent);
    color: var(--_text);
    font-size: 0.75em;
  }
  .panel,
  .item-details {
    display: grid;
    gap: var(--_space-s);
    align-content: start;
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .panel-head {
    display: flex;
    gap: var(--_space-s);
    align-items: start;
    justify-content: space-between;
  }
  .panel-head .heading {
    padding-top: 0.5em;
    font-size: 1.125em;
  }
  .close {
    flex: none;
  }
  .description {
    white-space: pre-line;
  }
  .links {
    display: grid;
    gap: var(--_space-xs);
    padding: 0;
    list-style: none;
  }
  .list {
    display: grid;
    gap: var(--_space-xs);
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    column-gap: var(--_space-s);
    width: 100%;
    min-height: 44px;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    text-align: start;
    cursor: pointer;
  }
  .item[aria-expanded='true'] {
    border-color: var(--_accent);
    border-bottom-right-radius: 0;
    border-bottom-left-radius: 0;
  }
  .item .name {
    font-weight: 700;
  }
  .item .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* Says the row opens, and turns when it is open. */
  .item .chevron {
    grid-area: 1 / 2 / span 2;
    align-self: center;
    width: 20px;
    height: 20px;
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
    transition: transform 0.15s;
  }
  .item[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  .item .name,
  .item .meta {
    grid-column: 1;
  }
  .item-details {
    border-top: 0;
    border-color: var(--_accent);
    border-top-left-radius: 0;
    border-top-right-radius: 0;
    justify-items: start;
  }
  .more {
    justify-self: center;
  }
`;
