import type { Feed, FeedEvent } from '../../feed/parse.js';
import { pickText, type Locale } from '../../feed/text.js';

/** Where the event is: its location, and the venue's name and address when `venueId` matches. */
export function place(event: FeedEvent, feed: Feed, locale: Locale): string {
  const venue = event.venueId ? feed.venues.find((v) => v.id === event.venueId) : undefined;
  return (
    [pickText(event.location, locale), venue && pickText(venue.name, locale), venue?.address]
      // "Idrottens hus, Halmstad" already names the venue "Idrottens hus".
      .filter((part, i, all) => part && !all.slice(0, i).some((before) => before?.includes(part)))
      .join(', ')
  );
}
