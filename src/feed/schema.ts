/**
 * The feed format (version 1) of SPEC §1 as zod schemas. One schema per item kind, so that
 * `parseFeed` can validate items one by one and drop a broken item instead of the whole feed.
 * The published JSON Schema is generated from `feedSchema`.
 */
import * as z from 'zod/mini';
import { DATE_PATTERN, isRealDay, MAX_YEAR, MIN_YEAR, TIME_PATTERN } from './time.js';

/** A string, or an object of language tags to strings: `{"sv": "Dialog", "en": "Dialogue"}`. */
export type Text = string | Record<string, string>;

function isText(value: unknown): value is Text {
  if (typeof value === 'string') return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.values(value);
  return entries.length > 0 && entries.every((entry) => typeof entry === 'string');
}

// A custom check rather than a union of string and record: the same rule at a fraction of the
// bytes in the browser. `textJsonSchema` describes it in the published JSON Schema.
// Error messages here are keys of the parser's message tables (messages.ts), so the validator can
// say them in Swedish too.
export const text = z.custom<Text>(isText, { error: 'text' });
export const textJsonSchema = {
  anyOf: [{ type: 'string' }, { type: 'object', minProperties: 1, additionalProperties: { type: 'string' } }],
};

const id = z.union([z.string().check(z.minLength(1)), z.number()], { error: 'id' });
const url = z.string();
/**
 * One check for every date and time in the feed: each field in its range, then a day that exists.
 * An impossible time makes its item broken; it is never rolled over (30 February is not 1 March).
 */
function timeField(pattern: RegExp, key: string) {
  return z
    .string()
    .check(z.regex(pattern, { error: key, abort: true }), z.refine(isRealDay, { error: 'noSuchDay' }));
}
const date = timeField(DATE_PATTERN, 'date');
const dateTime = timeField(TIME_PATTERN, 'time');
// A whole number by a refinement rather than `z.int()`, which costs half a kilobyte in the browser;
// the validator writes `"type": "integer"` into the JSON Schema.
export const year = z
  .number()
  .check(
    z.gte(MIN_YEAR, { error: 'year' }),
    z.lte(MAX_YEAR, { error: 'year' }),
    z.refine(Number.isInteger, { error: 'year' }),
  );
/**
 * Hex (`#1f6f8b`, `#fff`) or a CSS colour keyword. Any string passes here so that a bad colour
 * costs only the colour: `safeColor` checks it in the browser and the widget's palette takes over.
 */
const color = z.string();
const status = z.enum(['planned', 'in-progress', 'done']);

export const agreementSchema = z.object({
  id: z.optional(z.string()),
  name: z.optional(text),
  region: z.optional(z.string()),
  url: z.optional(url),
  launchedAt: z.optional(date),
  timeZone: z.optional(z.string().check(z.minLength(1))),
  vision: z.optional(text),
  purpose: z.optional(text),
  goals: z.optional(z.array(text)),
  description: z.optional(text),
  updatedAt: z.optional(dateTime),
});

export const principleSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: text,
  summary: z.optional(text),
  description: z.optional(text),
  portal: z.optional(z.boolean()),
  color: z.optional(color),
});

export const signatorySchema = z.object({
  id: z.optional(id),
  name: z.string().check(z.minLength(1)),
  sector: z.enum(['civil', 'public', 'other']),
  kind: z.optional(text),
  municipality: z.optional(z.string()),
  signedAt: z.optional(date),
  leftAt: z.optional(z.nullable(date)),
  url: z.optional(url),
  logo: z.optional(url),
});

/** A GeoJSON position: longitude, latitude and perhaps an altitude (RFC 7946 asks for no more). */
export const coordinates = z.tuple([
  z.number().check(z.gte(-180), z.lte(180)),
  z.number().check(z.gte(-90), z.lte(90)),
  z.optional(z.number()),
]);

export const venueFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.optional(id),
  geometry: z.object({
    type: z.literal('Point'),
    coordinates,
  }),
  properties: z.object({
    name: text,
    host: z.optional(z.string()),
    address: z.optional(z.string()),
    uses: z.optional(z.array(z.string())),
    capacity: z.optional(z.number().check(z.gte(0))),
    accessible: z.optional(z.boolean()),
    description: z.optional(text),
    url: z.optional(url),
    bookingUrl: z.optional(url),
    email: z.optional(z.string()),
    phone: z.optional(z.string()),
  }),
});

// Without `features` a collection is empty, as the parser reads it.
export const venueCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.optional(z.array(venueFeatureSchema)),
});

export const namedSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: text,
  color: z.optional(color),
});

export const eventSchema = z.object({
  id: id,
  title: text,
  type: z.optional(z.string()),
  start: dateTime,
  end: z.optional(dateTime),
  allDay: z.optional(z.boolean()),
  location: z.optional(text),
  venueId: z.optional(id),
  onlineUrl: z.optional(url),
  description: z.optional(text),
  registrationUrl: z.optional(url),
  documentationUrl: z.optional(url),
  status: z.optional(z.enum(['scheduled', 'cancelled', 'postponed'])),
  /** The principles the event belongs to. */
  principleIds: z.optional(z.array(z.string().check(z.minLength(1)))),
});

export const actionSchema = z.object({
  text: text,
  year: z.optional(year),
  url: z.optional(url),
});

export const commitmentSchema = z.object({
  id: id,
  number: z.optional(z.number()),
  principleId: z.optional(z.string()),
  text: text,
  status: status,
  actions: z.optional(z.array(actionSchema)),
  updatedAt: z.optional(dateTime),
});

export const targetSchema = z.object({
  id: z.optional(id),
  text: text,
  status: z.optional(status),
});

/** The whole document, as editors and the validator see it. */
export const feedSchema = z.object({
  $schema: z.optional(z.string()),
  version: z.literal(1),
  agreement: z.optional(agreementSchema),
  principles: z.optional(z.array(principleSchema)),
  signatories: z.optional(z.array(signatorySchema)),
  venues: z.optional(venueCollectionSchema),
  venueUses: z.optional(z.array(namedSchema)),
  events: z.optional(z.array(eventSchema)),
  eventTypes: z.optional(z.array(namedSchema)),
  commitments: z.optional(z.array(commitmentSchema)),
  targets: z.optional(z.array(targetSchema)),
});
