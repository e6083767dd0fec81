import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/commitment-tracker/define.js';
import '../src/elements/feed/define.js';
import '../src/elements/principle-wheel/define.js';
import { EMPTY, feedUrl, HALLAND, MISSING, VARMLAND } from './feeds.js';

/** A feed whose point 2 has text that looks like HTML, an unsafe link and an unknown principle. */
const HOSTILE = feedUrl({
  version: 1,
  principles: [{ id: 'dialog', name: 'Dialog' }],
  commitments: [
    { id: 'c1', number: 1, principleId: 'dialog', text: 'Vi för dialog', status: 'done' },
    {
      id: 'c2',
      number: 2,
      principleId: 'okänd',
      text: '<img src=x onerror=alert(1)>',
      status: 'planned',
      actions: [{ text: 'javascript:-länk visas som text', year: 2024, url: 'javascript:alert(1)' }],
    },
  ],
});

interface Args {
  src: string;
  lang: string;
  principle: string;
  status: string;
  open: string;
}

export default {
  title: 'Widgets/Commitment tracker',
  component: 'ok-commitment-tracker',
  tags: ['autodocs'],
  args: { src: HALLAND, lang: 'sv', principle: '', status: '', open: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['sv', 'en'] },
    status: { control: 'select', options: ['', 'planned', 'in-progress', 'done'] },
  },
  render: ({ src, lang, principle, status, open }) =>
    html`<ok-commitment-tracker
      src=${src}
      lang=${lang}
      principle=${principle}
      status=${status}
      open=${open}
    ></ok-commitment-tracker>`,
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** Halland's 23 points, all collapsed. */
export const Collapsed: Story = {};

/** Point 5 opened by `open="5"`, with its actions by year; the page neither scrolls nor moves focus to it. */
export const Expanded: Story = { args: { open: '5' } };

/** Under a tall page head: `open` opens point 5 without pulling the reader down to it. */
export const OpenBelowTheFold: Story = {
  render: ({ src, lang }) =>
    html`<div style="height: 120vh">Sidans början: ingen scroll till åtagandet.</div>
      <ok-commitment-tracker src=${src} lang=${lang} open="5"></ok-commitment-tracker>`,
};

/** Värmland: "0 av 2 klara, 2 pågår" is a hatched bar in the principle's colour, not an empty one; no zero counts. */
export const InProgressBars: Story = { args: { src: VARMLAND } };

/** The target picture's statuses in one column, and at 360 px a focus ring clear of the status under it. */
export const Phone: Story = { parameters: { hostPage: { width: 360 } } };

/** Filtered to one principle and one status by attributes. */
export const Filtered: Story = { args: { principle: 'dialog', status: 'done' } };

export const English: Story = { args: { lang: 'en' } };

/** An `<ok-feed>` without `src` never loads: the skeleton stays. */
export const Loading: Story = {
  render: ({ lang }) => html`<ok-feed><ok-commitment-tracker lang=${lang}></ok-commitment-tracker></ok-feed>`,
};

/** The feed answers 404: a message and a retry button. */
export const Failed: Story = { args: { src: MISSING } };

export const Empty: Story = { args: { src: EMPTY } };

/** HTML-looking text stays text, a `javascript:` URL is no link, an unknown principle goes to Övriga. */
export const BadInput: Story = { args: { src: HOSTILE, open: '2' } };

/** Inside `<ok-feed>`: choosing a principle in the wheel filters the points, and back. */
export const WithWheel: Story = {
  render: ({ lang }) =>
    html`<ok-feed src=${HALLAND}>
      <ok-principle-wheel lang=${lang}></ok-principle-wheel>
      <ok-commitment-tracker lang=${lang}></ok-commitment-tracker>
    </ok-feed>`,
};

/** Inside `<ok-feed>` but with `independent`: the wheel's choice is not followed. */
export const Independent: Story = {
  render: ({ lang }) =>
    html`<ok-feed src=${HALLAND}>
      <ok-principle-wheel lang=${lang}></ok-principle-wheel>
      <ok-commitment-tracker lang=${lang} independent></ok-commitment-tracker>
    </ok-feed>`,
};

/** The dark theme, set through the `--ok-*` tokens (the toolbar sets it for every story). */
export const Dark: Story = { parameters: { hostPage: { theme: 'dark' } } };

export const DarkEnglish: Story = { args: { lang: 'en' }, parameters: { hostPage: { theme: 'dark' } } };

/** The whole width of a 1280 px window. */
export const Wide: Story = { parameters: { hostPage: { width: 1280 } } };
