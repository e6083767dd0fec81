/**
 * What the script-tag build (vite.config.ts) and the test runner (web-test-runner.config.js) put in
 * place of parts of Leaflet, as paths from the project's root: its whole ES module build by the
 * parts the map engine uses, and two modules that Leaflet's `Marker` imports and the map never
 * uses: the drag handler (the map's markers are never dragged) and the default icon (every marker
 * has its own).
 */
export const LEAFLET_ESM = 'leaflet/dist/leaflet-src.esm.js';
export const LEAFLET_PARTS = 'src/internal/leaflet.ts';
const LEFT_OUT = {
  './Marker.Drag': 'src/internal/no-marker-drag.ts',
  './Icon.Default': 'src/internal/no-default-icon.ts',
};

/** The stand-in for `source` as the module at `importer` imports it, if it is one Marker goes without. */
export const markerStandIn = (source, importer) =>
  importer?.endsWith('leaflet/src/layer/marker/Marker.js') ? LEFT_OUT[source] : undefined;
