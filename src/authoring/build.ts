/** Each section's rows to feed items, in the order the sections depend on one another. */
import * as signatoryStrings from '../elements/signatory-list/signatory-list.strings.js';
import * as calendarStrings from '../elements/event-calendar/event-calendar.strings.js';
import * as trackerStrings from '../elements/commitment-tracker/commitment-tracker.strings.js';
import * as mapStrings from '../elements/venue-map/venue-map.strings.js';
import { LISTS } from '../feed/refresh.js';
import type { Text } from '../feed/schema.js';
import { pickText } from '../feed/text.js';
import { DEFAULT_TIME_ZONE, isTimeZone } from '../feed/time.js';
import type { Table } from './read.js';
import { dataRows, readHeader, type Report, type RowReader } from './rows.js';
import { AGREEMENT_FIELDS, columnOf, SHEETS } from './sheets.js';
import type { FeedDocument, Section } from './types.js';
import {
  cellText,
  Choices,
  Invalid,
  slug,
  toBoolean,
  toColor,
  toDate,
  toList,
  toNumber,
  toTime,
  toUrl,
  toWhole,
} from './values.js';

type Item = Record<string, unknown>;

/** Ids and labels as people type them: each built-in id with its Swedish and English label. */
function builtIn(
  sv: Record<string, string>,
  en: Record<string, string>,
  more: Record<string, string[]> = {},
) {
  const choices = new Choices();
  for (const id of Object.keys(sv)) choices.add(id, sv[id], en[id], ...(more[id] ?? []));
  return choices;
}

const MIN_YEAR = 1800;
const MAX_YEAR = 2200;

/** State shared by the sections: the time zone and what later sheets refer to. */
class Build {
  zone = DEFAULT_TIME_ZONE;
  readonly feed: FeedDocument = { version: 1 };
  readonly sectors = builtIn(signatoryStrings.sv.sectors, signatoryStrings.en.sectors, {
    civil: ['idéburen', 'civil', 'ideell'],
    public: ['offentlig'],
  });
  readonly eventTypes = builtIn(calendarStrings.sv.types, calendarStrings.en.types);
  readonly venueUses = builtIn(mapStrings.sv.useNames, mapStrings.en.useNames);
  readonly eventStatuses = new Choices()
    .add('scheduled', 'planerat', 'planerad', 'scheduled')
    .add(
      'cancelled',
      calendarStrings.sv.status.cancelled,
      'inställd',
      'canceled',
      calendarStrings.en.status.cancelled,
    )
    .add('postponed', calendarStrings.sv.status.postponed, 'uppskjuten', calendarStrings.en.status.postponed);
  readonly statuses = builtIn(trackerStrings.sv.statuses, trackerStrings.en.statuses, {
    planned: ['planerat'],
    'in-progress': ['pågående'],
    done: ['klart', 'genomförd', 'genomfört'],
  });
  readonly principles = new Choices();
  readonly venues = new Choices();
  readonly commitments = new Map<string, Item & { actions: Item[] }>();
  /** Which sections the files have: a reference to a section that is not here is not checked. */
  readonly present = new Set<Section>();

  constructor(readonly report: Report) {}

  get m() {
    return this.report.m;
  }
}

/** An item's id: the `id` column, else made from `name`; a second row with one id is an error. */
function idOf(r: RowReader, seen: Map<string, string>, report: Report, fromName: string | undefined): string {
  const id = r.string('id') ?? slug(fromName ?? '');
  // A name of only signs ("–") gives no id; an empty name is already an error of its own.
  if (!id && fromName?.trim()) r.error(undefined, report.m.noId);
  const first = seen.get(id);
  if (first !== undefined) r.error(r.cell('id') === null ? undefined : 'id', report.m.repeatedId(id, first));
  else if (id) seen.set(id, report.where({ ...r.place(), column: undefined }));
  return id;
}

/** Leaves out keys whose value is `undefined`, so the feed file holds only what was typed. */
const compact = <T extends Item>(item: T): T =>
  Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as T;

const sv = (text: Text | undefined) => (text === undefined ? undefined : pickText(text, 'sv'));

const ROWS: Record<
  Exclude<Section, 'agreement'>,
  (r: RowReader, b: Build, seen: Map<string, string>) => Item
> = {
  principles(r, b, seen) {
    const name = r.text('name', true);
    const id = idOf(r, seen, b.report, sv(name));
    b.principles.add(id, sv(name));
    return {
      id,
      name,
      summary: r.text('summary'),
      description: r.text('description'),
      portal: r.get('portal', (c) => toBoolean(c, b.m)),
      color: r.get('color', (c) => toColor(c, b.m)),
    };
  },
  eventTypes: named((b) => b.eventTypes),
  venueUses: named((b) => b.venueUses),
  signatories(r, b, seen) {
    const name = r.string('name', true);
    return {
      id: idOf(r, seen, b.report, name),
      name,
      sector: r.get('sector', (c) => b.sectors.pick(c, 'sector', b.m), true),
      kind: r.text('kind'),
      municipality: r.string('municipality'),
      signedAt: r.get('signedAt', (c) => toDate(c, b.m)),
      leftAt: r.get('leftAt', (c) => toDate(c, b.m)),
      url: r.get('url', (c) => toUrl(c, b.m)),
      logo: r.get('logo', (c) => toUrl(c, b.m)),
    };
  },
  venues(r, b, seen) {
    const name = r.text('name', true);
    const id = idOf(r, seen, b.report, sv(name));
    b.venues.add(id, sv(name));
    const coordinate = (key: string, limit: number) =>
      r.get(
        key,
        (c) => {
          const n = toNumber(c, b.m);
          if (Math.abs(n) > limit) throw new Invalid(b.m.outOfRange(cellText(c), -limit, limit));
          return n;
        },
        true,
      );
    const [lat, lon] = [coordinate('lat', 90), coordinate('lon', 180)];
    return {
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: compact({
        name,
        host: r.string('host'),
        address: r.string('address'),
        uses: r.get('uses', (c) => toList(c).map((use) => b.venueUses.get(use) ?? use)),
        capacity: r.get('capacity', (c) => toWhole(c, b.m, 0)),
        accessible: r.get('accessible', (c) => toBoolean(c, b.m)),
        description: r.text('description'),
        url: r.get('url', (c) => toUrl(c, b.m)),
        bookingUrl: r.get('bookingUrl', (c) => toUrl(c, b.m)),
        email: r.string('email'),
        phone: r.string('phone'),
      }),
    };
  },
  events(r, b, seen) {
    const title = r.text('title', true);
    const time = (key: string, required = false) =>
      r.get(key, (c) => toTime(c, b.zone, b.m, (message) => r.warn(key, message)), required);
    let start = time('start', true);
    let end = time('end');
    const allDay = r.get('allDay', (c) => toBoolean(c, b.m)) ?? (start !== undefined && start.length === 10);
    // An all-day event's times are its dates.
    if (allDay) [start, end] = [start?.slice(0, 10), end?.slice(0, 10)];
    if (start && end && new Date(end) < new Date(start))
      r.error('end', b.m.endBeforeStart(cellText(r.cell('end'))));
    let venueId = r.string('venueId');
    if (venueId !== undefined && b.present.has('venues')) {
      const known = b.venues.get(venueId);
      if (known === undefined) r.warn('venueId', b.m.unknownVenue(venueId));
      venueId = known;
    }
    return {
      id: idOf(r, seen, b.report, `${sv(title) ?? ''} ${start?.slice(0, 10) ?? ''}`),
      title,
      type: r.get('type', (c) => b.eventTypes.pick(c, 'type', b.m)),
      start,
      end,
      allDay: allDay || undefined,
      location: r.text('location'),
      venueId,
      onlineUrl: r.get('onlineUrl', (c) => toUrl(c, b.m)),
      description: r.text('description'),
      registrationUrl: r.get('registrationUrl', (c) => toUrl(c, b.m)),
      documentationUrl: r.get('documentationUrl', (c) => toUrl(c, b.m)),
      status: r.get('status', (c) => b.eventStatuses.pick(c, 'eventStatus', b.m)),
      principleIds: r.get('principles', (c) => toList(c).map((p) => principleOf(p, b))),
    };
  },
  commitments(r, b, seen) {
    const number = r.get('number', (c) => toWhole(c, b.m, 0));
    const text = r.text('text', true);
    const id = idOf(
      r,
      seen,
      b.report,
      number === undefined ? sv(text) : `c${String(number).padStart(2, '0')}`,
    );
    const item = {
      id,
      number,
      principleId: r.get('principle', (c) => principleOf(cellText(c), b)),
      text,
      status: r.get('status', (c) => b.statuses.pick(c, 'status', b.m), true),
      actions: [] as Item[],
      updatedAt: r.get('updatedAt', (c) => toTime(c, b.zone, b.m, (message) => r.warn('updatedAt', message))),
    };
    if (!r.broken) {
      b.commitments.set(id, item);
      if (number !== undefined) b.commitments.set(String(number), item);
    }
    return item;
  },
  actions(r, b) {
    const commitment = r.get('commitment', (c) => {
      const key = typeof c === 'number' ? String(c) : cellText(c).replace(/^0+(?=\d)/, '');
      const found = b.commitments.get(key) ?? b.commitments.get(cellText(c));
      if (!found) throw new Invalid(b.m.unknownCommitment(cellText(c)));
      return found;
    });
    const action = {
      text: r.text('text', true),
      year: r.get('year', (c) => toWhole(c, b.m, MIN_YEAR, MAX_YEAR)),
      url: r.get('url', (c) => toUrl(c, b.m)),
    };
    if (!r.broken) commitment?.actions.push(compact(action));
    return action;
  },
  targets(r, b, seen) {
    const text = r.text('text', true);
    return {
      id: idOf(r, seen, b.report, sv(text)),
      text,
      status: r.get('status', (c) => b.statuses.pick(c, 'status', b.m)),
    };
  },
};

/** A principle by id or name; any value when the files have no principles sheet to check against. */
function principleOf(value: string, b: Build): string {
  const id = b.principles.get(value);
  if (id !== undefined) return id;
  if (b.present.has('principles')) throw new Invalid(b.m.unknownPrinciple(value));
  return value;
}

/** `eventTypes` and `venueUses`: id, name and colour, whose names then count as labels. */
function named(choices: (b: Build) => Choices) {
  return (r: RowReader, b: Build, seen: Map<string, string>): Item => {
    const name = r.text('name', true);
    const id = idOf(r, seen, b.report, sv(name));
    choices(b).add(id, sv(name), typeof name === 'object' ? name.en : undefined);
    return { id, name, color: r.get('color', (c) => toColor(c, b.m)) };
  };
}

/** The agreement sheet: one field per row; `goal` rows in order; `_en` rows give English text. */
function agreement(table: Table, b: Build): void {
  const columns = readHeader(table, SHEETS.agreement, b.report);
  if (!columns) return;
  const fields: Record<string, Record<string, string>[]> = {};
  const out: Item = { ...b.feed.agreement };
  for (const r of dataRows(table, columns, b.report)) {
    const name = cellText(r.cell('field'));
    const field = columnOf(name, AGREEMENT_FIELDS);
    const value = r.cell('value');
    if (!field) {
      r.warn('field', b.m.unknownField(name));
      continue;
    }
    if (value === null) continue;
    const { key, lang = 'sv' } = field;
    const read = <T>(convert: (cell: typeof value) => T) => r.get('value', convert);
    if (key === 'launchedAt') out[key] = read((c) => toDate(c, b.m));
    else if (key === 'updatedAt')
      out[key] = read((c) => toTime(c, b.zone, b.m, (msg) => r.warn('value', msg)));
    else if (key === 'url') out[key] = read((c) => toUrl(c, b.m));
    else if (key === 'timeZone') {
      const zone = read((c) => {
        if (!isTimeZone(cellText(c))) throw new Invalid(b.m.notTimeZone(cellText(c)));
        return cellText(c);
      });
      if (zone) b.zone = out[key] = zone;
    } else if (key === 'id' || key === 'region') out[key] = cellText(value);
    else {
      // Texts: each language of a field, goals one per row and language, paired in order.
      const list = (fields[key] ??= []);
      const slot = key === 'goals' ? list.find((t) => t[lang] === undefined) : list[0];
      if (slot) slot[lang] = cellText(value);
      else list.push({ [lang]: cellText(value) });
    }
  }
  const text = (t: Record<string, string>): Text => (Object.keys(t).length === 1 && t.sv ? t.sv : t);
  for (const [key, list] of Object.entries(fields))
    out[key] = key === 'goals' ? list.map(text) : text(list[0]!);
  // In the order of SPEC §1, as a person reading the feed file expects.
  b.feed.agreement = compact(Object.fromEntries(Object.keys(AGREEMENT_FIELDS).map((key) => [key, out[key]])));
}

/** The sections in the order they refer to one another. */
const ORDER: Section[] = [
  'agreement',
  'principles',
  'eventTypes',
  'venueUses',
  'venues',
  'signatories',
  'events',
  'commitments',
  'actions',
  'targets',
];

/** Reads every table into `b.feed`; returns how many items each section received. */
export function buildSections(tables: Map<Section, Table[]>, b: Build): Partial<Record<Section, number>> {
  const summary: Partial<Record<Section, number>> = {};
  const read = new Map<Section, Item[]>();
  for (const section of tables.keys()) b.present.add(section);
  for (const section of ORDER) {
    const list = tables.get(section);
    if (!list) continue;
    if (section === 'agreement') {
      for (const table of list) agreement(table, b);
      continue;
    }
    const seen = new Map<string, string>();
    const items: Item[] = [];
    for (const table of list) {
      const columns = readHeader(table, SHEETS[section], b.report);
      if (!columns) continue;
      for (const r of dataRows(table, columns, b.report)) {
        const item = ROWS[section](r, b, seen);
        if (!r.broken) items.push(item);
      }
    }
    summary[section] = items.length;
    read.set(section, items);
  }
  // Written last: the actions sheet adds to commitments read before it.
  const feed = b.feed as Record<string, unknown>;
  // The sections in the feed file, in the feed's own order.
  for (const section of LISTS) {
    const items = read.get(section);
    if (!items) continue;
    const clean = items.map((item) =>
      compact(
        section === 'commitments' && (item.actions as Item[]).length === 0
          ? { ...item, actions: undefined }
          : item,
      ),
    );
    feed[section] = section === 'venues' ? { type: 'FeatureCollection', features: clean } : clean;
  }
  return summary;
}

export { Build };
