/** The validator's own words; the feed's problems come from the parser's tables (feed/messages*.ts). */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const en = {
  usage: `Usage:
  ok-widgets validate [--lang sv|en] <file-or-url> [more…]   check feeds; exit 1 on any problem
  ok-widgets build <files or folders…> [-o feed.json] [--keep-going] [--lang sv|en]
                      make a feed from CSV files or an .xlsx workbook; on any error exit 1 and
                      write nothing (--keep-going: write the feed without the broken rows, exit 1)
  ok-widgets ics <feed file or URL> [-o kalender.ics] [--lang sv|en]
                      write the feed's events as an iCalendar file for a calendar subscription
  ok-widgets schema                                          print the feed's JSON Schema
  ok-widgets --help                                          show this help

--lang: the language of the messages; by default Swedish when LANG starts with "sv", else English.`,
  valid: (counts: string) => `valid (${counts || 'no items'})`,
  problems: (n: number) => plural(n, 'problem', 'problems'),
  leftOut: (n: number) => `(${plural(n, 'item', 'items')} would be left out)`,
  warnings: (n: number) => `${plural(n, 'warning', 'warnings')}: values the widgets leave out`,
  notJson: (message: string) => `not valid JSON: ${message}`,
  timeout: (seconds: number) => `no answer within ${seconds} s`,
  /** Warnings, by kind, with the value left out. */
  link: (value: string) => `Not shown as a link: only http(s):, mailto: and tel: links are (${value})`,
  color: (value: string) => `Not a colour; the widget's own palette is used (${value})`,
  principle: (id: string) => `No principle has the id "${id}"`,
  /** `ok-widgets build`. */
  error: 'error',
  warning: 'warning',
  sections: {
    agreement: 'agreement',
    principles: 'principles',
    signatories: 'signatories',
    venues: 'venues',
    events: 'events',
    eventTypes: 'event types',
    venueUses: 'venue uses',
    commitments: 'commitments',
    actions: 'actions',
    targets: 'targets',
  } as Record<string, string>,
  read: (counts: string) => `Read: ${counts || 'nothing'}`,
  notWritten: (n: number) =>
    `${plural(n, 'error', 'errors')}: no feed written (--keep-going writes it without the broken rows)`,
  writtenWithout: (n: number, file: string) =>
    `${file} written without the rows with ${plural(n, 'error', 'errors')}`,
  written: (file: string) => `${file} written`,
};

export const sv: typeof en = {
  usage: `Användning:
  ok-widgets validate [--lang sv|en] <fil-eller-url> [fler…]  granska flöden; slutkod 1 vid problem
  ok-widgets build <filer eller mappar…> [-o feed.json] [--keep-going] [--lang sv|en]
                      gör ett flöde av CSV-filer eller en .xlsx-arbetsbok; vid fel slutkod 1 och
                      inget skrivs (--keep-going: skriv flödet utan de trasiga raderna, slutkod 1)
  ok-widgets ics <flödesfil eller URL> [-o kalender.ics] [--lang sv|en]
                      skriv flödets evenemang som en iCalendar-fil för en kalenderprenumeration
  ok-widgets schema                                          skriv ut flödets JSON Schema
  ok-widgets --help                                          visa den här hjälpen

--lang: meddelandenas språk; som standard svenska när LANG börjar med "sv", annars engelska.`,
  valid: (counts: string) => `giltigt (${counts || 'inga poster'})`,
  problems: (n: number) => plural(n, 'problem', 'problem'),
  leftOut: (n: number) => `(${plural(n, 'post', 'poster')} skulle utelämnas)`,
  warnings: (n: number) => `${plural(n, 'varning', 'varningar')}: värden som widgetarna utelämnar`,
  notJson: (message: string) => `inte giltig JSON: ${message}`,
  timeout: (seconds: number) => `inget svar inom ${seconds} s`,
  link: (value: string) => `Visas inte som länk: bara http(s):-, mailto:- och tel:-länkar gör det (${value})`,
  color: (value: string) => `Ingen färg; widgetens egen palett används (${value})`,
  principle: (id: string) => `Ingen princip har id "${id}"`,
  error: 'fel',
  warning: 'varning',
  sections: {
    agreement: 'överenskommelse',
    principles: 'principer',
    signatories: 'undertecknare',
    venues: 'lokaler',
    events: 'evenemang',
    eventTypes: 'evenemangstyper',
    venueUses: 'användningar',
    commitments: 'åtaganden',
    actions: 'insatser',
    targets: 'målbild',
  },
  read: (counts: string) => `Läst: ${counts || 'ingenting'}`,
  notWritten: (n: number) =>
    `${plural(n, 'fel', 'fel')}: inget flöde skrivet (--keep-going skriver det utan de trasiga raderna)`,
  writtenWithout: (n: number, file: string) => `${file} skrivet utan raderna med ${plural(n, 'fel', 'fel')}`,
  written: (file: string) => `${file} skrivet`,
};
