/**
 * Leaflet's marker drag handler, left out: the map's markers are never dragged, and Leaflet's
 * `Marker` goes without the handler when its module gives none. The script-tag build and the test
 * runner put this in place of `leaflet/src/layer/marker/Marker.Drag.js` (see src/internal/leaflet.ts).
 */
export const MarkerDrag = undefined;
