import * as z from 'zod/mini';
import { FeedError } from './errors.js';
import { en, type Messages } from './messages.js';
import {
  agreementSchema,
  commitmentSchema,
  eventSchema,
  namedSchema,
  principleSchema,
  signatorySchema,
  targetSchema,
  venueFeatureSchema,
} from './schema.js';
import { DEFAULT_TIME_ZONE, isBefore, isTimeZone } from './time.js';
import { safeUrl } from './url.js';
import { yieldToMain } from './turns.js';

type Out<S extends z.ZodMiniType> = z.infer<S>;
type WithId<T> = Omit<T, 'id'> & { id: string };

export type Agreement = Out<typeof agreementSchema>;
export type Principle = Out<typeof principleSchema>;
export type Signatory = WithId<Out<typeof signatorySchema>>;
export type Named = Out<typeof namedSchema>;
export type FeedEvent = WithId<Out<typeof eventSchema>> & { venueId?: string };
export type Commitment = WithId<Out<typeof commitmentSchema>>;
export type Target = WithId<Out<typeof targetSchema>>;
/** A venue: the GeoJSON feature's properties with its id and position. */
export type Venue = Out<typeof venueFeatureSchema>['properties'] & {
  id: string;
  lon: number;
  lat: number;
};

/** A validated feed: every section present, broken items left out, links made safe. */
export interface Feed {
  agreement?: Agreement;
  /** IANA time zone of local times in the feed. */
  timeZone: string;
  principles: Principle[];
  signatories: Signatory[];
  venues: Venue[];
  venueUses: Named[];
  events: FeedEvent[];
  eventTypes: Named[];
  commitments: Commitment[];
  targets: Target[];
}

/** One problem found in a feed, at its JSON path (`signatories[3].sector`). */
export interface Problem {
  path: string;
  message: string;
}

/** An item (or section) left out of the feed, with every problem it had. */
export interface Skipped extends Problem {
  problems: Problem[];
}

/**
 * A value the widgets leave out while keeping its item: a link that is not http(s), mailto or tel,
 * a colour that is not one, a principle id no principle has. The validator words it.
 */
export interface Warning {
  path: string;
  kind: 'link' | 'color' | 'principle';
  value: string;
}

export interface ParseResult {
  feed: Feed;
  skipped: Skipped[];
  warnings: Warning[];
}

export interface ParseOptions {
  /** The language of problems; English by default. */
  messages?: Messages;
  /**
   * A colour's `#rrggbb` form, or `undefined` when it is not a colour; by default the browser's
   * own (`safeColor`). Outside a browser the validator brings a list of CSS colour names.
   */
  color?: (value: string | undefined) => string | undefined;
}

function pathOf(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`),
    base,
  );
}

/** What a JSON value is, for "found …": its type, and the value itself when it is short. */
function found(value: unknown, m: Messages): string {
  if (value === null || typeof value === 'boolean') return String(value);
  const type = Array.isArray(value) ? 'array' : typeof value;
  const name = m.types[type] ?? type;
  if (typeof value !== 'string' && typeof value !== 'number') return name;
  const json = JSON.stringify(value);
  return `${name} (${json.length > 40 ? `${json.slice(0, 39)}…` : json})`;
}

function describe(issue: z.core.$ZodIssue, m: Messages): string {
  // Only a missing field is undefined in JSON; a custom check (a text) would say what it expects.
  if ((issue.code === 'invalid_type' || issue.code === 'custom') && issue.input === undefined) {
    return m.required;
  }
  if (issue.message === 'noSuchDay') return m.noSuchDay;
  const what = () => found(issue.input, m);
  // The schema names what its own checks expect by a key of the message table.
  if (Object.hasOwn(m.shapes, issue.message)) return m.expected(m.shapes[issue.message]!, what());
  switch (issue.code) {
    case 'invalid_type':
      return m.expected(m.types[issue.expected] ?? issue.expected, what());
    case 'invalid_value':
      return m.expected(issue.values.map((v) => JSON.stringify(v)).join(m.or), what());
    case 'too_small':
      return m.tooSmall(String(issue.minimum));
    case 'too_big':
      return m.tooBig(String(issue.maximum));
    default:
      return m.invalid;
  }
}

function problemsOf(error: z.core.$ZodError, base: string, m: Messages): Problem[] {
  return error.issues.map((issue) => ({ path: pathOf(base, issue.path), message: describe(issue, m) }));
}

function skip(path: string, problems: Problem[], m: Messages): Skipped {
  return {
    path,
    message: problems
      .map((p) => `${p.path.slice(path.length).replace(/^\./, '') || m.item}: ${p.message}`)
      .join('; '),
    problems,
  };
}

/**
 * Validates each item of a section; broken ones go to `skipped`, so do repeated ids. Yields before
 * each item: a point where the check may pause, if its time is up. (The first items of a kind take
 * long on a phone, while the browser compiles the check: a pause every so many items could come
 * too late.)
 */
function* items<S extends z.ZodMiniType, T>(
  raw: unknown,
  path: string,
  schema: S,
  skipped: Skipped[],
  m: Messages,
  finish: (item: Out<S>, itemPath: string, index: number) => T | string,
): Generator<void, T[]> {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    skipped.push(skip(path, [{ path, message: m.expectedArray }], m));
    return [];
  }
  const seen = new Set<string>();
  const out: T[] = [];
  for (let index = 0; index < raw.length; index += 1) {
    yield;
    const itemPath = `${path}[${index}]`;
    const result = z.safeParse(schema, raw[index], { reportInput: true });
    if (!result.success) {
      skipped.push(skip(itemPath, problemsOf(result.error, itemPath, m), m));
      continue;
    }
    const item = finish(result.data, itemPath, index);
    if (typeof item === 'string') {
      skipped.push(skip(itemPath, [{ path: itemPath, message: item }], m));
      continue;
    }
    const key = (item as { id?: unknown }).id;
    if (typeof key === 'string') {
      if (seen.has(key)) {
        skipped.push(skip(itemPath, [{ path: `${itemPath}.id`, message: m.repeatedId(key) }], m));
        continue;
      }
      seen.add(key);
    }
    out.push(item);
  }
  return out;
}

const COLOR_PROBE = '#010203';
let colorContext: CanvasRenderingContext2D | null | undefined;

/** A colour as `#rrggbb`, or `undefined` when the browser does not know it as a plain colour. */
export function safeColor(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (/^#[0-9a-f]{6}$/i.test(value)) return value.toLowerCase();
  if (/^#[0-9a-f]{3}$/i.test(value))
    return `#${[...value.slice(1)].map((c) => c + c).join('')}`.toLowerCase();
  if (!/^[a-z]{3,20}$/i.test(value) || typeof document === 'undefined') return undefined;
  colorContext ??= document.createElement('canvas').getContext('2d');
  if (!colorContext) return undefined;
  colorContext.fillStyle = COLOR_PROBE;
  colorContext.fillStyle = value;
  const resolved = String(colorContext.fillStyle);
  return resolved === COLOR_PROBE || !resolved.startsWith('#') ? undefined : resolved;
}

/**
 * Validates a parsed JSON document as a feed. Broken items are left out and reported in
 * `skipped`; URLs become absolute (against `baseUrl`) or are dropped when unsafe.
 * Throws a `FeedError` of kind `not-a-feed` when the document is not a version 1 feed.
 */
export function parseFeed(json: unknown, baseUrl?: string, options: ParseOptions = {}): ParseResult {
  const steps = parseSteps(json, baseUrl, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Longest stretch of checking before the page gets a turn (ms): well under a long task's 50. */
const SLICE_MS = 8;

/**
 * `parseFeed` in slices of a few milliseconds with a turn for the page between them, so a feed of
 * many thousand items does not hold the page up while it is checked.
 */
export async function parseFeedInTurns(
  json: unknown,
  baseUrl?: string,
  options: ParseOptions = {},
): Promise<ParseResult> {
  const steps = parseSteps(json, baseUrl, options);
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since > SLICE_MS) {
      await yieldToMain();
      since = performance.now();
    }
  }
}

function* parseSteps(
  json: unknown,
  baseUrl: string | undefined,
  options: ParseOptions,
): Generator<void, ParseResult> {
  const { messages: m = en, color = safeColor } = options;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new FeedError('not-a-feed', m.notAnObject);
  }
  const doc = json as Record<string, unknown>;
  if (doc.version !== 1) {
    throw new FeedError(
      'not-a-feed',
      doc.version === undefined ? m.noVersion : m.wrongVersion(JSON.stringify(doc.version)),
    );
  }
  const skipped: Skipped[] = [];
  const warnings: Warning[] = [];
  /** An absolute, safe URL, or nothing (with a warning when there was a value). */
  const link = (value: string | undefined, path: string) => {
    const safe = safeUrl(value, baseUrl);
    if (!safe && value?.trim()) warnings.push({ path, kind: 'link', value });
    return safe;
  };
  const colored = <T extends { color?: string | undefined }>(item: T, path: string): T => {
    const safe = color(item.color);
    if (!safe && item.color) warnings.push({ path: `${path}.color`, kind: 'color', value: item.color });
    return { ...item, color: safe };
  };

  let agreement: Agreement | undefined;
  if (doc.agreement !== undefined) {
    const result = z.safeParse(agreementSchema, doc.agreement, { reportInput: true });
    if (result.success) agreement = { ...result.data, url: link(result.data.url, 'agreement.url') };
    else skipped.push(skip('agreement', problemsOf(result.error, 'agreement', m), m));
  }
  let timeZone = agreement?.timeZone ?? DEFAULT_TIME_ZONE;
  if (!isTimeZone(timeZone)) {
    const path = 'agreement.timeZone';
    skipped.push(skip(path, [{ path, message: m.unknownTimeZone(timeZone, DEFAULT_TIME_ZONE) }], m));
    timeZone = DEFAULT_TIME_ZONE;
  }

  const venuesRaw = doc.venues as { type?: unknown; features?: unknown } | undefined;
  if (venuesRaw !== undefined && (typeof venuesRaw !== 'object' || venuesRaw?.type !== 'FeatureCollection')) {
    skipped.push(skip('venues', [{ path: 'venues.type', message: m.featureCollection }], m));
  }

  const principles = yield* items(doc.principles, 'principles', principleSchema, skipped, m, colored);
  const principleIds = new Set(principles.map((p) => p.id));
  const feed: Feed = {
    agreement,
    timeZone,
    principles,
    signatories: yield* items(doc.signatories, 'signatories', signatorySchema, skipped, m, (s, path, i) => ({
      ...s,
      id: String(s.id ?? `signatory-${i}`),
      url: link(s.url, `${path}.url`),
      logo: link(s.logo, `${path}.logo`),
    })),
    venues: yield* items(
      venuesRaw?.type === 'FeatureCollection' ? venuesRaw.features : undefined,
      'venues.features',
      venueFeatureSchema,
      skipped,
      m,
      (f, path, i) => ({
        ...f.properties,
        id: String(f.id ?? `venue-${i}`),
        lon: f.geometry.coordinates[0],
        lat: f.geometry.coordinates[1],
        url: link(f.properties.url, `${path}.properties.url`),
        bookingUrl: link(f.properties.bookingUrl, `${path}.properties.bookingUrl`),
      }),
    ),
    venueUses: yield* items(doc.venueUses, 'venueUses', namedSchema, skipped, m, colored),
    events: yield* items(doc.events, 'events', eventSchema, skipped, m, (e, path) => {
      // The schema has checked every field of both times, so these are real instants.
      if (e.end !== undefined && isBefore(e.end, e.start, timeZone)) {
        return m.endBeforeStart;
      }
      e.principleIds?.forEach((id, i) => {
        if (doc.principles !== undefined && !principleIds.has(id)) {
          warnings.push({ path: `${path}.principleIds[${i}]`, kind: 'principle', value: id });
        }
      });
      return {
        ...e,
        id: String(e.id),
        venueId: e.venueId === undefined ? undefined : String(e.venueId),
        onlineUrl: link(e.onlineUrl, `${path}.onlineUrl`),
        registrationUrl: link(e.registrationUrl, `${path}.registrationUrl`),
        documentationUrl: link(e.documentationUrl, `${path}.documentationUrl`),
      };
    }),
    eventTypes: yield* items(doc.eventTypes, 'eventTypes', namedSchema, skipped, m, colored),
    commitments: yield* items(doc.commitments, 'commitments', commitmentSchema, skipped, m, (c, path) => {
      // A feed without principles may leave them to another feed; one with them should name them all.
      if (c.principleId !== undefined && doc.principles !== undefined && !principleIds.has(c.principleId)) {
        warnings.push({ path: `${path}.principleId`, kind: 'principle', value: c.principleId });
      }
      return {
        ...c,
        id: String(c.id),
        actions: c.actions?.map((a, i) => ({ ...a, url: link(a.url, `${path}.actions[${i}].url`) })),
      };
    }),
    targets: yield* items(doc.targets, 'targets', targetSchema, skipped, m, (t, _path, i) => ({
      ...t,
      id: String(t.id ?? `target-${i}`),
    })),
  };
  return { feed, skipped, warnings };
}
