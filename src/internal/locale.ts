import type { Locale } from '../feed/text.js';

/** The `lang` of the nearest element up the tree from `node`, crossing shadow roots. */
export function nearestLang(node: Node | null): string {
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return '';
}

/**
 * Swedish for `sv` and `sv-*`, and where no language is set; English for every other language, the
 * one a reader of Danish, German or Arabic is likeliest to read.
 */
export function toLocale(lang: string): Locale {
  return !lang || /^sv(-|$)/i.test(lang) ? 'sv' : 'en';
}

/** The `Intl` locale for a widget language. */
export function intlLocale(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : 'sv-SE';
}
