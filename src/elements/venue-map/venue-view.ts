/**
 * Everything `<ok-venue-map>` shows once its feed is there: toolbar, use chips, the map frame
 * (the engine draws inside it), the details panel and the list. Loaded with a dynamic import so
 * that the element's eager code stays a shell.
 */
import { adoptStyles, html, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Feed, Venue } from '../../feed/parse.js';
import { pickText, type Locale } from '../../feed/text.js';
import { emit } from '../../internal/events.js';
import { formatNumber } from '../../internal/format.js';
import { heading } from '../../internal/heading.js';
import { nextTurn } from '../../internal/when-needed.js';
import { failed, load, loaded, renderLoadFailure, type Loader } from '../../internal/lazy.js';
import * as baseStrings from '../../internal/strings.js';
import type { EngineVenue, MapEngine, MapView } from './map-engine.js';
import { venueDetails } from './venue-details.js';
import { renderChips } from '../../internal/chips.js';
import { renderSwitch } from '../../internal/switch.js';
import { renderSearch } from '../../internal/search-field.js';
import { TypingPause } from '../../internal/search.js';
import { byUse, parseUses, searchVenues, useCounts, useLabel } from './venue-filter.js';
import { en, sv, type VenueMapStrings } from './venue-map.strings.js';
import { viewStyles } from './venue-map.styles.js';

export { viewStyles as styles };
import type { OkVenueMap } from './venue-map.js';

type EngineModule = typeof import('./map-engine.js');
type Hint = '' | 'wheel' | 'touch';

/** List items rendered at first and per "show more": keeps 10,000 venues quick to open. */
const PAGE = 200;
/** Filters whose venues the map keeps (and so their index), for going back and forth between chips. */
const KEPT_FILTERS = 8;
const OSM_ATTRIBUTION = '© OpenStreetMap';
const mac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** `"56.67,12.86"` as `[lat, lon]`, or `undefined` when it is not a position. */
function parseCenter(value: string): [number, number] | undefined {
  const [lat, lon, extra] = value.split(',').map((part) => Number(part.trim()));
  if (extra !== undefined || !Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
  return Math.abs(lat!) <= 90 && Math.abs(lon!) <= 180 ? [lat!, lon!] : undefined;
}

export class VenueView implements ReactiveController {
  readonly #host: OkVenueMap;
  readonly #loadEngine: Loader<EngineModule>;
  /** The engine's styles are in the shadow root. */
  #styled = false;
  #engine: MapEngine | undefined;
  /** What the engine shows, to redraw only when it changes: its venues and where it looks. */
  #synced: { venues?: EngineVenue[]; view: string; tiles?: string } = { view: '' };
  /** The map's venues per filter, for one feed and language: the same list keeps its index. */
  #forMap: { feed?: Feed; locale?: Locale; byFilter: Map<string, EngineVenue[]> } = { byFilter: new Map() };
  #feed: Feed | undefined;
  #locale: Locale = 'sv';
  /** The venues the search and filter let through, in the feed's order. */
  #shown: Venue[] = [];
  #query = '';
  /** The query the status speaks of: it follows `#query` once typing pauses. */
  #spoken = '';
  #typing = new TypingPause(() => {
    this.#spoken = this.#query;
    this.#host.requestUpdate();
  });
  #limit = PAGE;
  #hint: Hint = '';
  /** The last tile failed to load: the map says so over its plain background. */
  #tilesFailed = false;
  /** The feed's venues in name order, for the locale they were sorted in. */
  #sorted: { venues?: Venue[]; locale?: Locale; byName: Venue[] } = { byName: [] };
  #hintTimer: ReturnType<typeof setTimeout> | undefined;
  /** Work for after the next render: focus the panel, a marker or a list item, or reveal a venue. */
  #after: ((engine: MapEngine | undefined) => void) | undefined;
  /** The map being made (`#make`); a disconnect drops it. */
  #making: object | undefined;

  constructor(host: OkVenueMap, loadEngine: Loader<EngineModule>) {
    this.#host = host;
    this.#loadEngine = loadEngine;
    host.addController(this);
    this.#adopt();
  }

  get #t(): VenueMapStrings {
    return this.#locale === 'en' ? en : sv;
  }

  get #module(): EngineModule | undefined {
    return loaded(this.#loadEngine);
  }

  get #engineFailed(): boolean {
    return failed(this.#loadEngine);
  }

  #adopt(): void {
    const base = (this.#host.constructor as typeof ReactiveElement).elementStyles;
    this.#styled = Boolean(this.#module);
    adoptStyles(this.#host.renderRoot as ShadowRoot, [
      ...base,
      viewStyles,
      ...(this.#module?.mapStyles ?? []),
    ]);
  }

  render(feed: Feed, locale: Locale): unknown {
    this.#feed = feed;
    this.#locale = locale;
    const t = this.#t;
    const host = this.#host;
    const uses = parseUses(host.use);
    // In the feed's order: only the list needs them by name, and sorts when it is shown.
    const searched = searchVenues(feed.venues, this.#query, locale);
    const shown = byUse(searched, uses);
    // The status tells of the query as it was when typing paused, so it speaks once.
    const heard =
      this.#spoken === this.#query ? shown : byUse(searchVenues(feed.venues, this.#spoken, locale), uses);
    this.#shown = shown;
    const onMap = host.view !== 'list' && !this.#engineFailed;
    if (onMap && !this.#module) void load(this.#loadEngine, host);
    const count = (n: number) => formatNumber(n, locale);
    return html`<div class="venue-map">
      <div class="toolbar" part="toolbar">
        ${renderSearch({
          label: t.search,
          value: this.#query,
          hint: t.searchHint,
          input: (query) => {
            this.#query = query;
            this.#limit = PAGE;
            this.#typing.restart();
            host.requestUpdate();
          },
          part: { box: 'search' },
        })}
        ${renderSwitch(
          t.views,
          (['map', 'list'] as const).map((view) => ({
            label: view === 'map' ? t.mapView : t.listView,
            pressed: onMap === (view === 'map'),
            choose: () => (view === 'map' ? this.#retryMap() : (host.view = view)),
          })),
          'view-toggle',
        )}
      </div>
      ${renderChips(
        t.filter,
        useCounts(feed.venues, searched, feed).map(([id, n]) => ({
          label: useLabel(id, feed, locale, t),
          count: count(n),
          spoken: t.venues(n, count(n)),
          pressed: uses.includes(id),
          choose: () => {
            host.use = (uses.includes(id) ? uses.filter((use) => use !== id) : [...uses, id]).join(' ');
          },
        })),
      )}
      <p class="status" role="status">
        ${heard.length ? t.shown(heard.length, count(heard.length)) : t.noMatch}
      </p>
      ${
        this.#engineFailed && host.view !== 'list'
          ? renderLoadFailure(t.mapFailed, baseStrings[locale].retry, this.#retryMap)
          : nothing
      }
      ${this.#renderMap(onMap)} ${onMap ? nothing : this.#renderList(shown)}
    </div>`;
  }

  /** Shows the map, loading its engine again if it failed before. */
  readonly #retryMap = (): void => {
    this.#host.view = 'map';
    void load(this.#loadEngine, this.#host);
  };

  #renderMap(visible: boolean): unknown {
    if (!visible && !this.#engine) return nothing;
    const t = this.#t;
    const host = this.#host;
    const venue = visible ? this.#shown.find((v) => v.id === host.selected) : undefined;
    const attribution = host.attribution || OSM_ATTRIBUTION;
    // The controls come before the map so that Tab reaches them before the markers, which can be many.
    return html`<div class="map-layout" ?hidden=${!visible} @keydown=${this.#onEscape}>
      <div class="frame ${this.#tilesFailed ? 'no-tiles' : ''}" part="map">
        <div class="controls">
          <button type="button" class="control" aria-label=${t.zoomIn} @click=${() => this.#engine?.zoom(1)}>
            <span aria-hidden="true">+</span>
          </button>
          <button
            type="button"
            class="control"
            aria-label=${t.zoomOut}
            @click=${() => this.#engine?.zoom(-1)}
          >
            <span aria-hidden="true">−</span>
          </button>
          <button type="button" class="control" aria-label=${t.fit} @click=${() => this.#engine?.setView({})}>
            <svg viewBox="0 0 20 20" aria-hidden="true">
              <path d="M3 8V3h5M12 3h5v5M17 12v5h-5M8 17H3v-5" />
            </svg>
          </button>
        </div>
        <div class="canvas" role="region" aria-label=${t.map} aria-describedby="map-keys"></div>
        <p id="map-keys" class="visually-hidden">${t.mapKeys}</p>
        ${
          this.#module
            ? nothing
            : html`<div class="skeleton" part="map-skeleton">
                <span class="visually-hidden" role="status">${t.mapLoading}</span>
              </div>`
        }
        <p class="tiles-failed" role="status">${this.#tilesFailed ? t.tilesFailed : ''}</p>
        <p class="hint ${this.#hint ? 'on' : ''}" aria-live="polite">
          ${this.#hint === 'wheel' ? t.wheelHint(mac() ? '⌘' : 'Ctrl') : this.#hint === 'touch' ? t.touchHint : ''}
        </p>
        <p class="attribution" part="attribution">
          ${
            attribution === OSM_ATTRIBUTION
              ? html`<a href="https://www.openstreetmap.org/copyright">${attribution}</a>`
              : attribution
          }
        </p>
      </div>
      ${
        venue
          ? html`<section class="panel" part="details" tabindex="-1" aria-labelledby="venue-title">
              <div class="panel-head">
                ${heading(this.#host.headingLevel, pickText(venue.name, this.#locale), { id: 'venue-title' })}
                <button
                  type="button"
                  class="close"
                  aria-label=${t.close}
                  @click=${() => this.#close(venue.id)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </div>
              ${venueDetails(venue, this.#feed!, this.#locale, t)}
            </section>`
          : nothing
      }
    </div>`;
  }

  #renderList(filtered: Venue[]): unknown {
    const t = this.#t;
    const host = this.#host;
    const feed = this.#feed!;
    // Sorted once per feed; a filter keeps the name order by picking from it.
    const byName = this.#byName(feed.venues, this.#locale);
    const kept = filtered === feed.venues ? undefined : new Set(filtered);
    const shown = kept ? byName.filter((venue) => kept.has(venue)) : byName;
    // The chosen venue is listed with its details open, however far down it is.
    this.#limit = Math.max(this.#limit, shown.findIndex((venue) => venue.id === host.selected) + 1);
    return html`<ul class="list" part="list" @keydown=${this.#onEscape}>
        ${repeat(
          shown.slice(0, this.#limit),
          (venue) => venue.id,
          (venue) => {
            const open = venue.id === host.selected;
            const meta = [venue.host, venue.address].filter(Boolean).join(' · ');
            return html`<li>
              <button
                type="button"
                class="item"
                aria-expanded=${String(open)}
                data-id=${venue.id}
                @click=${() => (open ? this.#close(venue.id) : this.#choose(venue.id))}
              >
                <span class="name">${pickText(venue.name, this.#locale)}</span>
                ${meta ? html`<span class="meta">${meta}</span>` : nothing}
                <svg class="chevron" viewBox="0 0 20 20" aria-hidden="true"><path d="M6 8l4 4 4-4" /></svg>
              </button>
              ${
                open
                  ? html`<div class="item-details" part="details">
                      ${venueDetails(venue, feed, this.#locale, t)}
                      <button
                        type="button"
                        class="button"
                        @click=${() => {
                          host.view = 'map';
                          this.#reveal(venue.id);
                        }}
                      >
                        ${t.showOnMap}
                      </button>
                    </div>`
                  : nothing
              }
            </li>`;
          },
        )}
      </ul>
      ${
        shown.length > this.#limit
          ? html`<button
              type="button"
              class="button more"
              @click=${() => {
                // Focus goes on to the first venue just shown, not back to the end of the list.
                const first = this.#limit;
                this.#limit += PAGE;
                this.#after = () =>
                  this.#host.renderRoot.querySelectorAll<HTMLElement>('.item')[first]?.focus();
                host.requestUpdate();
              }}
            >
              ${t.more(formatNumber(shown.length - this.#limit, this.#locale))}
            </button>`
          : nothing
      }`;
  }

  /**
   * Venues in name order ("Lokal 2" before "Lokal 10"), as people look for a place they know. Not grouped by municipality: a
   * venue has no municipality of its own, only a free-text address that would have to be guessed from.
   */
  #byName(venues: Venue[], locale: Locale): Venue[] {
    const sorted = this.#sorted;
    if (sorted.venues === venues && sorted.locale === locale) return sorted.byName;
    const collator = new Intl.Collator(locale, { numeric: true });
    const named = venues.map((venue) => [pickText(venue.name, locale), venue] as const);
    named.sort(([a], [b]) => collator.compare(a, b));
    this.#sorted = { venues, locale, byName: named.map(([, venue]) => venue) };
    return this.#sorted.byName;
  }

  /**
   * The shown venues as the map knows them. The same filter gives the same list for as long as
   * the feed and language last (the last few filters are kept), so the engine builds the index
   * of a feed once, and once per filter, not on each render or move.
   */
  #mapVenues(): EngineVenue[] {
    const feed = this.#feed!;
    const locale = this.#locale;
    let memo = this.#forMap;
    if (memo.feed !== feed || memo.locale !== locale) {
      memo = this.#forMap = { feed, locale, byFilter: new Map() };
    }
    const filter = `${this.#host.use}|${this.#query}`;
    let venues = memo.byFilter.get(filter);
    if (venues) memo.byFilter.delete(filter);
    venues ??= this.#shown.map(({ id, lat, lon, name }) => ({ id, lat, lon, name: pickText(name, locale) }));
    memo.byFilter.set(filter, venues);
    if (memo.byFilter.size > KEPT_FILTERS) memo.byFilter.delete(memo.byFilter.keys().next().value!);
    return venues;
  }

  /** Shows or hides the message that tiles fail, rendering only when that changes. */
  #setTilesFailed(failed: boolean): void {
    if (this.#tilesFailed === failed) return;
    this.#tilesFailed = failed;
    this.#host.requestUpdate();
  }

  #mapView(): MapView {
    const { center, zoom } = this.#host;
    // `zoom="near"` arrives as NaN, which would leave Leaflet with nowhere to look.
    return { center: parseCenter(center), zoom: Number.isFinite(zoom) ? zoom : undefined };
  }

  /** The user chose a venue: on the map, the panel takes focus; in the list, the item opens. */
  #choose(id: string, fromMap = false): void {
    this.#host.selected = id;
    emit(this.#host, 'ok-venue-select', { id });
    if (fromMap) this.#after = () => this.#host.renderRoot.querySelector<HTMLElement>('.panel')?.focus();
  }

  /** Closes the details; focus returns to the venue's marker, or to its list item. */
  #close(id: string): void {
    this.#host.selected = '';
    this.#after = (engine) => {
      if (this.#host.view !== 'list' && engine?.focus(id)) return;
      this.#host.renderRoot.querySelector<HTMLElement>(`.item[data-id="${CSS.escape(id)}"]`)?.focus();
    };
  }

  /** Shows a venue on the map and focuses its marker, once the map is there. */
  #reveal(id: string): void {
    this.#after = (engine) => {
      // The map may still be loading: try again after the next render.
      if (!engine) return this.#reveal(id);
      engine.show(id);
      engine.focus(id);
    };
  }

  readonly #onEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.#host.selected) return;
    event.preventDefault();
    this.#close(this.#host.selected);
  };

  #showHint(hint: Hint): void {
    clearTimeout(this.#hintTimer);
    if (hint) this.#hintTimer = setTimeout(() => this.#showHint(''), 2000);
    if (this.#hint === hint) return;
    this.#hint = hint;
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.#hintTimer);
    this.#typing.cancel();
    this.#spoken = this.#query;
    this.#making = undefined;
    this.#engine?.destroy();
    this.#engine = undefined;
    this.#synced = { view: '' };
  }

  /**
   * Makes the map in short tasks, each a turn of its own: the index of many venues (a turn per
   * zoom), the page's layout (Leaflet would force it while setting up), the map, and then, as the
   * engine is handed over, its venues and tiles (`hostUpdated`). Stops if the widget leaves the
   * page or the canvas is rendered anew.
   */
  async #make(canvas: HTMLElement, module: EngineModule): Promise<void> {
    const making = (this.#making = {});
    const host = this.#host;
    const current = (): boolean => {
      if (this.#making !== making) return false;
      if (host.isConnected && host.renderRoot.querySelector('.canvas') === canvas) return true;
      // Made again from the next render, if it has a canvas on the page.
      this.#making = undefined;
      host.requestUpdate();
      return false;
    };
    const venues = this.#mapVenues();
    if (!module.indexReady(venues)) {
      await module.buildIndex(venues, nextTurn);
      if (!current()) return;
    }
    await nextTurn();
    if (!current()) return;
    // Lays the page out: Leaflet reads the canvas's size as it sets up.
    void canvas.clientWidth;
    await nextTurn();
    if (!current()) return;
    const engine = new module.MapEngine(canvas, {
      tiles: host.tiles,
      clusterName: (n) => this.#t.venues(n, formatNumber(n, this.#locale)),
      choose: (id) => this.#choose(id, true),
      hint: (kind) => this.#showHint(kind),
      tilesFailed: (failed) => this.#setTilesFailed(failed),
    });
    await nextTurn();
    if (!current()) return engine.destroy();
    this.#making = undefined;
    this.#engine = engine;
    this.#synced = { view: '', tiles: host.tiles };
    host.requestUpdate();
  }

  // Before the render that first has the engine, so the map is styled from its first frame.
  hostUpdate(): void {
    if (this.#module && !this.#styled) this.#adopt();
  }

  /** Makes, feeds or drops the engine to match what was rendered. */
  hostUpdated(): void {
    const host = this.#host;
    const canvas = host.renderRoot.querySelector<HTMLElement>('.canvas');
    if (this.#engine && this.#engine.container !== canvas) this.hostDisconnected();
    // No map is made for a widget taken off the page (an update may still come, as after the index).
    if (canvas && !this.#engine && !this.#making && this.#module && host.isConnected) {
      void this.#make(canvas, this.#module);
    }
    const engine = this.#engine;
    if (engine) {
      const venues = this.#mapVenues();
      const view = [host.center, host.zoom].join('|');
      // A view that moves keeps the venues' index; new venues fit the view again.
      if (this.#synced.venues !== venues) engine.setVenues(venues, this.#mapView());
      else if (this.#synced.view !== view) engine.setView(this.#mapView());
      this.#synced = { ...this.#synced, venues, view };
      if (this.#synced.tiles !== host.tiles) engine.setTiles((this.#synced.tiles = host.tiles));
      engine.select(host.selected || undefined);
    }
    const after = this.#after;
    this.#after = undefined;
    after?.(engine);
  }
}
