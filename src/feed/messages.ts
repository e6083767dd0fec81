/**
 * What the parser says about a feed's problems, in English. The validator brings the Swedish table
 * (`messages.sv.ts`), so the browser carries one language of messages that only developers read.
 */
export const en = {
  /** The name of a whole item, in "item: Required". */
  item: 'item',
  required: 'Required',
  expected: (expected: string, found: string) => `Expected ${expected}, found ${found}`,
  or: ' or ',
  /** JSON types by zod's names, for `expected`. */
  types: {
    string: 'a string',
    number: 'a number',
    boolean: 'true or false',
    array: 'an array',
    tuple: 'an array',
    object: 'an object',
  } as Record<string, string>,
  /** What the schema's own checks expect, by the key they give as their message. */
  shapes: {
    id: 'a string or a number',
    text: 'a string or texts by language, {"sv": "…", "en": "…"}',
    date: 'a date like 2024-05-14, in 1800–2200',
    time: 'a date or time like 2024-05-14T09:00+02:00, in 1800–2200, hours 00–23',
    year: 'a whole year from 1800 to 2200',
  } as Record<string, string>,
  noSuchDay: 'No such day in the calendar (like 30 February)',
  tooSmall: (minimum: string) => `Too small (minimum ${minimum})`,
  tooBig: (maximum: string) => `Too big (maximum ${maximum})`,
  invalid: 'Invalid value',
  expectedArray: 'Expected an array',
  featureCollection: 'Expected a GeoJSON FeatureCollection',
  repeatedId: (id: string) => `Repeated id "${id}"`,
  endBeforeStart: 'end is before start',
  unknownTimeZone: (zone: string, fallback: string) => `Unknown time zone "${zone}"; using ${fallback}`,
  notAnObject: 'The document is not a feed: expected a JSON object.',
  noVersion: 'The document is not a feed: "version" is missing.',
  wrongVersion: (version: string) => `The feed has version ${version}; this library reads version 1.`,
};

export type Messages = typeof en;
