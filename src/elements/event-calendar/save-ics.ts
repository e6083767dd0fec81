import type { Feed } from '../../feed/parse.js';
import type { Locale } from '../../feed/text.js';
import type { CalEvent } from './days.js';
import { toIcs } from './ics.js';

/** Offers the events as a download named `name.ics`; loaded only when someone exports. */
export function saveIcs(events: CalEvent[], feed: Feed, locale: Locale, name: string): void {
  const href = URL.createObjectURL(new Blob([toIcs(events, feed, locale)], { type: 'text/calendar' }));
  const link = document.createElement('a');
  link.href = href;
  link.download = `${name.replace(/[^\w-]+/g, '-')}.ics`;
  link.click();
  // Some browsers read the URL only after the click returns.
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
