/** The builder's and the embed page's words, Swedish first. */

export const embedStrings = {
  sv: {
    errorTitle: 'Widgeten kan inte visas',
    unknownWidget:
      'Widgeten kan inte visas: adressen anger ingen känd widget (parametern widget, till exempel widget=signatory-count).',
    badSrc:
      'Widgeten kan inte visas: flödets adress (parametern src) saknas eller börjar inte med https:// eller http://.',
  },
  en: {
    errorTitle: 'The widget cannot be shown',
    unknownWidget:
      'The widget cannot be shown: the address names no known widget (the widget parameter, for example widget=signatory-count).',
    badSrc:
      "The widget cannot be shown: the feed's address (the src parameter) is missing or does not start with https:// or http://.",
  },
};

const sv = {
  title: 'Bädda in en widget',
  noManifest: 'Listan över widgetar (custom-elements.json) kunde inte läsas. Ladda om sidan.',
  intro:
    'Välj en widget, ange flödets adress och inställningarna, och kopiera koden till din webbplats. Sidan skickar inget någonstans: allt sker i din webbläsare.',
  otherLanguage: 'In English',
  otherLanguageLang: 'en',
  widgetHeading: '1. Widget',
  widgetLabel: 'Widget',
  unknownWidget: (name: string) => `Widgeten "${name}" finns inte. Välj en i listan.`,
  feedHeading: '2. Flödet',
  feedLabel: 'Flödets adress',
  feedHint: 'Hela adressen till JSON-flödet, med https:// först.',
  check: 'Kontrollera flödet',
  checking: 'Hämtar och kontrollerar flödet …',
  noFeed: 'Ange flödets adress.',
  badFeed: 'Adressen måste vara en hel webbadress som börjar med https:// (eller http://).',
  feedRead: (counts: string) => `Flödet går att läsa: ${counts}.`,
  noItems: 'inga poster',
  sections: {
    agreement: 'överenskommelse',
    principles: 'principer',
    signatories: 'undertecknare',
    venues: 'lokaler',
    venueUses: 'användningar av lokaler',
    events: 'evenemang',
    eventTypes: 'evenemangstyper',
    commitments: 'åtaganden',
    targets: 'mål i målbilden',
  } as Record<string, string>,
  problems: (n: number, leftOut: number) =>
    `${n} problem: ${leftOut} ${leftOut === 1 ? 'post visas' : 'poster visas'} inte. Så här står det i flödet:`,
  warnings: (n: number) => `${n} ${n === 1 ? 'värde' : 'värden'} visas inte, men resten av posten visas:`,
  failed: 'Flödet kunde inte hämtas.',
  feedOrigin:
    'Tänk på att flödet också måste gå att hämta från din webbplats: dess server måste tillåta andra webbplatser (CORS).',
  optionsHeading: '3. Inställningar',
  optionsHint: 'Tomt fält eller ”standard”: widgetens eget förval. Avbockade val skrivs inte in i koden.',
  standard: '(standard)',
  defaultIs: (value: string) => `Förval: ${value}`,
  ignored: (names: string) =>
    `Adressen till den här sidan hade parametrar som inte hör till widgeten, och de används inte: ${names}.`,
  previewHeading: '4. Förhandsvisning',
  previewHint: 'Så här ser widgeten ut på en bred skärm och på en mobil.',
  desktop: 'Bred skärm',
  phone: 'Mobil (360 px)',
  previewTitle: (widget: string, device: string) => `Förhandsvisning av ${widget}, ${device.toLowerCase()}`,
  noPreview: 'Förhandsvisningen visas när flödets adress är en giltig webbadress.',
  codeHeading: '5. Kod att klistra in',
  bundleLabel: 'Adress till ok-widgets.js',
  bundleHint: 'Där regionen har lagt biblioteket. Förvalt: filen bredvid den här sidan.',
  foreignBundle: (host: string) =>
    `Skriptet hämtas från en annan webbplats än den här sidan, ${host}. Klistra bara in koden om du vet att webbplatsen hör till regionen eller din organisation.`,
  scriptHeading: 'Skript och element',
  scriptHint:
    'För webbplatser där du får klistra in HTML med skript (till exempel ett HTML-block eller en kodmodul).',
  iframeHeading: 'Iframe',
  iframeHint:
    'För webbplatser som tar bort skript men tillåter iframe. Raderna med script anpassar höjden; tas de bort gäller den fasta höjden.',
  copy: (what: string) => `Kopiera koden: ${what.toLowerCase()}`,
  copied: 'Koden är kopierad.',
  copyFailed: 'Koden kunde inte kopieras. Markera den och kopiera med Ctrl+C (⌘+C på Mac).',
  noCode: 'Koden visas när flödets adress är en giltig webbadress.',
  guides:
    'Guider för Sitevision, Optimizely, WordPress, Drupal och statiska webbplatser finns i paketets mapp docs/.',
  authoring: 'Inget flöde än? Gör ett av regionens kalkylblad',
  /** Widget names by tag; a widget missing here is named by its tag. */
  widgets: {
    'ok-agreement': 'Överenskommelsen',
    'ok-principle-wheel': 'Principhjulet',
    'ok-signatory-list': 'Undertecknarna',
    'ok-signatory-count': 'Antal undertecknare',
    'ok-venue-map': 'Lokalkartan',
    'ok-event-calendar': 'Kalendern',
    'ok-commitment-tracker': 'Åtagandena',
  } as Record<string, string>,
  /** Options in Swedish by attribute name, or `widget.attribute` where one differs per widget. */
  options: {
    refresh: 'Sekunder mellan hämtningar av flödet; tomt: hämta en gång.',
    'max-bytes': 'Största flöde som tas emot, i byte (förval 20 MB).',
    lang: 'Widgetens språk: sv eller en; standard: sidans språk, annars svenska.',
    'principle-wheel.selected': 'Id för den princip som är vald från början.',
    'signatory-list.sector': 'Visa bara en sektor: civil (idéburen), public (offentlig) eller other.',
    'signatory-list.group-by': 'Gruppera efter sektor, typ, kommun eller år då de skrev under.',
    'signatory-list.layout': 'list (lista) eller grid (kort med logotyper).',
    'signatory-list.searchable': 'Visa en sökruta.',
    'signatory-list.heading-level': 'Rubriknivå för grupperna, 2 till 6, så att de passar sidans rubriker.',
    'signatory-list.show-former': 'Visa tidigare undertecknare för sig, efter dem som är med nu.',
    'signatory-count.sector': 'Räkna bara en sektor: civil, public eller other; tomt: alla.',
    'signatory-count.goal': 'Ett mål att visa hur långt det är kvar till.',
    'signatory-count.chart': 'Visa ett diagram över antalet år för år.',
    'signatory-count.label': 'Text efter talet i stället för ”organisationer har skrivit under”.',
    'signatory-count.hide-zero': 'Visa ingenting så länge antalet är 0.',
    'venue-map.tiles': 'Adressmall för kartbilder med {z}, {x} och {y}.',
    'venue-map.attribution': 'Upphovsrätt för kartbilderna, visas alltid på kartan.',
    'venue-map.center': 'Kartans mitt som "lat,lon"; tomt: så att alla lokaler syns.',
    'venue-map.zoom': 'Zoomnivå 2–18; tomt: så att alla lokaler syns.',
    'venue-map.use': 'Visa bara dessa användningar (id, med mellanslag eller komma emellan).',
    'venue-map.view': 'map (karta) eller list (lista, kartans fullständiga textalternativ).',
    'venue-map.selected': 'Id för den lokal vars uppgifter är öppna från början.',
    'event-calendar.view': 'month (månad) eller list (lista); tomt: lista på smala ytor, annars månad.',
    'event-calendar.type': 'Visa bara evenemang av denna typ (id).',
    'event-calendar.month': 'Månaden som visas, som 2024-05; tomt: denna månad.',
    'event-calendar.show-past': 'Visa även evenemang som har varit.',
    'event-calendar.today': 'Datum som räknas som i dag, som 2024-05-14; tomt: i dag.',
    'commitment-tracker.principle': 'Visa bara punkterna för denna princip (id).',
    'commitment-tracker.status': 'Visa bara punkter med denna status: planned, in-progress eller done.',
    'commitment-tracker.independent': 'Följ inte principen som väljs i andra widgetar i samma ok-feed.',
    'commitment-tracker.open': 'Numret på en punkt som är öppen från början.',
  } as Record<string, string>,
};

export type BuilderStrings = typeof sv;

const en: BuilderStrings = {
  title: 'Embed a widget',
  noManifest: 'The list of widgets (custom-elements.json) could not be read. Reload the page.',
  intro:
    "Choose a widget, enter the feed's address and the options, and copy the code to your site. This page sends nothing anywhere: all of it happens in your browser.",
  otherLanguage: 'På svenska',
  otherLanguageLang: 'sv',
  widgetHeading: '1. Widget',
  widgetLabel: 'Widget',
  unknownWidget: (name) => `There is no widget "${name}". Choose one from the list.`,
  feedHeading: '2. The feed',
  feedLabel: "The feed's address",
  feedHint: 'The full address of the JSON feed, starting with https://.',
  check: 'Check the feed',
  checking: 'Loading and checking the feed …',
  noFeed: "Enter the feed's address.",
  badFeed: 'The address must be a full web address starting with https:// (or http://).',
  feedRead: (counts) => `The feed can be read: ${counts}.`,
  noItems: 'no items',
  sections: {
    agreement: 'agreement',
    principles: 'principles',
    signatories: 'signatories',
    venues: 'venues',
    venueUses: 'venue uses',
    events: 'events',
    eventTypes: 'event types',
    commitments: 'commitments',
    targets: 'targets',
  },
  problems: (n, leftOut) =>
    `${n} ${n === 1 ? 'problem' : 'problems'}: ${leftOut} ${leftOut === 1 ? 'item is' : 'items are'} not shown. This is what the feed says:`,
  warnings: (n) => `${n} ${n === 1 ? 'value is' : 'values are'} not shown, but the rest of the item is:`,
  failed: 'The feed could not be loaded.',
  feedOrigin:
    'Remember that the feed must load from your site too: its server must allow other sites (CORS).',
  optionsHeading: '3. Options',
  optionsHint:
    'An empty field or “default”: the widget’s own default. Options left unchecked are not written into the code.',
  standard: '(default)',
  defaultIs: (value) => `Default: ${value}`,
  ignored: (names) =>
    `This page's address had parameters that are not the widget's, and they are not used: ${names}.`,
  previewHeading: '4. Preview',
  previewHint: 'This is how the widget looks on a wide screen and on a phone.',
  desktop: 'Wide screen',
  phone: 'Phone (360 px)',
  previewTitle: (widget, device) => `Preview of ${widget}, ${device.toLowerCase()}`,
  noPreview: "The preview appears once the feed's address is a valid web address.",
  codeHeading: '5. Code to paste',
  bundleLabel: 'Address of ok-widgets.js',
  bundleHint: 'Where the region put the library. Default: the file next to this page.',
  foreignBundle: (host) =>
    `The script comes from another site than this page, ${host}. Paste the code only if you know that the site belongs to the region or your organisation.`,
  scriptHeading: 'Script and element',
  scriptHint: 'For sites where you may paste HTML with scripts (an HTML block or a code module, say).',
  iframeHeading: 'Iframe',
  iframeHint:
    'For sites that remove scripts but allow iframes. The script lines adjust the height; without them the fixed height applies.',
  copy: (what) => `Copy the code: ${what.toLowerCase()}`,
  copied: 'The code is copied.',
  copyFailed: 'The code could not be copied. Select it and copy with Ctrl+C (⌘+C on a Mac).',
  noCode: "The code appears once the feed's address is a valid web address.",
  guides:
    "Guides for Sitevision, Optimizely, WordPress, Drupal and static sites are in the package's docs/ folder.",
  authoring: "No feed yet? Make one from the region's spreadsheets",
  widgets: {
    'ok-agreement': 'The agreement',
    'ok-principle-wheel': 'Principle wheel',
    'ok-signatory-list': 'Signatories',
    'ok-signatory-count': 'Number of signatories',
    'ok-venue-map': 'Venue map',
    'ok-event-calendar': 'Calendar',
    'ok-commitment-tracker': 'Commitments',
  },
  // The manifest's descriptions are English already.
  options: {},
};

export const builderStrings = { sv, en };
