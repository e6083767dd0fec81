import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/agreement/define.js';
import '../src/elements/feed/define.js';
import { EMPTY, feedUrl, HALLAND, MISSING, VARMLAND } from './feeds.js';

/** A feed with the agreement and its principles only: the other parts are left out, never empty. */
const ABOUT_ONLY = feedUrl({
  version: 1,
  agreement: {
    id: 'liten',
    name: 'Den lilla överenskommelsen',
    region: 'Exempellän',
    launchedAt: '2024-05-14',
    vision: 'Ett län där föreningar och kommuner möts som jämlikar.',
    goals: ['Mötas oftare', 'Lära känna varandra'],
  },
  principles: [
    { id: 'dialog', name: 'Dialog', summary: 'Vi talar med varandra.' },
    { id: 'kvalitet', name: 'Kvalitet', summary: 'Vi följer upp det vi gör.' },
  ],
});

interface Args {
  src: string;
  lang: string;
  parts: string;
  headingLevel: number;
  goal?: number;
}

export default {
  title: 'Widgets/Agreement',
  component: 'ok-agreement',
  tags: ['autodocs'],
  args: { src: HALLAND, lang: 'sv', parts: '', headingLevel: 2, goal: 60 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['sv', 'en'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
  },
  render: ({ src, lang, parts, headingLevel, goal }) =>
    html`<ok-agreement
      src=${src}
      lang=${lang}
      parts=${parts}
      heading-level=${headingLevel}
      goal=${goal ?? ''}
    ></ok-agreement>`,
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** Halland: every part, in the default order. */
export const Halland: Story = {};

/** Värmland: the hub wheel with Dialog as the portal principle; no target picture. */
export const Varmland: Story = { args: { src: VARMLAND, goal: undefined } };

/** `parts` chooses and orders: the commitments before the principles, without the about section. */
export const ChosenParts: Story = { args: { parts: 'commitments principles' } };

/** A feed with only the agreement and its principles: no empty boxes for the other parts. */
export const AboutOnly: Story = { args: { src: ABOUT_ONLY } };

export const English: Story = { args: { lang: 'en' } };

/** Under a page's `<h3>`: the name an `<h4>`, the sections `<h5>`, the parts' headings `<h6>`. */
export const HeadingLevel: Story = { args: { headingLevel: 4, parts: 'about principles' } };

/** An `<ok-feed>` without `src` never loads: the skeleton of the about section stays. */
export const Loading: Story = {
  render: ({ lang }) => html`<ok-feed><ok-agreement lang=${lang}></ok-agreement></ok-feed>`,
};

/** The feed answers 404: one message and one retry button for the whole element. */
export const Failed: Story = { args: { src: MISSING } };

export const Empty: Story = { args: { src: EMPTY } };
