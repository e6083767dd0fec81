import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/** How a story sets the page it sits in: `parameters: { hostPage: { theme: 'dark', width: 360 } }`. */
export interface HostPage {
  theme?: 'light' | 'dark';
  /** The content column's width in px; default 700 (a municipal page's column at 1280 px). */
  width?: number;
}

/** The `--ok-*` tokens of a dark theme, as a page would set them. */
const DARK = [
  '--ok-color-surface: #1b1b1f',
  '--ok-color-surface-alt: #2a2a30',
  '--ok-color-border: #8e8e99',
  '--ok-color-border-light: #44444c',
  '--ok-color-text: #f2f2f4',
  '--ok-color-muted: #b8b8c2',
  '--ok-color-accent: #8cc4ff',
  '--ok-color-on-accent: #0b1b2e',
  '--ok-focus-color: #8cc4ff',
  '--ok-color-danger: #ffb4ab',
  '--ok-color-success: #8fd19e',
  '--ok-color-warning: #f5c26b',
  'background: #1b1b1f',
  'color: #f2f2f4',
].join('; ');

/**
 * Every story sits in a plausible host page: its own typeface (a serif, as many municipal sites
 * have, never the system UI font the widgets used to force), 18 px body text, a 700 px column.
 * The toolbar's theme and width apply to every story; a story's `hostPage` parameter wins.
 */
export const hostPage: Decorator = (story, { globals, parameters }) => {
  const own = (parameters.hostPage ?? {}) as HostPage;
  const theme = own.theme ?? (globals.theme as HostPage['theme']) ?? 'light';
  const width = own.width ?? Number(globals.width ?? 700);
  const style = [
    "font-family: Georgia, 'Times New Roman', serif",
    'font-size: 18px',
    'line-height: 1.6',
    `max-width: ${width}px`,
    'padding: 16px',
    theme === 'dark' ? DARK : 'background: #fff; color: #222',
  ].join('; ');
  return html`<div class="host-page" data-theme=${theme} style=${style}>${story()}</div>`;
};
