/**
 * What the build says about a spreadsheet, in Swedish and English. Messages are written for the
 * office that keeps the spreadsheet: the value as they typed it, then what to type instead.
 */
const list = (items: string[], or: string) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1)}`;

export const sv = {
  lang: 'sv' as 'sv' | 'en',
  /** "undertecknare.csv, rad 4, kolumn Sektor". */
  file: (name: string) => name,
  sheet: (name: string) => `blad ${name}`,
  row: (n: number) => `rad ${n}`,
  column: (name: string) => `kolumn ${name}`,
  error: 'fel',
  warning: 'varning',
  /** Kinds of values, for `notOneOf`. */
  kinds: {
    sector: 'sektor',
    type: 'evenemangstyp',
    status: 'status',
    eventStatus: 'status för evenemang',
  } as Record<string, string>,
  notOneOf: (value: string, kind: string, options: string[]) =>
    `'${value}' är ingen ${kind}; använd ${list(options, 'eller')}`,
  notNumber: (value: string) => `'${value}' är inget tal; skriv till exempel 12 eller 56,67`,
  notWhole: (value: string) => `'${value}' är inget heltal`,
  outOfRange: (value: string, min: number, max: number) => `'${value}' ligger utanför ${min}–${max}`,
  notBoolean: (value: string) => `'${value}' är varken ja eller nej; skriv ja, nej eller x`,
  notDate: (value: string) => `'${value}' är inget datum; skriv som 2024-03-14`,
  notTime: (value: string) =>
    `'${value}' är ingen tid; skriv ett datum som 2024-03-14 eller en tid som 2024-03-14 09:00`,
  noSuchTime: (value: string, zone: string) =>
    `'${value}' finns inte i ${zone}: klockan ställs fram den natten; välj en tid före eller efter`,
  twiceTime: (value: string, zone: string, offset: string) =>
    `'${value}' finns två gånger i ${zone}: klockan ställs tillbaka den natten; den första (${offset}) används`,
  endBeforeStart: (value: string) => `'${value}' är före starttiden`,
  notUrl: (value: string) => `'${value}' är ingen webbadress; skriv som https://exempel.se/sida`,
  notColor: (value: string) => `'${value}' är ingen färg; skriv som #1f6f8b. Standardfärgen används`,
  notTimeZone: (value: string) => `'${value}' är ingen tidszon; skriv som Europe/Stockholm`,
  required: 'tom; ett värde krävs här',
  missingColumn: (names: string) => `kolumnen ${names} saknas`,
  noId: 'inget id kan göras av namnet; skriv ett id i kolumnen Id',
  repeatedId: (id: string, where: string) => `id '${id}' finns redan på ${where}`,
  unknownPrinciple: (value: string) =>
    `'${value}' är ingen princip; använd ett id eller namn från bladet principer`,
  unknownCommitment: (value: string) =>
    `'${value}' är inget åtagande; använd ett nummer eller id från bladet åtaganden`,
  unknownVenue: (value: string) => `'${value}' är ingen lokal i bladet lokaler; den visas utan lokal`,
  unknownField: (value: string) => `'${value}' är inget fält i överenskommelsen; raden läses inte`,
  unknownSheet: (known: string[]) => `okänt blad; det läses inte. Blad som läses: ${known.join(', ')}`,
  unknownColumn: 'okänd kolumn; den läses inte',
  notSpreadsheet: 'varken .csv eller .xlsx; filen läses inte',
  unreadable: (reason: string) => `kunde inte läsas: ${reason}`,
  /** A problem the feed's own validator found; it should not happen. */
  invalid: (path: string, message: string) => `${path}: ${message}`,
};

export type AuthoringMessages = typeof sv;

export const en: AuthoringMessages = {
  lang: 'en',
  file: (name) => name,
  sheet: (name) => `sheet ${name}`,
  row: (n) => `row ${n}`,
  column: (name) => `column ${name}`,
  error: 'error',
  warning: 'warning',
  kinds: { sector: 'sector', type: 'event type', status: 'status', eventStatus: 'event status' },
  notOneOf: (value, kind, options) => `'${value}' is not a ${kind}; use ${list(options, 'or')}`,
  notNumber: (value) => `'${value}' is not a number; write for instance 12 or 56.67`,
  notWhole: (value) => `'${value}' is not a whole number`,
  outOfRange: (value, min, max) => `'${value}' is outside ${min}–${max}`,
  notBoolean: (value) => `'${value}' is neither yes nor no; write yes, no or x`,
  notDate: (value) => `'${value}' is not a date; write it as 2024-03-14`,
  notTime: (value) =>
    `'${value}' is not a time; write a date like 2024-03-14 or a time like 2024-03-14 09:00`,
  noSuchTime: (value, zone) =>
    `'${value}' does not exist in ${zone}: the clocks go forward that night; pick a time before or after`,
  twiceTime: (value, zone, offset) =>
    `'${value}' happens twice in ${zone}: the clocks go back that night; the first (${offset}) is used`,
  endBeforeStart: (value) => `'${value}' is before the start`,
  notUrl: (value) => `'${value}' is not a web address; write it as https://example.org/page`,
  notColor: (value) => `'${value}' is not a colour; write it as #1f6f8b. The default colour is used`,
  notTimeZone: (value) => `'${value}' is not a time zone; write it as Europe/Stockholm`,
  required: 'empty; a value is required here',
  missingColumn: (names) => `the column ${names} is missing`,
  noId: 'no id can be made from the name; write one in the id column',
  repeatedId: (id, where) => `id '${id}' is already used on ${where}`,
  unknownPrinciple: (value) => `'${value}' is not a principle; use an id or name from the principles sheet`,
  unknownCommitment: (value) =>
    `'${value}' is not a commitment; use a number or id from the commitments sheet`,
  unknownVenue: (value) => `'${value}' is not a venue in the venues sheet; shown without a venue`,
  unknownField: (value) => `'${value}' is not a field of the agreement; the row is not read`,
  unknownSheet: (known) => `unknown sheet; it is not read. Sheets read: ${known.join(', ')}`,
  unknownColumn: 'unknown column; it is not read',
  notSpreadsheet: 'neither .csv nor .xlsx; the file is not read',
  unreadable: (reason) => `could not be read: ${reason}`,
  invalid: (path, message) => `${path}: ${message}`,
};
