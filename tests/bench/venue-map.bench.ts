/**
 * 10,000 generated venues clustered and drawn, four ways in the same run, each until painted:
 * the `<ok-venue-map>` element (feed parse included), its map engine alone, bare Leaflet +
 * supercluster (the floor: the index and the markers in view, nothing else), and
 * Leaflet.markercluster on the same points and the same map size. Also one zoom step on the
 * drawn map for each but the element.
 */
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import clusterCss from 'leaflet.markercluster/dist/MarkerCluster.css?inline';
import clusterDefaultCss from 'leaflet.markercluster/dist/MarkerCluster.Default.css?inline';
import Supercluster from 'supercluster';
import '../../src/elements/venue-map/define.js';
import { MapEngine, type EngineVenue } from '../../src/elements/venue-map/map-engine.js';
import type { OkVenueMap } from '../../src/elements/venue-map/venue-map.js';
import { feedUrl, median, middle, painted, present, report } from './measure.js';

const COUNT = 10_000;
const RUNS = 5;
/** One transparent pixel as every tile: the figures are about markers, not the network. */
const TILES = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/** Deterministic points over southern and central Sweden, denser around a few towns. */
let seed = 42;
const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
const towns: [number, number][] = [
  [56.67, 12.86],
  [57.71, 11.97],
  [59.33, 18.07],
  [55.6, 13.0],
  [59.38, 13.5],
];
const venues: EngineVenue[] = Array.from({ length: COUNT }, (_, i) => {
  const [lat, lon] = i % 2 ? towns[i % towns.length]! : [55.5 + random() * 5, 11.5 + random() * 7];
  return {
    id: `v${i}`,
    name: `Lokal ${i + 1}`,
    lat: lat + (random() - 0.5) * 0.3,
    lon: lon + (random() - 0.5) * 0.5,
  };
});
const feed = {
  version: 1,
  venues: {
    type: 'FeatureCollection',
    features: venues.map((v) => ({
      type: 'Feature',
      id: v.id,
      geometry: { type: 'Point', coordinates: [v.lon, v.lat] },
      properties: { name: v.name, uses: ['meeting'] },
    })),
  },
};
const bounds = L.latLngBounds(venues.map((v) => [v.lat, v.lon]));

const style = document.createElement('style');
style.textContent = leafletCss + clusterCss + clusterDefaultCss;
document.head.append(style);

/** A fresh 1000 × 600 px map container. */
function container(): HTMLElement {
  document.body.replaceChildren();
  const div = document.createElement('div');
  div.style.cssText = 'width:1000px;height:600px';
  document.body.append(div);
  return div;
}

const markersOf = (root: ParentNode) => root.querySelectorAll('.leaflet-marker-icon').length;
/** The map is drawn: its markers and its tiles (which it adds a task after the markers). */
const drawn = (root: ParentNode) => markersOf(root) > 0 && root.querySelector('.leaflet-tile') !== null;

/** Milliseconds from the feed's `ok-load` (fetched and validated) to the painted map, per run. */
let afterLoad: number[] = [];

async function element(src: string): Promise<number> {
  document.body.replaceChildren();
  const el = Object.assign(document.createElement('ok-venue-map'), { tiles: TILES }) as OkVenueMap;
  el.src = src;
  let loaded = 0;
  el.addEventListener('ok-load', () => (loaded = performance.now()), { once: true });
  document.body.append(el);
  const root = el.shadowRoot!;
  await present([root], () => drawn(root));
  await painted();
  afterLoad.push(performance.now() - loaded);
  return markersOf(root);
}

let engine: MapEngine | undefined;
async function engineOnly(): Promise<void> {
  engine?.destroy();
  engine = new MapEngine(container(), { tiles: TILES, clusterName: String, choose() {}, hint() {} });
  // A new list each run: the engine keeps one index per list, and each run should build its own.
  engine.setVenues([...venues], {});
  const map = engine.container;
  await present([map], () => drawn(map));
  await painted();
}

/** The floor: supercluster's index of the points and a marker for each cluster or point in view. */
let bare: L.Map | undefined;
async function bareFloor(): Promise<void> {
  bare?.remove();
  const map = (bare = L.map(container(), { zoomControl: false, attributionControl: false }));
  map.fitBounds(bounds, { padding: [32, 32], animate: false });
  L.tileLayer(TILES).addTo(map);
  const index = new Supercluster({ radius: 60, maxZoom: 16 }).load(
    venues.map((v) => ({
      type: 'Feature' as const,
      properties: {},
      geometry: { type: 'Point' as const, coordinates: [v.lon, v.lat] },
    })),
  );
  const layer = L.layerGroup().addTo(map);
  const draw = () => {
    layer.clearLayers();
    const b = map.getBounds();
    for (const f of index.getClusters(
      [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
      map.getZoom(),
    )) {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      L.marker([lat, lon], { icon: L.divIcon({ className: 'm', iconSize: [22, 22] }) }).addTo(layer);
    }
  };
  map.on('moveend', draw);
  draw();
  await painted();
}

// Leaflet.markercluster is a script that extends a global `L`; the ES module namespace is frozen.
(globalThis as { L?: unknown }).L = { ...L };
// @ts-expect-error: the package has no types; it only extends the global `L`.
await import('leaflet.markercluster');
const GL = (globalThis as unknown as { L: typeof L & { markerClusterGroup(): L.FeatureGroup } }).L;
let clustered: L.Map | undefined;
async function markerCluster(): Promise<void> {
  clustered?.remove();
  clustered = GL.map(container(), { zoomControl: false, attributionControl: false });
  clustered.fitBounds(bounds, { padding: [32, 32], animate: false });
  GL.tileLayer(TILES).addTo(clustered);
  const group = GL.markerClusterGroup();
  (group as unknown as { addLayers(layers: L.Layer[]): void }).addLayers(
    venues.map((v) =>
      GL.marker([v.lat, v.lon], { icon: GL.divIcon({ className: 'm', iconSize: [22, 22] }), title: v.name }),
    ),
  );
  group.addTo(clustered);
  await painted();
}

async function zoomStep(map: L.Map): Promise<number> {
  let zoom = map.getZoom();
  return median(RUNS, async () => {
    zoom = zoom >= 9 ? zoom - 3 : zoom + 1;
    map.setZoom(zoom, { animate: false });
    await painted();
  });
}

// Warm up each once: first-call costs of the engines are not in the figures.
const shown = await element(await feedUrl(feed));
await engineOnly();
await bareFloor();
await markerCluster();

afterLoad = [];
const elementMs = await median(
  RUNS,
  async (src) => void (await element(src)),
  () => feedUrl(feed),
);
const elementAfterLoadMs = middle(afterLoad);
const engineMs = await median(RUNS, engineOnly);
const engineMarkers = markersOf(document.body);
const engineZoomMs = await zoomStep(engine!.map);
engine?.destroy();
const bareMs = await median(RUNS, bareFloor);
const bareMarkers = markersOf(document.body);
const bareZoomMs = await zoomStep(bare!);
bare?.remove();
const markerClusterMs = await median(RUNS, markerCluster);
const markerClusterMarkers = markersOf(document.body);
const markerClusterZoomMs = await zoomStep(clustered!);

report({
  venues: COUNT,
  'ok-venue-map element, feed parse to painted (ms)': elementMs,
  'ok-venue-map element, ok-load to painted (ms)': elementAfterLoadMs,
  'element markers drawn': shown,
  'map engine (Leaflet + supercluster), to painted (ms)': engineMs,
  'engine markers drawn': engineMarkers,
  'bare Leaflet + supercluster (floor), to painted (ms)': bareMs,
  'floor markers drawn': bareMarkers,
  'Leaflet.markercluster, to painted (ms)': markerClusterMs,
  'Leaflet.markercluster markers drawn': markerClusterMarkers,
  'engine, one zoom step (ms)': engineZoomMs,
  'floor, one zoom step (ms)': bareZoomMs,
  'Leaflet.markercluster, one zoom step (ms)': markerClusterZoomMs,
});
