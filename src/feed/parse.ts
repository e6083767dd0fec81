import * as z from 'zod/mini';
import { FeedError } from './errors.js';
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
import { DEFAULT_TIME_ZONE, feedTime, isTimeZone } from './time.js';
import { safeUrl } from './url.js';

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

export interface ParseResult {
  feed: Feed;
  skipped: Skipped[];
}

function pathOf(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`),
    base,
  );
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Required' : `Expected ${issue.expected}`;
    case 'invalid_value':
      return `Expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'too_small':
      return `Too small (minimum ${String(issue.minimum)})`;
    case 'too_big':
      return `Too big (maximum ${String(issue.maximum)})`;
    default:
      return 'Invalid value';
  }
}

function problemsOf(error: z.core.$ZodError, base: string): Problem[] {
  return error.issues.map((issue) => ({ path: pathOf(base, issue.path), message: describe(issue) }));
}

function skip(path: string, problems: Problem[]): Skipped {
  return {
    path,
    message: problems
      .map((p) => `${p.path.slice(path.length).replace(/^\./, '') || 'item'}: ${p.message}`)
      .join('; '),
    problems,
  };
}

/** Validates each item of a section; broken ones go to `skipped`, so do repeated ids. */
function items<S extends z.ZodMiniType, T>(
  raw: unknown,
  path: string,
  schema: S,
  skipped: Skipped[],
  finish: (item: Out<S>, index: number) => T | string,
): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    skipped.push(skip(path, [{ path, message: 'Expected an array' }]));
    return [];
  }
  const seen = new Set<string>();
  const out: T[] = [];
  raw.forEach((value, index) => {
    const itemPath = `${path}[${index}]`;
    const result = z.safeParse(schema, value);
    if (!result.success) {
      skipped.push(skip(itemPath, problemsOf(result.error, itemPath)));
      return;
    }
    const item = finish(result.data, index);
    if (typeof item === 'string') {
      skipped.push(skip(itemPath, [{ path: itemPath, message: item }]));
      return;
    }
    const key = (item as { id?: unknown }).id;
    if (typeof key === 'string') {
      if (seen.has(key)) {
        skipped.push(skip(itemPath, [{ path: `${itemPath}.id`, message: `Repeated id "${key}"` }]));
        return;
      }
      seen.add(key);
    }
    out.push(item);
  });
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

function withColor<T extends { color?: string | undefined }>(item: T): T {
  const color = safeColor(item.color);
  return color ? { ...item, color } : { ...item, color: undefined };
}

/**
 * Validates a parsed JSON document as a feed. Broken items are left out and reported in
 * `skipped`; URLs become absolute (against `baseUrl`) or are dropped when unsafe.
 * Throws a `FeedError` of kind `not-a-feed` when the document is not a version 1 feed.
 */
export function parseFeed(json: unknown, baseUrl?: string): ParseResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new FeedError('not-a-feed', 'The document is not a feed: expected a JSON object.');
  }
  const doc = json as Record<string, unknown>;
  if (doc.version !== 1) {
    throw new FeedError(
      'not-a-feed',
      doc.version === undefined
        ? 'The document is not a feed: "version" is missing.'
        : `The feed has version ${JSON.stringify(doc.version)}; this library reads version 1.`,
    );
  }
  const skipped: Skipped[] = [];
  const link = (value: string | undefined) => safeUrl(value, baseUrl);

  let agreement: Agreement | undefined;
  if (doc.agreement !== undefined) {
    const result = z.safeParse(agreementSchema, doc.agreement);
    if (result.success) agreement = { ...result.data, url: link(result.data.url) };
    else skipped.push(skip('agreement', problemsOf(result.error, 'agreement')));
  }
  let timeZone = agreement?.timeZone ?? DEFAULT_TIME_ZONE;
  if (!isTimeZone(timeZone)) {
    skipped.push(
      skip('agreement.timeZone', [
        {
          path: 'agreement.timeZone',
          message: `Unknown time zone "${timeZone}"; using ${DEFAULT_TIME_ZONE}`,
        },
      ]),
    );
    timeZone = DEFAULT_TIME_ZONE;
  }

  const venuesRaw = doc.venues as { type?: unknown; features?: unknown } | undefined;
  if (venuesRaw !== undefined && (typeof venuesRaw !== 'object' || venuesRaw?.type !== 'FeatureCollection')) {
    skipped.push(skip('venues', [{ path: 'venues.type', message: 'Expected a GeoJSON FeatureCollection' }]));
  }

  const feed: Feed = {
    agreement,
    timeZone,
    principles: items(doc.principles, 'principles', principleSchema, skipped, withColor),
    signatories: items(doc.signatories, 'signatories', signatorySchema, skipped, (s, i) => ({
      ...s,
      id: String(s.id ?? `signatory-${i}`),
      url: link(s.url),
      logo: link(s.logo),
    })),
    venues: items(
      venuesRaw?.type === 'FeatureCollection' ? venuesRaw.features : undefined,
      'venues.features',
      venueFeatureSchema,
      skipped,
      (f, i) => ({
        ...f.properties,
        id: String(f.id ?? `venue-${i}`),
        lon: f.geometry.coordinates[0],
        lat: f.geometry.coordinates[1],
        url: link(f.properties.url),
        bookingUrl: link(f.properties.bookingUrl),
      }),
    ),
    venueUses: items(doc.venueUses, 'venueUses', namedSchema, skipped, withColor),
    events: items(doc.events, 'events', eventSchema, skipped, (e) => {
      const start = feedTime(e.start, timeZone);
      if (Number.isNaN(start.getTime())) return 'start is not a valid time';
      if (e.end !== undefined) {
        const end = feedTime(e.end, timeZone);
        if (Number.isNaN(end.getTime())) return 'end is not a valid time';
        if (end < start) return 'end is before start';
      }
      return {
        ...e,
        id: String(e.id),
        venueId: e.venueId === undefined ? undefined : String(e.venueId),
        onlineUrl: link(e.onlineUrl),
        registrationUrl: link(e.registrationUrl),
        documentationUrl: link(e.documentationUrl),
      };
    }),
    eventTypes: items(doc.eventTypes, 'eventTypes', namedSchema, skipped, withColor),
    commitments: items(doc.commitments, 'commitments', commitmentSchema, skipped, (c) => ({
      ...c,
      id: String(c.id),
      actions: c.actions?.map((a) => ({ ...a, url: link(a.url) })),
    })),
    targets: items(doc.targets, 'targets', targetSchema, skipped, (t, i) => ({
      ...t,
      id: String(t.id ?? `target-${i}`),
    })),
  };
  return { feed, skipped };
}
