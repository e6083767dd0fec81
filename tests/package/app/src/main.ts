// An app that imports the whole package and one element entry: one Lit, one map engine.
import { parseFeed, type OkVenueMap } from 'ok-widgets';
import 'ok-widgets/elements/venue-map.js';
import './one-element.js';

const map: OkVenueMap | null = document.querySelector('ok-venue-map');
map?.setAttribute('view', 'list');
console.log(typeof parseFeed);
