import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/feed/define.js';
import '../src/elements/signatory-list/define.js';
import { EMPTY, feedUrl, HALLAND, MISSING } from './feeds.js';

const KINDS = ['Idrottsförening', 'Studieförbund', 'Hembygdsförening', 'Kör', 'Scoutkår', 'Kommun'];
const PLACES = ['Halmstad', 'Varberg', 'Kungsbacka', 'Falkenberg', 'Laholm', 'Hylte', 'Malmö', 'Örebro'];

/** `count` made-up signatories, for long lists. */
function generated(count: number): string {
  return feedUrl({
    version: 1,
    signatories: Array.from({ length: count }, (_, i) => ({
      id: `s${i}`,
      name: `${PLACES[i % PLACES.length]}s ${KINDS[i % KINDS.length]!.toLowerCase()} ${i + 1}`,
      sector: ['civil', 'civil', 'public', 'other'][i % 4],
      kind: KINDS[i % KINDS.length],
      municipality: PLACES[(i * 7) % PLACES.length],
      signedAt: `${2019 + (i % 6)}-05-14`,
    })),
  });
}

/** Names that look like HTML, unsafe links and logos that fail: text, no links, no logo. */
const HOSTILE = feedUrl({
  version: 1,
  signatories: [
    { id: 'a', name: '<img src=x onerror=alert(1)>', sector: 'civil', url: 'javascript:alert(1)' },
    { id: 'b', name: 'Åby IF', sector: 'civil', logo: 'https://invalid.example/missing.png' },
    {
      id: 'c',
      name: 'Zeta förening',
      sector: 'other',
      url: 'data:text/html,hi',
      logo: 'javascript:alert(1)',
    },
  ],
});

interface Args {
  src: string;
  lang: string;
  layout: 'list' | 'grid';
  groupBy: '' | 'sector' | 'kind' | 'municipality' | 'year';
  sector: '' | 'civil' | 'public' | 'other';
  searchable: boolean;
  showFormer: boolean;
  headingLevel: number;
}

const meta = {
  title: 'Widgets/Signatory list',
  component: 'ok-signatory-list',
  tags: ['autodocs'],
  args: {
    src: HALLAND,
    lang: 'sv',
    layout: 'list',
    groupBy: '',
    sector: '',
    searchable: false,
    showFormer: false,
    headingLevel: 3,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['sv', 'en'] },
    layout: { control: 'inline-radio', options: ['list', 'grid'] },
    groupBy: { control: 'select', options: ['', 'sector', 'kind', 'municipality', 'year'] },
    sector: { control: 'select', options: ['', 'civil', 'public', 'other'] },
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] },
  },
  render: ({ src, lang, layout, groupBy, sector, searchable, showFormer, headingLevel }) =>
    html`<ok-signatory-list
      src=${src}
      lang=${lang}
      layout=${layout}
      group-by=${groupBy || nothing}
      sector=${sector || nothing}
      ?searchable=${searchable}
      ?show-former=${showFormer}
      heading-level=${headingLevel}
    ></ok-signatory-list>`,
} satisfies Meta<Args>;

export default meta;

type Story = StoryObj<Args>;

/** The current signatories of Halland, sorted by name. */
export const List: Story = {};

/** Cards with logos; a card without one (or whose logo fails) is a quiet card with the name first. */
export const Grid: Story = { args: { layout: 'grid' } };

/** At a phone's width (360 px) the grid is a compact list: a small logo beside the name, where there is one. */
export const GridOnPhone: Story = {
  args: { layout: 'grid', searchable: true },
  render: (args) => html`<div style="max-width: 360px">${meta.render(args)}</div>`,
};

/**
 * The sector filter: chips with the number of (search) hits in each sector. A row leaves out its
 * sector once a chip says it; with the `sector` attribute the page fixes one and there are no chips.
 */
export const SectorFilter: Story = { args: { searchable: true } };

/** Details separated by "·"; names hyphenate as Swedish at syllables in a narrow column. */
export const Details: Story = {
  render: (args) => html`<div style="max-width: 240px">${meta.render(args)}</div>`,
};

/** Search by name, kind or municipality; "malmo" finds Malmö. */
export const Searchable: Story = { args: { searchable: true } };

/** Headings name who is in each group ("Idéburna organisationer"); rows leave their sector out. */
export const GroupedBySector: Story = { args: { groupBy: 'sector' } };

export const GroupedByKind: Story = { args: { groupBy: 'kind' } };

export const GroupedByMunicipality: Story = { args: { groupBy: 'municipality' } };

/** Group headings as `<h2>`, for a page where the list sits right under its `<h1>`. */
export const HeadingLevel2: Story = { args: { groupBy: 'sector', headingLevel: 2 } };

/** By year of signing, with former signatories listed apart. */
export const ByYearWithFormer: Story = { args: { groupBy: 'year', showFormer: true } };

/** Only the public sector. */
export const PublicSector: Story = { args: { sector: 'public' } };

export const English: Story = { args: { lang: 'en', searchable: true, groupBy: 'sector', layout: 'grid' } };

/** 10,000 signatories: only the visible rows are in the DOM; the count says how many there are. */
export const TenThousand: Story = { args: { src: generated(10_000), searchable: true } };

export const TenThousandGrouped: Story = {
  args: { src: generated(10_000), searchable: true, groupBy: 'year' },
};

export const TenThousandGrid: Story = { args: { src: generated(10_000), layout: 'grid' } };

/** An `<ok-feed>` without `src` keeps its widgets loading. */
export const Loading: Story = {
  render: ({ lang }) => html`<ok-feed><ok-signatory-list lang=${lang}></ok-signatory-list></ok-feed>`,
};

export const LoadError: Story = { args: { src: MISSING } };

export const Empty: Story = { args: { src: EMPTY } };

export const HostileFeed: Story = { args: { src: HOSTILE, layout: 'grid' } };

/** A search without hits says so, in the polite live region. */
export const SearchWithoutHits: Story = {
  args: { searchable: true },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('ok-signatory-list')!;
    let input: HTMLInputElement | null | undefined;
    while (!(input = list.shadowRoot?.querySelector('input'))) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    input.value = 'zzz';
    input.dispatchEvent(new Event('input'));
  },
};

/** The dark theme, set through the `--ok-*` tokens (the toolbar sets it for every story). */
export const Dark: Story = { parameters: { hostPage: { theme: 'dark' } } };

export const DarkEnglish: Story = { args: { lang: 'en' }, parameters: { hostPage: { theme: 'dark' } } };

/** A phone's width: the page's column at 360 px. */
export const Phone: Story = { parameters: { hostPage: { width: 360 } } };

/** The whole width of a 1280 px window. */
export const Wide: Story = { parameters: { hostPage: { width: 1280 } } };
