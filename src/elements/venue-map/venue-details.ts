import { html, nothing, type TemplateResult } from 'lit';
import type { Feed, Venue } from '../../feed/parse.js';
import { pickText, type Locale } from '../../feed/text.js';
import { mailtoUrl, telUrl } from '../../feed/url.js';
import { formatNumber } from '../../internal/format.js';
import { useLabel } from './venue-filter.js';
import type { VenueMapStrings } from './venue-map.strings.js';

/** What is known of a venue, as text and guarded links: the same in the map's panel and the list. */
export function venueDetails(venue: Venue, feed: Feed, locale: Locale, t: VenueMapStrings): TemplateResult {
  const facts: [string, string | undefined][] = [
    [t.host, venue.host],
    [t.address, venue.address],
    [t.uses, venue.uses?.map((id) => useLabel(id, feed, locale, t)).join(', ')],
    [t.capacity, venue.capacity === undefined ? undefined : t.people(formatNumber(venue.capacity, locale))],
    [
      t.access,
      venue.accessible === undefined ? undefined : venue.accessible ? t.accessible : t.notAccessible,
    ],
  ];
  const links: [string, string | undefined][] = [
    // The feed's parser has already dropped unsafe URLs.
    [t.booking, venue.bookingUrl],
    [t.website, venue.url],
    [`${t.email}: ${venue.email}`, mailtoUrl(venue.email)],
    [`${t.phone}: ${venue.phone}`, telUrl(venue.phone)],
  ];
  const description = pickText(venue.description, locale);
  return html`<dl class="facts">
      ${facts
        .filter(([, value]) => value)
        .map(
          ([term, value]) =>
            html`<div>
              <dt>${term}</dt>
              <dd>${value}</dd>
            </div>`,
        )}
    </dl>
    ${description ? html`<p class="description">${description}</p>` : nothing}
    <ul class="links">
      ${links
        .filter(([, href]) => href)
        .map(([label, href]) => html`<li><a part="link" href=${href!}>${label}</a></li>`)}
    </ul>`;
}
