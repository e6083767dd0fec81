/**
 * The map itself: Leaflet with supercluster, loaded by a dynamic `import()` only where a map is
 * shown. It knows venues as points with a name and nothing else; everything the user reads
 * outside the markers (details, hints, attribution) is rendered by the element in Lit.
 */
// First: lets Leaflet evaluate on a page that requires Trusted Types (see the module).
import { releaseGuard } from './leaflet-guard.js';
// The script-tag build and the test runner take this from src/internal/leaflet.ts, only the parts
// of Leaflet used here; the bundler build leaves it to the app's bundler (vite.config.ts).
import {
  DivIcon,
  GridLayer,
  LatLngBounds,
  Map as LeafletMap,
  Marker,
  TileLayer,
} from 'leaflet/dist/leaflet-src.esm.js';
import type { Coords, LatLng, LatLngTuple, Point as PixelPoint } from 'leaflet';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import { css, unsafeCSS } from 'lit';
import Supercluster from 'supercluster';
import { yieldToMain } from '../../feed/turns.js';

releaseGuard();

export interface EngineVenue {
  id: string;
  name: string;
  lat: number;
  lon: number;
}

/** Where the map looks: `center` and `zoom` when given, otherwise all venues fit. */
export interface MapView {
  center?: LatLngTuple | undefined;
  zoom?: number | undefined;
}

export interface EngineOptions {
  tiles: string;
  /** The accessible name of a cluster ("12 lokaler"). */
  clusterName(count: number): string;
  /** The user activated a venue's marker. */
  choose(id: string): void;
  /** The user scrolled without Ctrl/⌘, or dragged with one finger: the element shows a hint. */
  hint(kind: 'wheel' | 'touch'): void;
  /** A tile failed to load (`true`), or one loaded again (`false`): the element says so. */
  tilesFailed?(failed: boolean): void;
}

type Point = Supercluster.PointFeature<{ i: number }>;
type Cluster = Supercluster.ClusterFeature<Supercluster.AnyProps>;

/**
 * Clustering radius in supercluster's units (512 per tile, Leaflet's tiles are 256 px): 100 keeps
 * clusters about 50 px apart, so the largest (48 px) never covers a neighbour's number.
 */
export const CLUSTERING = { radius: 100, minZoom: 0, maxZoom: 16 };

type Index = Supercluster<{ i: number }>;

/**
 * What of supercluster building an index one zoom at a time takes: internals of 8.0.1, absent from
 * its types (package.json pins that version; a test compares the clusters with its own `load`).
 */
interface IndexInternals {
  options: { minZoom: number };
  trees: unknown[];
  _createTree(data: unknown): unknown;
  _cluster(tree: unknown, zoom: number): unknown;
}

/**
 * Builds the clustering index of `venues` as supercluster's `load` does, yielding before each of
 * its steps: the points, then each zoom, from the closest out, its clusters and then their tree.
 * Each step is short where the whole is not (10,000 venues: about half a second at a phone's speed).
 */
function* indexSteps(venues: EngineVenue[]): Generator<void, Index> {
  const { minZoom, maxZoom } = CLUSTERING;
  yield;
  const points = venues.map((venue, i) => ({
    type: 'Feature' as const,
    properties: { i },
    geometry: { type: 'Point' as const, coordinates: [venue.lon, venue.lat] },
  }));
  // With its least zoom above the greatest, `load` only indexes the points; the zooms follow here.
  const index = new Supercluster<{ i: number }>({ ...CLUSTERING, minZoom: maxZoom + 1 }).load(points);
  const inside = index as unknown as IndexInternals;
  inside.options.minZoom = minZoom;
  let tree = inside.trees[maxZoom + 1];
  for (let zoom = maxZoom; zoom >= minZoom; zoom -= 1) {
    yield;
    const clusters = inside._cluster(tree, zoom);
    yield;
    tree = inside.trees[zoom] = inside._createTree(clusters);
  }
  return index;
}

/** One index per list of venues: the element hands the same list for the same feed and filter. */
const indexes = new WeakMap<EngineVenue[], Index>();

/** The clustering index of `venues`, built once per list. */
export function clusterIndex(venues: EngineVenue[]): Index {
  let index = indexes.get(venues);
  if (!index) {
    const steps = indexSteps(venues);
    let step = steps.next();
    while (!step.done) step = steps.next();
    indexes.set(venues, (index = step.value));
  }
  return index;
}

/** Venues from which building their index is long work: some 45 ms per 1,000 at a phone's speed. */
const MANY_VENUES = 1000;

/**
 * False while many venues have no index yet: the element then builds it (`buildIndex`) in tasks
 * of their own before it makes the map, so the two are not one long task.
 */
export const indexReady = (venues: EngineVenue[]): boolean =>
  venues.length < MANY_VENUES || indexes.has(venues);

/** Builds the index of `venues` a step at a time, awaiting `turn` (a task for the page) before each. */
export async function buildIndex(venues: EngineVenue[], turn: () => Promise<void>): Promise<void> {
  const steps = indexSteps(venues);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return void indexes.set(venues, step.value);
    await turn();
  }
}

/** What of Leaflet 1.9's tile layer the one below replaces: internals, absent from its types. */
interface TileInternals {
  _tiles: Record<string, { el: HTMLImageElement; coords: Coords }>;
  _tileZoom: number;
}
const grid = GridLayer.prototype as unknown as {
  _removeTile(key: string): void;
  _tileReady(coords: Coords, err: Error | undefined, tile: HTMLElement | undefined): void;
};

/**
 * Tiles that stop loading without a `data:` URL. Leaflet cancels the download of a tile it drops
 * by setting its `src` to a `data:` GIF (`Util.emptyImageUrl`), which a page whose CSP has no
 * `data:` in `img-src` reports as a violation, dozens per zoom. Removing `src` cancels it too,
 * with no request at all; a tile without `src` is how this layer knows one it dropped.
 */
const QuietTileLayer = TileLayer.extend({
  /** Drops the tiles of other zooms still loading (Leaflet's, less the `data:` URL). */
  _abortLoading(this: TileLayer & TileInternals) {
    for (const [key, { el, coords }] of Object.entries(this._tiles)) {
      if (coords.z === this._tileZoom || el.complete) continue;
      el.removeAttribute('src');
      el.remove();
      delete this._tiles[key];
      this.fire('tileabort', { tile: el, coords });
    }
  },
  _removeTile(this: TileInternals, key: string) {
    // A tile that has loaded has nothing left to cancel.
    const tile = this._tiles[key]?.el;
    if (tile && !tile.complete) tile.removeAttribute('src');
    grid._removeTile.call(this, key);
  },
  _tileReady(coords: Coords, err: Error | undefined, tile: HTMLElement | undefined) {
    if (tile && !tile.hasAttribute('src')) return;
    grid._tileReady.call(this, coords, err, tile);
  },
}) as unknown as typeof TileLayer;

const marker = Marker.prototype as unknown as {
  _initIcon(): void;
  _setPos(pos: PixelPoint): void;
};

/**
 * A marker that writes its place only when it changes. A zoom step places each marker up to
 * three times ('zoom', the redraw, 'viewreset'), and each write restyles it. (Its z-index follows
 * its place; these markers never change `zIndexOffset`.)
 */
const QuietMarker = Marker.extend({
  _initIcon(this: { _at?: PixelPoint }) {
    this._at = undefined;
    marker._initIcon.call(this);
  },
  _setPos(this: { _at?: PixelPoint }, pos: PixelPoint) {
    if (this._at?.equals(pos)) return;
    this._at = pos;
    marker._setPos.call(this, pos);
  },
}) as unknown as typeof Marker;

/** The box around the venues, in one pass over plain numbers. */
function boundsOf(venues: EngineVenue[]): LatLngBounds {
  let [south, west, north, east] = [90, 180, -90, -180];
  for (const { lat, lon } of venues) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
  }
  return new LatLngBounds([south, west], [north, east]);
}

const SWEDEN: MapView = { center: [62.5, 16], zoom: 4 };
const still = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Leaflet's own CSS, adopted into the shadow root, and the markers' look. */
export const mapStyles = [
  unsafeCSS(leafletCss),
  css`
    .leaflet-container,
    .leaflet-container.leaflet-touch-drag.leaflet-touch-zoom {
      /* One finger scrolls the page; two fingers reach Leaflet's pinch, which also pans. */
      touch-action: pan-x pan-y;
      background: var(--ok-venue-map-background, #e4e7eb);
      font: inherit;
    }
    .leaflet-container:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: -3px;
    }
    .ok-venue,
    .ok-cluster {
      display: grid;
      place-items: center;
      border-radius: 50%;
      box-shadow: 0 1px 3px rgb(0 0 0 / 45%);
      cursor: pointer;
    }
    .ok-venue {
      border: 3px solid var(--_surface);
      background: var(--ok-venue-map-marker, var(--_accent));
    }
    .ok-venue.is-selected {
      /* Above the clusters it was lifted out of; dark with a ring in the accent, where red
         would read as an error. */
      z-index: 99999 !important;
      background: var(--ok-venue-map-marker-selected, var(--_text));
      box-shadow:
        0 0 0 3px var(--ok-venue-map-marker, var(--_accent)),
        0 1px 5px 3px rgb(0 0 0 / 45%);
    }
    .ok-cluster {
      border: 3px solid var(--ok-venue-map-marker, var(--_accent));
      background: var(--_surface);
      color: var(--_text);
      font-size: 0.8125em;
      font-weight: 700;
      line-height: 1;
    }
    .leaflet-marker-icon:focus-visible {
      /* Above its neighbours (Leaflet stacks markers by latitude inline), set off by a white gap
         from a marker that may have the focus colour itself. */
      z-index: 100000 !important;
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
      box-shadow: 0 0 0 2px var(--_surface);
    }
    @media (forced-colors: active) {
      /* The system's colours would drop the fills: keep venues solid and the chosen one marked. */
      .ok-venue {
        forced-color-adjust: none;
        border-color: Canvas;
        background: CanvasText;
      }
      .ok-venue.is-selected {
        border-color: CanvasText;
        background: Highlight;
      }
      .leaflet-marker-icon:focus-visible {
        outline-color: Highlight;
      }
    }
  `,
];

/** A venue marker's width and height in px: WCAG 2.2's smallest target (2.5.8), even where markers crowd. */
const VENUE_SIZE = 24;
/** Half the largest marker, in px: one whose centre is this far outside the map still shows an edge. */
const REACH = 24;

/** A marker on the map and what activating it does now: a cluster's marker is reused for others. */
interface Drawn {
  marker: Marker;
  kind: 'ok-venue' | 'ok-cluster';
  label: string;
  size: number;
  activate(keyboard: boolean): void;
}

/** What a marker should show: drawn new, or by updating one that is no longer needed. */
type Wanted = Omit<Drawn, 'marker'> & { at: LatLngTuple; text: string };

export class MapEngine {
  readonly map: LeafletMap;
  readonly #options: EngineOptions;
  readonly #tiles: TileLayer;
  readonly #resize: ResizeObserver;
  #index: Index = new Supercluster<{ i: number }>(CLUSTERING);
  #venues: EngineVenue[] = [];
  #markers = new Map<string, Drawn>();
  #selected: string | undefined;
  #ready = false;
  #gone = false;
  /** A view asked for while the map had no size (hidden): applied once it has one. */
  #pending: MapView | undefined;
  /** After a cluster opened from the keyboard, focus goes to the marker nearest to it. */
  #focusNear: LatLng | undefined;
  #wheelAt = 0;

  constructor(
    readonly container: HTMLElement,
    options: EngineOptions,
  ) {
    this.#options = options;
    this.map = new LeafletMap(container, {
      zoomControl: false,
      attributionControl: false,
      scrollWheelZoom: false,
      minZoom: 2,
      maxZoom: 18,
      zoomAnimation: !still(),
      fadeAnimation: !still(),
    });
    // Added once the map has a view and its venues (`setView`), in a task after them.
    this.#tiles = new QuietTileLayer(options.tiles, { maxZoom: 19 });
    this.#tiles.on('tileerror', () => options.tilesFailed?.(true));
    this.#tiles.on('tileload', () => options.tilesFailed?.(false));
    this.map.on('moveend', () => this.#draw());
    container.addEventListener('wheel', this.#onWheel, { passive: false });
    container.addEventListener('pointerdown', this.#onPointerDown, true);
    container.addEventListener('touchmove', this.#onTouchMove, { passive: true });
    this.#resize = new ResizeObserver(() => this.#resized());
    this.#resize.observe(container);
  }

  /** Shows these venues (clustered) and moves to `view`; a list shown before keeps its index. */
  setVenues(venues: EngineVenue[], view: MapView): void {
    if (venues !== this.#venues) {
      this.#venues = venues;
      this.#index = clusterIndex(venues);
      // Another index numbers its clusters anew, and a venue may have moved: no drawn key holds.
      this.#markers = new Map([...this.#markers].map(([key, drawn]) => [`old-${key}`, drawn]));
    }
    this.setView(view);
  }

  setView(view: MapView): void {
    if (!this.container.clientWidth || !this.container.clientHeight) {
      this.#pending = view;
      return;
    }
    this.#pending = undefined;
    // The container may just have been shown again: Leaflet keeps the size it last measured.
    this.map.invalidateSize(false);
    const { center, zoom } = view.center || this.#venues.length ? view : SWEDEN;
    if (center) this.map.setView(center, zoom ?? 13, { animate: false });
    else {
      const bounds = boundsOf(this.#venues);
      if (zoom !== undefined) this.map.setView(bounds.getCenter(), zoom, { animate: false });
      else this.map.fitBounds(bounds, { padding: [32, 32], maxZoom: 15, animate: false });
    }
    const first = !this.#ready;
    this.#ready = true;
    this.#draw();
    // The first view's tiles in a task of their own: with the markers they make one long task.
    if (first) {
      void yieldToMain().then(() => {
        if (!this.#gone) this.#tiles.addTo(this.map);
      });
    }
  }

  setTiles(url: string): void {
    this.#tiles.setUrl(url);
  }

  /**
   * Marks a venue as chosen: it is drawn on its own, out of the cluster it would be in, and a
   * newly chosen one is brought to the centre of the map.
   */
  select(id: string | undefined): void {
    const changed = id !== this.#selected;
    this.#selected = id;
    const venue = changed && this.#venues.find((v) => v.id === id);
    if (venue && this.#ready && this.container.clientWidth) {
      // The details panel may just have narrowed the map.
      this.map.invalidateSize(false);
      this.map.panTo([venue.lat, venue.lon], { animate: !still() });
    }
    this.#draw();
  }

  /** Moves the map to a venue, closer in if needed. */
  show(id: string): void {
    const venue = this.#venues.find((v) => v.id === id);
    this.map.invalidateSize(false);
    if (venue)
      this.map.setView([venue.lat, venue.lon], Math.max(this.map.getZoom(), 14), { animate: !still() });
  }

  /** Focuses a venue's marker, or the cluster nearest to it where it is clustered; false when it is not on the map. */
  focus(id: string): boolean {
    const venue = this.#venues.find((v) => v.id === id);
    const icon = this.#markers.get(`v${id}`)?.marker.getElement();
    if (icon) icon.focus();
    else if (venue) this.#focusNearest(this.map.wrapLatLng([venue.lat, venue.lon]));
    return Boolean(venue);
  }

  zoom(delta: number): void {
    this.map.setZoom(this.map.getZoom() + delta, { animate: !still() });
  }

  destroy(): void {
    this.#gone = true;
    this.#resize.disconnect();
    // Leaflet 1.9 ends a zoom animation from a timer that throws once the map is gone.
    (this.map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
    this.map.remove();
  }

  #resized(): void {
    if (!this.container.clientWidth) return;
    this.map.invalidateSize({ animate: false });
    if (this.#pending) this.setView(this.#pending);
  }

  /**
   * Draws what supercluster gives for the area in view. Markers that stay are kept; one no longer
   * needed shows another cluster or venue in its place (a zoom changes every cluster), so a zoom
   * step moves and relabels markers rather than building them anew.
   */
  #draw(): void {
    if (!this.#ready) return;
    const { x, y } = this.map.getSize();
    const sw = this.map.containerPointToLatLng([-REACH, y + REACH]);
    const ne = this.map.containerPointToLatLng([x + REACH, -REACH]);
    const features = this.#index.getClusters(
      [sw.lng, sw.lat, ne.lng, ne.lat],
      Math.round(this.map.getZoom()),
    );
    const selected =
      this.#selected === undefined ? undefined : this.#venues.find((v) => v.id === this.#selected);
    const holder = selected && this.#holder(features, selected);
    const wanted = new Map<string, Wanted>();
    for (const feature of features) {
      if (feature === holder) this.#wantWithout(wanted, holder, selected!);
      else if ((feature as Cluster).properties.cluster) this.#wantCluster(wanted, feature as Cluster);
      else this.#wantVenue(wanted, this.#venues[(feature as Point).properties.i]!);
    }
    if (selected) this.#wantVenue(wanted, selected);
    const focused = (this.container.getRootNode() as Document | ShadowRoot).activeElement;
    const spare = { 'ok-venue': [] as Drawn[], 'ok-cluster': [] as Drawn[] };
    for (const [key, drawn] of this.#markers) {
      if (wanted.has(key)) continue;
      // The focused marker is not turned into another under the user's hands.
      if (drawn.marker.getElement() !== focused) spare[drawn.kind].push(drawn);
      else drawn.marker.remove();
    }
    const next = new Map<string, Drawn>();
    const selectedKey = `v${this.#selected}`;
    for (const [key, want] of wanted) {
      let drawn = this.#markers.get(key);
      if (!drawn && (drawn = spare[want.kind].pop())) this.#reuse(drawn, want);
      drawn ??= this.#marker(want);
      next.set(key, drawn);
      drawn.marker.getElement()?.classList.toggle('is-selected', key === selectedKey);
    }
    for (const drawn of [...spare['ok-venue'], ...spare['ok-cluster']]) drawn.marker.remove();
    this.#markers = next;
    if (this.#focusNear) this.#focusNearest(this.#focusNear);
  }

  /** The drawn cluster that holds `venue`, looked for nearest first (it is usually the nearest). */
  #holder(features: (Point | Cluster)[], venue: EngineVenue): Cluster | undefined {
    const at = this.map.wrapLatLng([venue.lat, venue.lon]);
    const index = this.#venues.indexOf(venue);
    const clusters = features
      .filter((feature): feature is Cluster => Boolean((feature as Cluster).properties.cluster))
      .map((cluster) => {
        const [lon, lat] = cluster.geometry.coordinates as [number, number];
        return { cluster, distance: at.distanceTo([lat, lon]) };
      })
      .sort((a, b) => a.distance - b.distance);
    return clusters.find(({ cluster }) =>
      this.#index
        .getLeaves(cluster.properties.cluster_id, Infinity)
        .some((leaf) => (leaf as Point).properties.i === index),
    )?.cluster;
  }

  /** A cluster drawn without the chosen venue: one less, or its one other venue alone. */
  #wantWithout(wanted: Map<string, Wanted>, cluster: Cluster, selected: EngineVenue): void {
    const others = this.#index
      .getLeaves(cluster.properties.cluster_id, 2, 0)
      .map((leaf) => this.#venues[(leaf as Point).properties.i]!)
      .filter((venue) => venue !== selected);
    if (cluster.properties.point_count === 2) this.#wantVenue(wanted, others[0]!);
    else this.#wantCluster(wanted, cluster, cluster.properties.point_count - 1);
  }

  #wantVenue(wanted: Map<string, Wanted>, venue: EngineVenue): void {
    wanted.set(`v${venue.id}`, {
      kind: 'ok-venue',
      at: [venue.lat, venue.lon],
      label: venue.name,
      text: '',
      size: VENUE_SIZE,
      activate: () => this.#options.choose(venue.id),
    });
  }

  #wantCluster(wanted: Map<string, Wanted>, cluster: Cluster, count = cluster.properties.point_count): void {
    const id = cluster.properties.cluster_id;
    const [lon, lat] = cluster.geometry.coordinates as [number, number];
    // A count of its own: the same cluster without the chosen venue is another marker.
    wanted.set(`c${id}-${count}`, {
      kind: 'ok-cluster',
      at: [lat, lon],
      label: this.#options.clusterName(count),
      text: String(count),
      size: count < 100 ? 36 : count < 1000 ? 42 : 48,
      activate: (keyboard) => {
        const zoom = Math.min(this.#index.getClusterExpansionZoom(id), this.map.getMaxZoom());
        if (keyboard) this.#focusNear = this.map.wrapLatLng([lat, lon]);
        this.map.setView([lat, lon], zoom, { animate: !still() });
      },
    });
  }

  /** A keyboard-reachable marker named by its label, with a DOM icon (never an HTML string). */
  #marker({ at, kind, label, text, size, activate }: Wanted): Drawn {
    const content = document.createElement('span');
    content.textContent = text;
    content.setAttribute('aria-hidden', 'true');
    const marker = new QuietMarker(at, {
      icon: new DivIcon({ html: content, className: kind, iconSize: [size, size] }),
      keyboard: true,
      title: label,
      riseOnHover: true,
    });
    const drawn: Drawn = { marker, kind, label, size, activate };
    marker.on('click', () => drawn.activate(false));
    marker.on('add', () => {
      const icon = marker.getElement()!;
      icon.setAttribute('aria-label', drawn.label);
      icon.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        drawn.activate(true);
      });
    });
    marker.addTo(this.map);
    return drawn;
  }

  /** Turns a drawn marker into another of its kind: its icon is relabelled, resized and moved. */
  #reuse(drawn: Drawn, { at, label, text, size, activate }: Wanted): void {
    const icon = drawn.marker.getElement()!;
    drawn.activate = activate;
    if (drawn.label !== label) {
      drawn.label = label;
      icon.title = label;
      icon.setAttribute('aria-label', label);
      icon.firstElementChild!.textContent = text;
    }
    if (drawn.size !== size) {
      // What Leaflet's DivIcon sets for `iconSize`, centred on the position.
      drawn.size = size;
      icon.style.width = icon.style.height = `${size}px`;
      icon.style.marginLeft = icon.style.marginTop = `${-size / 2}px`;
    }
    drawn.marker.setLatLng(at);
  }

  #focusNearest(at: LatLng): void {
    let best: Marker | undefined;
    for (const { marker } of this.#markers.values()) {
      if (!best || at.distanceTo(marker.getLatLng()) < at.distanceTo(best.getLatLng())) best = marker;
    }
    this.#focusNear = undefined;
    best?.getElement()?.focus();
  }

  readonly #onWheel = (event: WheelEvent): void => {
    if (!event.ctrlKey && !event.metaKey) {
      this.#options.hint('wheel');
      return;
    }
    event.preventDefault();
    if (event.timeStamp - this.#wheelAt < 250) return;
    this.#wheelAt = event.timeStamp;
    const zoom = this.map.getZoom() + (event.deltaY < 0 ? 1 : -1);
    this.map.setZoomAround(this.map.mouseEventToContainerPoint(event), zoom, { animate: !still() });
  };

  /** Dragging follows the mouse and pen; a single finger is left to the page. */
  readonly #onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') this.map.dragging.disable();
    else this.map.dragging.enable();
  };

  readonly #onTouchMove = (event: TouchEvent): void => {
    if (event.touches.length === 1) this.#options.hint('touch');
  };
}
