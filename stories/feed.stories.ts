import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/feed/define.js';
import { HALLAND } from './feeds.js';

export default {
  title: 'Widgets/Feed',
  component: 'ok-feed',
  tags: ['autodocs'],
} satisfies Meta;

/** One feed for every widget inside; open the browser's network panel to see the single request. */
export const SharedFeed: StoryObj = {
  render: () =>
    html`<ok-feed src=${HALLAND}>
      <p>Widgets placed here share this feed.</p>
    </ok-feed>`,
};
