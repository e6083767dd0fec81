import type { Text } from './schema.js';

export type Locale = 'sv' | 'en';

/** The text in `locale`, then Swedish, then the first language present; '' when there is none. */
export function pickText(value: Text | undefined, locale: Locale): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value[locale] ?? value.sv ?? Object.values(value)[0] ?? '';
}
