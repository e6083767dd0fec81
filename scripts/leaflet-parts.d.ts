export const LEAFLET_ESM: string;
export const LEAFLET_PARTS: string;
export function markerStandIn(source: string, importer: string | undefined): string | undefined;
