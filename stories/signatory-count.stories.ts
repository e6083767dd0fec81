import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/feed/define.js';
import '../src/elements/signatory-count/define.js';
import { EMPTY, feedUrl, HALLAND, MISSING, VARMLAND } from './feeds.js';

/** A feed of `count` made-up signatories of one agreement, signed over six years. */
function generated(count: number): string {
  return feedUrl({
    version: 1,
    agreement: { id: 'demo', name: 'Demoöverenskommelsen' },
    signatories: Array.from({ length: count }, (_, i) => ({
      id: `s${i}`,
      name: `Förening ${i + 1}`,
      sector: ['civil', 'civil', 'public', 'other'][i % 4],
      signedAt: `${2019 + (i % 6)}-05-14`,
    })),
  });
}

/** `count` signatories signed over `years` years from 2023. */
function generatedOver(years: number, count: number): string {
  return feedUrl({
    version: 1,
    signatories: Array.from({ length: count }, (_, i) => ({
      id: `s${i}`,
      name: `Förening ${i + 1}`,
      sector: 'civil',
      signedAt: `${2023 + (i % years)}-05-14`,
    })),
  });
}

const ONE = feedUrl({
  version: 1,
  signatories: [{ id: 'a', name: 'Första föreningen', sector: 'civil', signedAt: '2024-01-10' }],
});

interface Args {
  src: string;
  lang: string;
  sector: '' | 'civil' | 'public' | 'other';
  goal: number;
  chart: boolean;
  label: string;
  hideZero: boolean;
}

const meta = {
  title: 'Widgets/Signatory count',
  component: 'ok-signatory-count',
  tags: ['autodocs'],
  args: { src: HALLAND, lang: 'sv', sector: '', goal: 0, chart: false, label: '', hideZero: false },
  argTypes: {
    lang: { control: 'inline-radio', options: ['sv', 'en'] },
    sector: { control: 'select', options: ['', 'civil', 'public', 'other'] },
  },
  render: ({ src, lang, sector, goal, chart, label, hideZero }) =>
    html`<ok-signatory-count
      src=${src}
      lang=${lang}
      sector=${sector || nothing}
      goal=${goal || nothing}
      label=${label || nothing}
      ?chart=${chart}
      ?hide-zero=${hideZero}
    ></ok-signatory-count>`,
} satisfies Meta<Args>;

export default meta;

type Story = StoryObj<Args>;

/** Halland's 48 current signatories; the two who left are not counted. */
export const Count: Story = {};

/** Progress toward a goal: "Mål: 60" over a bar as wide as the widget. */
export const Goal: Story = { args: { goal: 60 } };

/**
 * At the end of each year: signed by then, less those who had left, in bars across the whole
 * column. A table says the same to screen readers.
 */
export const Chart: Story = { args: { chart: true } };

/** At a phone's width: the number, goal, bar and chart each take the column. */
export const Phone: Story = { args: { goal: 60, chart: true }, parameters: { hostPage: { width: 360 } } };

/** Two years in a wide column: the bars spread over it rather than huddle at its start. */
export const ChartOfTwoYears: Story = {
  args: { src: generatedOver(2, 12), chart: true },
};

export const GoalAndChart: Story = { args: { goal: 60, chart: true } };

/** One sector, named in the phrase. */
export const CivilSociety: Story = { args: { sector: 'civil' } };

export const PublicSector: Story = { args: { sector: 'public', chart: true } };

/** Värmland has one public signatory: the phrase is singular. */
export const Singular: Story = { args: { src: VARMLAND, sector: 'public' } };

export const OwnLabel: Story = { args: { label: 'aktörer står bakom överenskommelsen' } };

/** Text inside the element replaces the label, markup and all. */
export const SlottedLabel: Story = {
  render: ({ src, lang }) =>
    html`<ok-signatory-count src=${src} lang=${lang}
      ><em>föreningar och myndigheter</em> är med</ok-signatory-count
    >`,
};

/** 1 234 signatories, formatted the Swedish way. */
export const Thousands: Story = { args: { src: generated(1234), goal: 2000, chart: true } };

export const English: Story = { args: { lang: 'en', goal: 60, chart: true } };

/**
 * Live: each click gives the feed two more signatories, as a refresh would. The number counts up
 * (it jumps under reduced motion) and the new number is announced once.
 */
export const LiveUpdate: Story = {
  render: ({ lang }) => {
    let count = 40;
    const grow = (event: Event) => {
      count += 2;
      const feed = (event.target as Element).closest('div')!.querySelector('ok-feed')!;
      feed.src = generated(count);
    };
    return html`<div>
      <ok-feed src=${generated(count)}>
        <ok-signatory-count lang=${lang} goal="60" chart></ok-signatory-count>
      </ok-feed>
      <button type="button" @click=${grow}>Två nya undertecknare</button>
    </div>`;
  },
};

/** With `refresh`, the feed is fetched again every 30 seconds (ETag: an unchanged feed costs little). */
export const Refresh: Story = {
  render: ({ src, lang }) =>
    html`<ok-signatory-count src=${src} lang=${lang} refresh="30" goal="60"></ok-signatory-count>`,
};

/** An `<ok-feed>` without `src` keeps its widgets loading: a skeleton of the widget's size. */
export const Loading: Story = {
  render: ({ lang }) =>
    html`<ok-feed><ok-signatory-count lang=${lang} goal="60" chart></ok-signatory-count></ok-feed>`,
};

export const LoadError: Story = { args: { src: MISSING } };

/** No signatories yet: said in words, with the goal, and no empty chart. */
export const Zero: Story = { args: { src: EMPTY, goal: 10, chart: true } };

/** No signatories with `hide-zero`: nothing shows. */
export const HideZero: Story = { args: { src: EMPTY, hideZero: true } };

export const One: Story = { args: { src: ONE, chart: true } };

/** The dark theme, set through the `--ok-*` tokens (the toolbar sets it for every story). */
export const Dark: Story = { parameters: { hostPage: { theme: 'dark' } } };

export const DarkEnglish: Story = { args: { lang: 'en' }, parameters: { hostPage: { theme: 'dark' } } };

/** The whole width of a 1280 px window. */
export const Wide: Story = { parameters: { hostPage: { width: 1280 } } };
