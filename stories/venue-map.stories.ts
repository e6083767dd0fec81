import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/feed/define.js';
import '../src/elements/venue-map/define.js';
import { EMPTY, feedUrl, HALLAND, MISSING, VARMLAND } from './feeds.js';

/** `count` venues scattered over southern Sweden, for the clustering at scale. */
function scattered(count: number): string {
  const uses = ['meeting', 'party', 'sports', 'culture', 'outdoor', 'study', 'youth'];
  return feedUrl({
    version: 1,
    venues: {
      type: 'FeatureCollection',
      features: Array.from({ length: count }, (_, i) => ({
        type: 'Feature',
        id: `v${i}`,
        geometry: {
          type: 'Point',
          coordinates: [11.5 + ((i * 7919) % 6000) / 1000, 55.5 + ((i * 104729) % 5000) / 1000],
        },
        properties: { name: `Lokal ${i + 1}`, host: `Förening ${i % 300}`, uses: [uses[i % uses.length]] },
      })),
    },
  });
}

/** Hostile text and links: the name shows as text, the `javascript:` booking link is dropped. */
const HOSTILE = feedUrl({
  version: 1,
  venues: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'x',
        geometry: { type: 'Point', coordinates: [12.86, 56.67] },
        properties: {
          name: '<img src=x onerror=alert(1)>',
          host: '<b>Fet</b>',
          bookingUrl: 'javascript:alert(1)',
          email: 'info@example.org',
        },
      },
      { type: 'Feature', id: 'broken', properties: { name: 'Utan koordinater' } },
    ],
  },
});

export default {
  title: 'Widgets/Venue map',
  component: 'ok-venue-map',
  tags: ['autodocs'],
  argTypes: {
    view: { control: 'inline-radio', options: ['map', 'list'] },
    use: { control: 'text' },
    center: { control: 'text' },
    zoom: { control: 'number' },
    lang: { control: 'inline-radio', options: ['sv', 'en'] },
  },
  args: { view: 'map', use: '', center: '', lang: 'sv' },
  render: (args) =>
    html`<ok-venue-map
      src=${HALLAND}
      view=${args.view}
      use=${args.use}
      center=${args.center}
      lang=${args.lang}
      .zoom=${args.zoom}
    ></ok-venue-map>`,
} satisfies Meta;

type Story = StoryObj;

/** Halland's venues fitted on the map, clustered where they are close. */
export const MapView: Story = {};

/** The list view: the map's complete text alternative. */
export const List: Story = { args: { view: 'list' } };

/** Filtered to venues for sports and outdoor life. */
export const FilteredByUse: Story = { args: { use: 'sports outdoor' } };

/** `center` and `zoom` instead of fitting all venues. */
export const CenterAndZoom: Story = { args: { center: '56.674,12.858', zoom: 14 } };

/** A venue chosen: its details beside the map. */
export const Selected: Story = {
  render: () => html`<ok-venue-map src=${HALLAND} selected="v01"></ok-venue-map>`,
};

/** A venue chosen inside a cluster: lifted out with its own dark, ringed marker, centred; the cluster counts the rest. */
export const SelectedInCluster: Story = {
  render: () => html`<ok-venue-map src=${HALLAND} selected="v02"></ok-venue-map>`,
};

/** The list in name order, each row with a chevron that turns when its details are open. */
export const ListByName: Story = {
  render: () => html`<ok-venue-map src=${HALLAND} view="list" selected="v12"></ok-venue-map>`,
};

/** At 360 px: chip counts are badges centred on their label, not raised like footnotes. */
export const PhoneChips: Story = {
  render: () =>
    html`<div style="max-width: 360px"><ok-venue-map src=${HALLAND} view="list"></ok-venue-map></div>`,
};

/** In English. */
export const English: Story = { args: { lang: 'en' } };

/** Värmland's feed. */
export const Varmland: Story = {
  render: () => html`<ok-venue-map src=${VARMLAND}></ok-venue-map>`,
};

/** 10,000 venues: clustering keeps the map quick. */
export const TenThousand: Story = {
  render: () => html`<ok-venue-map src=${scattered(10000)}></ok-venue-map>`,
};

/** No tiles reachable: markers on a neutral background with a faint grid, a short message, the attribution still shown. */
export const NoTiles: Story = {
  render: () =>
    html`<ok-venue-map
      src=${HALLAND}
      tiles="https://invalid.example/{z}/{x}/{y}.png"
      attribution="Ingen karta"
    ></ok-venue-map>`,
};

/** Text that looks like HTML, a `javascript:` link and a feature without coordinates. */
export const HostileFeed: Story = {
  render: () => html`<ok-venue-map src=${HOSTILE}></ok-venue-map>`,
};

/** Inside `<ok-feed>`, sharing its feed. */
export const InsideFeed: Story = {
  render: () => html`<ok-feed src=${HALLAND}><ok-venue-map view="list"></ok-venue-map></ok-feed>`,
};

/** An `<ok-feed>` without `src` keeps its widgets loading: the skeleton, the map's size. */
export const Loading: Story = {
  render: () => html`<ok-feed><ok-venue-map></ok-venue-map></ok-feed>`,
};

export const LoadError: Story = {
  render: () => html`<ok-venue-map src=${MISSING}></ok-venue-map>`,
};

export const Empty: Story = {
  render: () => html`<ok-venue-map src=${EMPTY}></ok-venue-map>`,
};

/** The dark theme, set through the `--ok-*` tokens (the toolbar sets it for every story). */
export const Dark: Story = { parameters: { hostPage: { theme: 'dark' } } };

export const DarkEnglish: Story = { args: { lang: 'en' }, parameters: { hostPage: { theme: 'dark' } } };

/** A phone's width: the page's column at 360 px. */
export const Phone: Story = { parameters: { hostPage: { width: 360 } } };

/** The whole width of a 1280 px window. */
export const Wide: Story = { parameters: { hostPage: { width: 1280 } } };
