/**
 * The parts of Leaflet 1.9 the map engine uses, from Leaflet's own source modules. Its ES module
 * build (`leaflet/dist/leaflet-src.esm.js`) is one module, so a bundle takes all of it: popups,
 * tooltips, vector layers and their renderers, GeoJSON, overlays, controls, the other projections,
 * nearly half of Leaflet that the map never uses. The script-tag build and the test runner
 * resolve the engine's import of that file to this one (vite.config.ts, web-test-runner.config.js);
 * an export missing here fails the build. They also leave out the marker's drag handler and
 * default icon (src/internal/no-marker-drag.ts, no-default-icon.ts).
 */
export { Map } from 'leaflet/src/map/Map.js';
// The interaction handlers the map has: each registers itself on Map as its module evaluates
// (package.json lists this module among those with side effects, so no build drops them). Not the
// wheel's (the engine zooms on Ctrl + wheel itself) nor a long tap's (the map has no context menu).
import 'leaflet/src/map/handler/Map.BoxZoom.js';
import 'leaflet/src/map/handler/Map.DoubleClickZoom.js';
import 'leaflet/src/map/handler/Map.Drag.js';
import 'leaflet/src/map/handler/Map.Keyboard.js';
import 'leaflet/src/map/handler/Map.TouchZoom.js';
export { DivIcon } from 'leaflet/src/layer/marker/DivIcon.js';
export { Marker } from 'leaflet/src/layer/marker/Marker.js';
export { GridLayer } from 'leaflet/src/layer/tile/GridLayer.js';
export { TileLayer } from 'leaflet/src/layer/tile/TileLayer.js';
export { LatLngBounds } from 'leaflet/src/geo/LatLngBounds.js';
