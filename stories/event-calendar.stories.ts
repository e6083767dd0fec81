import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/event-calendar/define.js';
import '../src/elements/feed/define.js';
import { EMPTY, feedUrl, HALLAND, MISSING, VARMLAND } from './feeds.js';

const TYPES = [
  'conference',
  'future-forum',
  'seminar',
  'consultation',
  'council',
  'training',
  'meeting',
  'other',
];

/** A busy May 2024: several events a day, a three-day forum, a cancelled and a postponed event. */
const BUSY = feedUrl({
  version: 1,
  agreement: { id: 'demo', name: 'Demo', timeZone: 'Europe/Stockholm' },
  venues: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'v1',
        geometry: { type: 'Point', coordinates: [12.8578, 56.6745] },
        properties: { name: 'Folkets hus', address: 'Storgatan 1, Halmstad' },
      },
    ],
  },
  events: [
    ...Array.from({ length: 24 }, (_, i) => {
      const day = String(2 + ((i * 5) % 27)).padStart(2, '0');
      const hour = String(9 + (i % 8)).padStart(2, '0');
      return {
        id: `e${i}`,
        title: `Träff ${i + 1} om samverkan`,
        type: TYPES[i % TYPES.length],
        start: `2024-05-${day}T${hour}:00`,
        end: `2024-05-${day}T${hour}:45`,
        venueId: 'v1',
        description: 'Program och anmälan på webben.',
        registrationUrl: 'https://example.org/anmalan',
        status: i === 3 ? 'cancelled' : i === 7 ? 'postponed' : 'scheduled',
      };
    }),
    {
      id: 'forum',
      title: 'Framtidsforum',
      type: 'future-forum',
      start: '2024-05-14',
      end: '2024-05-16',
      allDay: true,
    },
  ],
});
/** Text that looks like HTML and a `javascript:` link: shown as text, not linked. */
const HOSTILE = feedUrl({
  version: 1,
  events: [
    {
      id: 'x',
      title: '<img src=x onerror=alert(1)>',
      start: '2024-05-14T09:00',
      registrationUrl: 'javascript:alert(1)',
      description: '<script>alert(1)</script>',
    },
  ],
});

interface Args {
  src: string;
  lang: string;
  view: string;
  type: string;
  month: string;
  showPast: boolean;
  today: string;
}

/** The narrow month: a 320 px column. */
function narrowMonth({ src, lang, today }: Args) {
  return html`<div style="max-width: 320px">
    <ok-event-calendar
      src=${src}
      lang=${lang}
      today=${today}
      view="month"
      month="2024-05"
    ></ok-event-calendar>
  </div>`;
}

/** May 2024 with long titles, on a Tuesday, a Sunday and twice on a Wednesday. */
const LONG = feedUrl({
  version: 1,
  agreement: { id: 'demo', name: 'Demo', timeZone: 'Europe/Stockholm' },
  events: [
    ['2024-05-14T13:00', 'Workshop om samverkan mellan kommunen och föreningslivet', 'seminar'],
    ['2024-05-19T09:00', 'Dialogmöte med Länsstyrelsen om Överenskommelsen', 'meeting'],
    ['2024-05-22T09:00', 'Framtidsforum för idéburna organisationer i Halland', 'future-forum'],
    ['2024-05-22T13:00', 'Utbildning i Överenskommelsens principer', 'training'],
  ].map(([start, title, type], i) => ({ id: `l${i}`, start, title, type, location: 'Folkets hus' })),
});

export default {
  title: 'Widgets/Event calendar',
  component: 'ok-event-calendar',
  tags: ['autodocs'],
  args: {
    src: BUSY,
    lang: 'sv',
    view: 'month',
    type: '',
    month: '2024-05',
    showPast: false,
    today: '2024-05-14',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['sv', 'en'] },
    view: { control: 'inline-radio', options: ['', 'month', 'list'] },
  },
  render: ({ src, lang, view, type, month, showPast, today }) =>
    html`<ok-event-calendar
      src=${src}
      lang=${lang}
      view=${view}
      type=${type}
      month=${month}
      today=${today}
      ?show-past=${showPast}
    ></ok-event-calendar>`,
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** The month grid: arrow keys, Home/End, PageUp/PageDown; Enter lists a day's events. */
export const Month: Story = {};

export const English: Story = { args: { lang: 'en' } };

/** Upcoming events grouped by month. */
export const List: Story = { args: { view: 'list' } };

/** The list with past events. */
export const ListWithPast: Story = { args: { view: 'list', showPast: true } };

/** Only seminars, chosen with the `type` attribute. */
export const FilteredByType: Story = { args: { type: 'seminar' } };

/** Halland's meeting places 2019–2024. */
export const Halland: Story = { args: { src: HALLAND, view: 'list', showPast: true, today: '' } };

export const Varmland: Story = { args: { src: VARMLAND, view: 'list', showPast: true, today: '' } };

/** Without `view`, a narrow container opens the list. */
export const Narrow: Story = {
  args: { view: '' },
  render: ({ src, lang, today }) =>
    html`<div style="max-width: 360px">
      <ok-event-calendar src=${src} lang=${lang} today=${today} month="2024-05"></ok-event-calendar>
    </div>`,
};

/** The month in a narrow column: entries as colour bars (hollow when cancelled), a tap on a day lists it. */
export const NarrowMonth: Story = {
  render: narrowMonth,
};

/** Long titles at 1,100 px: every title wraps in its day, none is cut off. */
export const WideWithLongTitles: Story = {
  render: ({ lang, today }) =>
    html`<div style="width: 1100px">
      <ok-event-calendar
        src=${LONG}
        lang=${lang}
        today=${today}
        view="month"
        month="2024-05"
      ></ok-event-calendar>
    </div>`,
};

/** Choose an event: its details open beside its day (left of it near the week's end), without repeating what the entry shows. */
export const DetailsBesideTheDay: Story = { args: { src: LONG } };

/** On a phone (a viewport under 35em), an event chosen in the month opens as a dialog. */
export const DetailsAsPhoneDialog: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  render: narrowMonth,
};

/** Chips and the export count what is shown: the list leaves past events out, the month its own events only. */
export const CountsMatchTheList: Story = { args: { view: 'list', today: '2024-05-20' } };

/** At 360 px the type chips fold into one select, so the calendar starts high; entries carry a chevron. */
export const PhoneToolbar: Story = {
  render: ({ src, lang, today }) =>
    html`<div style="width: 360px">
      <ok-event-calendar src=${src} lang=${lang} today=${today}></ok-event-calendar>
    </div>`,
};

/** An `<ok-feed>` without `src` keeps its widgets loading: the skeleton. */
export const Loading: Story = {
  render: ({ lang }) => html`<ok-feed><ok-event-calendar lang=${lang}></ok-event-calendar></ok-feed>`,
};

export const LoadError: Story = { args: { src: MISSING } };

export const Empty: Story = { args: { src: EMPTY } };

export const HostileFeed: Story = { args: { src: HOSTILE, view: 'list' } };

/** The dark theme, set through the `--ok-*` tokens (the toolbar sets it for every story). */
export const Dark: Story = { parameters: { hostPage: { theme: 'dark' } } };

export const DarkEnglish: Story = { args: { lang: 'en' }, parameters: { hostPage: { theme: 'dark' } } };

/** A phone's width: the page's column at 360 px. */
export const Phone: Story = { parameters: { hostPage: { width: 360 } } };

/** The whole width of a 1280 px window. */
export const Wide: Story = { parameters: { hostPage: { width: 1280 } } };
