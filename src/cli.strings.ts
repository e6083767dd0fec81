/** The validator's own words; the feed's problems come from the parser's tables (feed/messages*.ts). */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const en = {
  usage: `Usage:
  ok-widgets validate [--lang sv|en] <file-or-url> [more…]   check feeds; exit 1 on any problem
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
};

export const sv: typeof en = {
  usage: `Användning:
  ok-widgets validate [--lang sv|en] <fil-eller-url> [fler…]  granska flöden; slutkod 1 vid problem
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
};
