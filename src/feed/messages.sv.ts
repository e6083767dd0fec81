/** The parser's messages in Swedish, for the validator (`--lang sv`); see messages.ts. */
import type { Messages } from './messages.js';

export const sv: Messages = {
  item: 'posten',
  required: 'Saknas',
  expected: (expected, found) => `Förväntade ${expected}, fann ${found}`,
  or: ' eller ',
  types: {
    string: 'en text',
    number: 'ett tal',
    boolean: 'true eller false',
    array: 'en lista',
    tuple: 'en lista',
    object: 'ett objekt',
  },
  shapes: {
    id: 'en text eller ett tal',
    text: 'en text eller texter per språk, {"sv": "…", "en": "…"}',
    date: 'ett datum som 2024-05-14, år 1800–2200',
    time: 'ett datum eller en tid som 2024-05-14T09:00+02:00, år 1800–2200, timme 00–23',
    year: 'ett helt år från 1800 till 2200',
  },
  noSuchDay: 'Dagen finns inte i kalendern (som 30 februari)',
  tooSmall: (minimum) => `För litet (minst ${minimum})`,
  tooBig: (maximum) => `För stort (högst ${maximum})`,
  invalid: 'Ogiltigt värde',
  expectedArray: 'Förväntade en lista',
  featureCollection: 'Förväntade en GeoJSON FeatureCollection',
  repeatedId: (id) => `Id "${id}" förekommer redan`,
  endBeforeStart: 'end är före start',
  unknownTimeZone: (zone, fallback) => `Okänd tidszon "${zone}"; ${fallback} används`,
  notAnObject: 'Dokumentet är inte ett flöde: förväntade ett JSON-objekt.',
  noVersion: 'Dokumentet är inte ett flöde: "version" saknas.',
  wrongVersion: (version) => `Flödet har version ${version}; det här biblioteket läser version 1.`,
};
