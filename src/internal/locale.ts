import type { Locale } from '../feed/text.js';

/** The `lang` of the nearest element up the tree from `node`, crossing shadow roots. */
export function nearestLang(node: Node | null): string {
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return '';
}

/** English for `en` and `en-*`; Swedish for everything else. */
export function toLocale(lang: string): Locale {
  return /^en(-|$)/i.test(lang) ? 'en' : 'sv';
}

/** The `Intl` locale for a widget language. */
export function intlLocale(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : 'sv-SE';
}
