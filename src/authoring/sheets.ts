/**
 * The sheets of SPEC §6 and their columns, by English id and Swedish header. Names are compared
 * with `norm` (no case, accents, spaces or punctuation), so `Åtaganden`, `ataganden` and
 * `Ataganden ` are one sheet and `E-post`, `epost` one column.
 */
import type { Section } from './types.js';
import { norm } from './values.js';

export interface SheetSpec {
  /** English id first, then the Swedish name. */
  names: [string, string];
  /** Column keys to their English id and Swedish header. */
  columns: Record<string, [string, string]>;
  /** Columns without which no row can be read. */
  required: string[];
}

const named = {
  id: ['id', 'id'],
  name: ['name', 'namn'],
  color: ['color', 'färg'],
} as const satisfies Record<string, [string, string]>;

export const SHEETS: Record<Section, SheetSpec> = {
  agreement: {
    names: ['agreement', 'överenskommelse'],
    columns: { field: ['field', 'fält'], value: ['value', 'värde'] },
    required: ['field', 'value'],
  },
  principles: {
    names: ['principles', 'principer'],
    columns: {
      ...named,
      summary: ['summary', 'sammanfattning'],
      description: ['description', 'beskrivning'],
      portal: ['portal', 'portal'],
    },
    required: ['name'],
  },
  signatories: {
    names: ['signatories', 'undertecknare'],
    columns: {
      id: ['id', 'id'],
      name: ['name', 'namn'],
      sector: ['sector', 'sektor'],
      kind: ['kind', 'typ'],
      municipality: ['municipality', 'kommun'],
      signedAt: ['signedAt', 'undertecknad'],
      leftAt: ['leftAt', 'lämnade'],
      url: ['url', 'webbplats'],
      logo: ['logo', 'logotyp'],
    },
    required: ['name', 'sector'],
  },
  venues: {
    names: ['venues', 'lokaler'],
    columns: {
      id: ['id', 'id'],
      name: ['name', 'namn'],
      lat: ['lat', 'latitud'],
      lon: ['lon', 'longitud'],
      host: ['host', 'värd'],
      address: ['address', 'adress'],
      uses: ['uses', 'användning'],
      capacity: ['capacity', 'kapacitet'],
      accessible: ['accessible', 'tillgänglig'],
      description: ['description', 'beskrivning'],
      url: ['url', 'webbplats'],
      bookingUrl: ['bookingUrl', 'bokning'],
      email: ['email', 'e-post'],
      phone: ['phone', 'telefon'],
    },
    required: ['name', 'lat', 'lon'],
  },
  events: {
    names: ['events', 'evenemang'],
    columns: {
      id: ['id', 'id'],
      title: ['title', 'titel'],
      type: ['type', 'typ'],
      start: ['start', 'start'],
      end: ['end', 'slut'],
      allDay: ['allDay', 'heldag'],
      location: ['location', 'plats'],
      venueId: ['venueId', 'lokal'],
      onlineUrl: ['onlineUrl', 'webblänk'],
      description: ['description', 'beskrivning'],
      registrationUrl: ['registrationUrl', 'anmälan'],
      documentationUrl: ['documentationUrl', 'dokumentation'],
      status: ['status', 'status'],
      principles: ['principles', 'principer'],
    },
    required: ['title', 'start'],
  },
  eventTypes: { names: ['eventTypes', 'evenemangstyper'], columns: named, required: ['name'] },
  venueUses: { names: ['venueUses', 'användningar'], columns: named, required: ['name'] },
  commitments: {
    names: ['commitments', 'åtaganden'],
    columns: {
      id: ['id', 'id'],
      number: ['number', 'nummer'],
      principle: ['principle', 'princip'],
      text: ['text', 'text'],
      status: ['status', 'status'],
      updatedAt: ['updatedAt', 'uppdaterad'],
    },
    required: ['text', 'status'],
  },
  actions: {
    names: ['actions', 'insatser'],
    columns: {
      commitment: ['commitment', 'åtagande'],
      year: ['year', 'år'],
      text: ['text', 'text'],
      url: ['url', 'länk'],
    },
    required: ['commitment', 'text'],
  },
  targets: {
    names: ['targets', 'målbild'],
    columns: { id: ['id', 'id'], text: ['text', 'text'], status: ['status', 'status'] },
    required: ['text'],
  },
};

/** The agreement sheet's fields (§1), by English id and Swedish name; `goal` once per goal. */
export const AGREEMENT_FIELDS: Record<string, [string, string]> = {
  id: ['id', 'id'],
  name: ['name', 'namn'],
  region: ['region', 'region'],
  url: ['url', 'webbplats'],
  launchedAt: ['launchedAt', 'lanserad'],
  timeZone: ['timeZone', 'tidszon'],
  vision: ['vision', 'vision'],
  purpose: ['purpose', 'syfte'],
  goals: ['goal', 'mål'],
  description: ['description', 'beskrivning'],
  updatedAt: ['updatedAt', 'uppdaterad'],
};

/** The section a sheet or file name stands for. */
export function sectionOf(name: string): Section | undefined {
  const key = norm(name);
  return (Object.keys(SHEETS) as Section[]).find((s) => SHEETS[s].names.some((n) => norm(n) === key));
}

/** `_en`, ` (en)`, `-en` after a header: the column holds the English text. */
const LANG_SUFFIX = /(?:[\s_-]+|\s*\()(en|sv)\)?\s*$/i;

/** A header's key in `columns` and the language it gives, or `undefined` when unknown. */
export function columnOf(
  header: string,
  columns: Record<string, [string, string]>,
): { key: string; lang?: 'en' | 'sv' } | undefined {
  const find = (name: string) =>
    Object.keys(columns).find((key) => columns[key]!.some((n) => norm(n) === norm(name)));
  const whole = find(header);
  if (whole) return { key: whole };
  const suffix = LANG_SUFFIX.exec(header);
  const key = suffix && find(header.slice(0, suffix.index));
  return key ? { key, lang: suffix[1]!.toLowerCase() as 'en' | 'sv' } : undefined;
}
