import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/commitment-tracker/define.js';
import '../src/elements/feed/define.js';
import '../src/elements/principle-wheel/define.js';
import { EMPTY, feedUrl, HALLAND, MISSING, VARMLAND } from './feeds.js';

const COLORS = ['#1f6f8b', '#7a3e9d', '#2e7d32', '#c62828', '#f9a825', '#37474f'];

/** A feed of `count` principles named from `names`, cycling. */
function principles(count: number, names: string[], portal = false): string {
  return feedUrl({
    version: 1,
    principles: Array.from({ length: count }, (_, i) => ({
      id: `p${i + 1}`,
      name: names[i % names.length],
      summary: `Sammanfattning av princip ${i + 1}.`,
      ...(portal && i === 0 ? { portal: true } : {}),
    })),
  });
}

const TWO = principles(2, ['Dialog', 'Kvalitet']);
const TWELVE = principles(12, [
  'Dialog',
  'Kvalitet',
  'Mångfald',
  'Öppenhet',
  'Insyn',
  'Tillit',
  'Lärande',
  'Jämlikhet',
  'Delaktighet',
  'Hållbarhet',
  'Respekt',
  'Ansvar',
]);
const LONG = feedUrl({
  version: 1,
  principles: [
    { id: 'a', name: 'Självständighet och oberoende' },
    { id: 'b', name: 'Öppenhet och insyn i verksamheten' },
    { id: 'c', name: 'Långsiktighet och förutsägbarhet' },
    { id: 'd', name: 'Mångfald, jämlikhet och jämställdhet' },
    { id: 'e', name: 'Kvalitetsutveckling' },
    { id: 'f', name: 'Dialog' },
  ].map((p, i) => ({ ...p, color: COLORS[i] })),
});
/** Twelve principles, one with a word too long for its segment. */
const CROWDED = feedUrl({
  version: 1,
  principles: Array.from({ length: 12 }, (_, i) => ({
    id: `p${i + 1}`,
    name: i === 6 ? 'Civilsamhällesorganisationernas roll' : `Princip ${i + 1}`,
  })),
});
/** A name that looks like HTML and a colour with CSS in it: shown as text, drawn in the default palette. */
const HOSTILE = feedUrl({
  version: 1,
  principles: [
    { id: 'x', name: '<img src=x onerror=alert(1)>', color: 'red;background:url(x)' },
    { id: 'y', name: 'Kvalitet', color: 'transparent' },
    { id: 'z', name: 'Mångfald' },
  ],
});

interface Args {
  src: string;
  lang: string;
  selected: string;
}

export default {
  title: 'Widgets/Principle wheel',
  component: 'ok-principle-wheel',
  tags: ['autodocs'],
  args: { src: HALLAND, lang: 'sv', selected: '' },
  argTypes: { lang: { control: 'inline-radio', options: ['sv', 'en'] } },
  render: ({ src, lang, selected }) =>
    html`<ok-principle-wheel src=${src} lang=${lang} selected=${selected}></ok-principle-wheel>`,
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** Halland's six national principles as a flat ring. */
export const FlatRing: Story = {};

/** Värmland: Dialog, the portal principle, in the hub. */
export const Hub: Story = { args: { src: VARMLAND } };

/** A principle chosen through the `selected` attribute; the panel shows its text and commitment counts. */
export const Selected: Story = { args: { selected: 'dialog' } };

export const English: Story = { args: { lang: 'en', selected: 'dialog' } };

export const Swedish: Story = { args: { src: VARMLAND, lang: 'sv', selected: 'dialog' } };

export const TwoPrinciples: Story = { args: { src: TWO } };

export const TwelvePrinciples: Story = { args: { src: TWELVE } };

export const HubWithTwelve: Story = {
  args: { src: principles(12, ['Dialog', 'Kvalitet', 'Mångfald', 'Öppenhet'], true) },
};

/** Long names wrap inside their segments; a word wider than its segment widens the label. */
export const LongNames: Story = { args: { src: LONG } };

/** Twelve principles where one name has a word too long for its segment: the labels move to a legend. */
export const LongNamesInLegend: Story = { args: { src: CROWDED } };

/** A phone's width (360 px): a 16em wheel, its principles in a legend under it, each with its segment's colour. */
export const Phone: Story = { args: { selected: 'dialog' }, parameters: { hostPage: { width: 360 } } };

/** Below 15em there is no room for a drawing to point at: the legend alone, as a list. */
export const TooNarrowForADrawing: Story = {
  render: ({ src, lang, selected }) =>
    html`<div style="max-width: 220px">
      <ok-principle-wheel src=${src} lang=${lang} selected=${selected}></ok-principle-wheel>
    </div>`,
};

/**
 * The default palette on a dark page: twelve hues of one lightness, white labels at 4.8:1 or
 * more, every segment and swatch at 3:1 or more against the page. Point at a segment or a label:
 * both light up together.
 */
export const DarkPage: Story = {
  args: { src: TWELVE },
  render: ({ src, lang, selected }) =>
    html`<div
      style="padding: 1em; background: #121212; --ok-color-surface: #121212; --ok-color-surface-alt: #2b2b31; --ok-color-text: #f1f1f4; --ok-color-muted: #b4b4bd"
    >
      <ok-principle-wheel src=${src} lang=${lang} selected=${selected}></ok-principle-wheel>
      <div style="max-width: 360px">
        <ok-principle-wheel src=${VARMLAND} lang=${lang} selected="dialog"></ok-principle-wheel>
      </div>
    </div>`,
};

/** Inside `<ok-feed>`, the commitment tracker follows the principle chosen in the wheel. */
export const SharedWithTracker: Story = {
  render: ({ src, lang }) =>
    html`<ok-feed src=${src}>
      <ok-principle-wheel lang=${lang}></ok-principle-wheel>
      <ok-commitment-tracker lang=${lang}></ok-commitment-tracker>
    </ok-feed>`,
};

/** An `<ok-feed>` without `src` keeps its widgets loading: the skeleton, the wheel's size. */
export const Loading: Story = {
  render: ({ lang }) => html`<ok-feed><ok-principle-wheel lang=${lang}></ok-principle-wheel></ok-feed>`,
};

export const LoadError: Story = { args: { src: MISSING } };

export const Empty: Story = { args: { src: EMPTY } };

export const HostileFeed: Story = { args: { src: HOSTILE } };

/** The dark theme, set through the `--ok-*` tokens (the toolbar sets it for every story). */
export const Dark: Story = { parameters: { hostPage: { theme: 'dark' } } };

export const DarkEnglish: Story = { args: { lang: 'en' }, parameters: { hostPage: { theme: 'dark' } } };

/** The whole width of a 1280 px window. */
export const Wide: Story = { parameters: { hostPage: { width: 1280 } } };
