/**
 * Leaflet's default marker icon (its blue pin, PNG files found beside its stylesheet), left out:
 * every marker on the map has an icon of its own (a `DivIcon`). Leaflet's `Marker` makes one
 * default icon as its module loads, so this stands in for it; a marker made without an icon would
 * fail to draw. The script-tag build and the test runner put this in place of
 * `leaflet/src/layer/marker/Icon.Default.js` (see src/internal/leaflet.ts).
 */
export class IconDefault {}
