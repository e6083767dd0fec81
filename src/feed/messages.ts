/**
 * What the parser says about a feed's problems, in English. The validator brings the Swedish table
 * (`messages.sv.ts`), so the browser carries one language of messages that only developers read.
 */
export const en = {
  /** The name of a whole item, in "item: Required". */
  item: 'item',
  required: 'Required',
  expected: (expected: string, found: string) => `Expected ${expected}, found ${found}`,
  /** JSON types by zod's names, for `expected`. */
  types: {
    string: 'a string',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'an array',
    object: 'an object',
    tuple: 'an array',
    null: 'null',
  } as Record<string, string>,
  oneOf: (values: string[]) => `Expected ${values.join(' or ')}`,
  tooSmall: (minimum: string) => `Too small (minimum ${minimum})`,
  tooBig: (maximum: string) => `Too big (maximum ${maximum})`,
  invalid: 'Invalid value',
  // The schema's own messages, by the key it gives them.
  text: 'Expected a string or an object of language tags to strings, like {"sv": "…", "en": "…"}',
  date: 'Expected a date like 2024-05-14 (month 01–12, day 01–31, year 1800–2200)',
  time: 'Expected a date like 2024-05-14 or a time like 2024-05-14T09:00:00+02:00 (hours 00–23, minutes and seconds 00–59, offset at most ±14:00, year 1800–2200)',
  noSuchDay: 'No such day in the calendar (like 30 February)',
  year: 'Expected a year from 1800 to 2200',
  expectedArray: 'Expected an array',
  featureCollection: 'Expected a GeoJSON FeatureCollection',
  repeatedId: (id: string) => `Repeated id "${id}"`,
  endBeforeStart: 'end is before start',
  unknownTimeZone: (zone: string, fallback: string) => `Unknown time zone "${zone}"; using ${fallback}`,
  notAnObject: 'The document is not a feed: expected a JSON object.',
  noVersion: 'The document is not a feed: "version" is missing.',
  wrongVersion: (version: string) => `The feed has version ${version}; this library reads version 1.`,
  // Warnings: values the widgets leave out without skipping the item.
  unsafeUrl: (value: string) => `Not shown as a link: only http(s):, mailto: and tel: links are (${value})`,
  notAColor: (value: string) => `Not a colour; the widget's own palette is used (${value})`,
  unknownPrinciple: (id: string) => `No principle has the id "${id}"`,
};

export type Messages = typeof en;
