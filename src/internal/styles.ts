import { css } from 'lit';

/**
 * Global tokens and the reset every widget shares. A widget sits in its page: it takes the page's
 * typeface and, from 16 px up, its text size (`--ok-font-family`, `--ok-font-size` override
 * both); `all: initial` keeps the page's other inherited styles (colour, italics, spacing) out.
 * Sizes are in px and em, never rem, so a page with a 62.5 % root font does not shrink the widget.
 * Colours meet WCAG AA on `--ok-color-surface`.
 */
export const baseStyles = css`
  :host {
    all: initial;
    font-family: inherit;
    font-size: inherit;
    display: block;
    box-sizing: border-box;
    contain: layout;
    --_text: var(--ok-color-text, #1b1b1f);
    --_muted: var(--ok-color-muted, #565661);
    --_surface: var(--ok-color-surface, #ffffff);
    --_surface-alt: var(--ok-color-surface-alt, #f2f3f5);
    --_border: var(--ok-color-border, #767680);
    --_accent: var(--ok-color-accent, #0b5cad);
    --_on-accent: var(--ok-color-on-accent, #ffffff);
    --_danger: var(--ok-color-danger, #b3261e);
    --_success: var(--ok-color-success, #1b6e35);
    --_warning: var(--ok-color-warning, #8a5300);
    --_focus: var(--ok-focus-color, #0b5cad);
    --_radius: var(--ok-radius, 6px);
    --_space-xs: var(--ok-space-xs, 0.25em);
    --_space-s: var(--ok-space-s, 0.5em);
    --_space-m: var(--ok-space-m, 1em);
    --_space-l: var(--ok-space-l, 1.5em);
  }
  /* Again on the root: a page rule such as '* { color: red }' beats :host on the host itself. */
  :host,
  .root {
    color: var(--_text);
    font-style: normal;
    font-weight: 400;
    letter-spacing: normal;
    line-height: var(--ok-line-height, 1.5);
    text-align: start;
    text-transform: none;
    -webkit-text-size-adjust: 100%;
  }
  /* Without --ok-font-family the root inherits the host's, which is the page's. 1em here is the
     page's size, never less than 16 px. */
  .root {
    font-family: var(--ok-font-family);
    font-size: var(--ok-font-size, max(16px, 1em));
  }
  /* Feed text may hold a word, URL or e-mail address wider than the widget: it breaks anywhere
     rather than widening the widget, and a flex or grid item holding it can shrink. */
  .root {
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
  }
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul,
  ol,
  dl,
  dd,
  figure {
    margin: 0;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: 1em;
    font-weight: 700;
    line-height: 1.3;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-height: 44px;
    padding: var(--_space-xs) var(--_space-m);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-height: 36px;
    padding: 0 var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    cursor: pointer;
  }
  .chip[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  @media (forced-colors: active) {
    .chip[aria-pressed='true'] {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }
  .state {
    display: grid;
    gap: var(--_space-s);
    justify-items: start;
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .skeleton {
    min-height: var(--ok-skeleton-height, 12em);
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_surface-alt) 25%, #e4e6ea 50%, var(--_surface-alt) 75%) 0 0 /
      200% 100%;
    animation: ok-shimmer 1.5s linear infinite;
  }
  .stale {
    margin-top: var(--_space-s);
    color: var(--_muted);
    font-size: 0.875em;
  }
  @keyframes ok-shimmer {
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
