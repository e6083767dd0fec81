/** The parts of an agreement, in the order they are shown by default. */
export const PARTS = ['about', 'principles', 'signatories', 'calendar', 'map', 'commitments'] as const;
export type Part = (typeof PARTS)[number];

/** Every section's id starts so: `#ok-agreement-map` links to the map's section. */
export const PREFIX = 'ok-agreement-';
