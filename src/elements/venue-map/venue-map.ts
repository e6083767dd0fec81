import { css } from 'lit';
import { property } from 'lit/decorators.js';
import type { Feed } from '../../feed/parse.js';
import { load } from '../../internal/lazy.js';
import { LazyView } from '../../internal/lazy-view.js';
import { OkElement } from '../../internal/ok-element.js';
import type { VenueView } from './venue-view.js';

/** The map engine chunk (Leaflet and supercluster); while it fails, the list serves. */
const loadEngine = () => import('./map-engine.js');

/** The search, filters, list and details load on first use, while the feed loads. */
const loadView = () => import('./venue-view.js');

/**
 * @summary The idea-based venues on a map with clustering, a filter by use, details of a chosen venue, and an equal list view.
 * @fires ok-venue-select - The user chose a venue on the map or in the list. Detail: `{ id }`.
 * @fires ok-load - A feed was loaded. Detail: `{ feed, skipped }`.
 * @fires ok-error - The feed could not be loaded. Detail: `{ error }`.
 * @csspart base - The widget's root.
 * @csspart toolbar - The search field and the map/list toggle.
 * @csspart search - The search field.
 * @csspart view-toggle - Each button of the map/list toggle.
 * @csspart chip - Each filter chip of a use.
 * @csspart map - The map's frame.
 * @csspart map-skeleton - The placeholder while the map engine loads.
 * @csspart attribution - The tiles' attribution.
 * @csspart details - The details of the chosen venue (panel beside the map, or under a list item).
 * @csspart link - Each link in the details.
 * @csspart list - The list view.
 * @cssprop --ok-venue-map-height - Height of the map (default 28em).
 * @cssprop --ok-venue-map-background - The map's background where no tiles are shown.
 * @cssprop --ok-venue-map-marker - Colour of markers and cluster rings (default the accent colour).
 * @cssprop --ok-venue-map-marker-selected - Colour of the chosen venue's marker.
 */
export class OkVenueMap extends OkElement {
  static override styles = [
    ...OkElement.styles,
    css`
      .skeleton {
        min-height: calc(var(--ok-venue-map-height, 28em) + 8em);
      }
    `,
  ];

  /** Tile URL template with `{z}`, `{x}`, `{y}` (and optional `{s}`). */
  @property({ attribute: 'tiles' }) tiles = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

  /** Credit for the tiles, always shown on the map (plain text). */
  @property({ attribute: 'attribution' }) attribution = '© OpenStreetMap';

  /** Map centre as `"lat,lon"`; absent: the map fits all shown venues. */
  @property({ attribute: 'center' }) center = '';

  /** Zoom level (2–18); absent: the zoom that fits all shown venues. */
  @property({ attribute: 'zoom', type: Number }) zoom?: number;

  /** Use ids to show, separated by spaces or commas (`"meeting party"`); absent: every venue. */
  @property({ attribute: 'use' }) use = '';

  /** `map` or `list`: the list is the map's complete text alternative. */
  @property({ attribute: 'view' }) view: 'map' | 'list' = 'map';

  /** Id of the chosen venue, whose details are open. */
  @property({ attribute: 'selected' }) selected = '';

  /** @internal */
  protected override readonly lazy = new LazyView(this, loadView);
  #view: VenueView | undefined;

  // The map engine downloads alongside the view rather than after it.
  protected override whenNeeded(): void {
    if (this.view !== 'list') void load(loadEngine);
  }

  protected renderFeed(feed: Feed): unknown {
    this.#view ??= new this.lazy.module!.VenueView(this, loadEngine);
    return this.#view.render(feed, this.locale);
  }

  protected isEmpty(feed: Feed): boolean {
    return feed.venues.length === 0;
  }
}
