/** The authoring page's words, Swedish first. */
import type { Section } from '../authoring/index.js';

const sv = {
  title: 'Gör ett flöde av kalkylblad',
  intro:
    'Välj regionens CSV-filer eller Excel-arbetsbok (ett blad per del: undertecknare, lokaler, evenemang …). Sidan läser dem, visar vad som är fel och hur widgetarna blir, och ger dig feed.json och kalender.ics att publicera. Inga filer lämnar din dator.',
  otherLanguage: 'In English',
  otherLanguageLang: 'en',
  filesHeading: '1. Filerna',
  filesLabel: 'CSV-filer eller Excel-arbetsbok (.csv, .xlsx)',
  filesHint: 'Du kan också dra filerna hit. Mallar finns i paketets mapp templates/.',
  reading: (files: number) => `Läser ${files} ${files === 1 ? 'fil' : 'filer'} …`,
  tooLarge: (limit: string) => `Filerna är för stora: högst ${limit} MB tillsammans, som för ett flöde.`,
  failed: (message: string) => `Filerna kunde inte läsas: ${message}`,
  resultHeading: '2. Det här lästes',
  read: (files: number) => `Läst från ${files} ${files === 1 ? 'fil' : 'filer'}:`,
  nothingRead: 'Inget av filerna blev en del av flödet.',
  sections: {
    agreement: ['överenskommelse', 'överenskommelse'],
    principles: ['princip', 'principer'],
    signatories: ['undertecknare', 'undertecknare'],
    venues: ['lokal', 'lokaler'],
    events: ['evenemang', 'evenemang'],
    eventTypes: ['evenemangstyp', 'evenemangstyper'],
    venueUses: ['användning av lokaler', 'användningar av lokaler'],
    commitments: ['åtagande', 'åtaganden'],
    actions: ['insats', 'insatser'],
    targets: ['mål i målbilden', 'mål i målbilden'],
  } satisfies Record<Section, [one: string, other: string]>,
  errorsHeading: (n: number) => `${n} fel`,
  errorsHint: 'Raderna med fel kommer inte med i flödet. Rätta dem i kalkylbladet och välj filerna igen.',
  warningsHeading: (n: number) => `${n} ${n === 1 ? 'varning' : 'varningar'}`,
  warningsHint: 'Flödet går att använda, men något läses inte som du kanske tänkt.',
  noProblems: 'Inga fel: flödet går att publicera.',
  columns: { file: 'Fil', row: 'Rad', column: 'Kolumn', value: 'Värde', message: 'Vad som är fel' },
  downloadHeading: '3. Hämta filerna',
  download: 'Hämta feed.json',
  downloadWithout: (n: number) => `Hämta feed.json utan ${n === 1 ? 'raden' : `de ${n} raderna`} med fel`,
  withoutNote:
    'Flödet har fel. Det du hämtar saknar de felaktiga raderna; publicera det bara om det är vad du vill.',
  downloadIcs: 'Hämta kalender.ics',
  noIcs: 'Kalenderfilen finns när flödet har evenemang.',
  publish: 'Publicera båda filerna på regionens webbplats; README:n i paketet säger hur (CORS och cache).',
  previewHeading: '4. Förhandsvisning',
  previewHint: 'Så här visar widgetarna flödet.',
  builder: 'Bädda in widgetarna på en webbplats',
};

export type AuthoringStrings = typeof sv;

const en: AuthoringStrings = {
  title: 'Make a feed from spreadsheets',
  intro:
    "Choose the region's CSV files or Excel workbook (one sheet per part: signatories, venues, events …). The page reads them, shows what is wrong and how the widgets will look, and gives you feed.json and kalender.ics to publish. No file leaves your computer.",
  otherLanguage: 'På svenska',
  otherLanguageLang: 'sv',
  filesHeading: '1. The files',
  filesLabel: 'CSV files or an Excel workbook (.csv, .xlsx)',
  filesHint: "You can also drag the files here. Templates are in the package's templates/ folder.",
  reading: (files) => `Reading ${files} ${files === 1 ? 'file' : 'files'} …`,
  tooLarge: (limit) => `The files are too large: at most ${limit} MB together, as for a feed.`,
  failed: (message) => `The files could not be read: ${message}`,
  resultHeading: '2. What was read',
  read: (files) => `Read from ${files} ${files === 1 ? 'file' : 'files'}:`,
  nothingRead: 'Nothing in the files became part of the feed.',
  sections: {
    agreement: ['agreement', 'agreements'],
    principles: ['principle', 'principles'],
    signatories: ['signatory', 'signatories'],
    venues: ['venue', 'venues'],
    events: ['event', 'events'],
    eventTypes: ['event type', 'event types'],
    venueUses: ['venue use', 'venue uses'],
    commitments: ['commitment', 'commitments'],
    actions: ['action', 'actions'],
    targets: ['vision target', 'vision targets'],
  },
  errorsHeading: (n) => `${n} ${n === 1 ? 'error' : 'errors'}`,
  errorsHint:
    'Rows with errors are left out of the feed. Correct them in the spreadsheet and choose the files again.',
  warningsHeading: (n) => `${n} ${n === 1 ? 'warning' : 'warnings'}`,
  warningsHint: 'The feed can be used, but something is not read as you may have meant.',
  noProblems: 'No errors: the feed can be published.',
  columns: { file: 'File', row: 'Row', column: 'Column', value: 'Value', message: 'What is wrong' },
  downloadHeading: '3. Download the files',
  download: 'Download feed.json',
  downloadWithout: (n) => `Download feed.json without the ${n === 1 ? 'row' : `${n} rows`} with errors`,
  withoutNote:
    'The feed has errors. What you download lacks the broken rows; publish it only if that is what you want.',
  downloadIcs: 'Download kalender.ics',
  noIcs: 'The calendar file is there when the feed has events.',
  publish: "Publish both files on the region's website; the package's README says how (CORS and caching).",
  previewHeading: '4. Preview',
  previewHint: 'How the widgets show the feed.',
  builder: 'Embed the widgets on a website',
};

export const authoringStrings = { sv, en };
