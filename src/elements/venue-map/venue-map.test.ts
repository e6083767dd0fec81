import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  atNextTurn,
  expectAccessible,
  feedUrl,
  heard,
  overflows,
  sampleFeed,
  serveFeed,
  TILES,
  unbrokenFeed,
  uniqueKey,
  until,
} from '../../../tests/helpers.js';
import type { Feed } from '../../feed/parse.js';
import type { LoadDetail } from '../../internal/events.js';
import '../feed/define.js';
import './define.js';
import { OkVenueMap } from './venue-map.js';
import { VenueView } from './venue-view.js';
import { nextTurn } from '../../internal/when-needed.js';
import Supercluster from 'supercluster';

/** Tiles that all answer 404, for the case of a tile server that is down. */
const NO_TILES = '/test-api/feed/no-tile-{z}-{x}-{y}';

function venue(id: string, lon: number, lat: number, properties: Record<string, unknown> = {}) {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { name: `Lokal ${id}`, ...properties },
  };
}

/** Three venues far apart and five in one block of Halmstad, which cluster at the fitted zoom. */
const VENUES = [
  venue('gbg', 14.64, 63.18, {
    name: 'Folkets hus Östersund',
    host: 'Folkets hus',
    uses: ['meeting', 'party'],
  }),
  venue('sthlm', 18.07, 59.33, { name: 'Kulturhuset', host: 'Kulturföreningen', uses: ['culture'] }),
  venue('lulea', 22.15, 65.58, { name: 'Idrottshallen', address: 'Storgatan 1, Luleå', uses: ['sports'] }),
  ...[0, 1, 2, 3, 4].map((i) =>
    venue(`h${i}`, 12.857 + i * 0.0004, 56.674, { name: `Halmstadlokal ${i}`, uses: ['meeting'] }),
  ),
];
/** The venue map story's scatter over southern Sweden. */
const SCATTER = Array.from({ length: 2000 }, (_, i) =>
  venue(`s${i}`, 11.5 + ((i * 7919) % 6000) / 1000, 55.5 + ((i * 104729) % 5000) / 1000),
);
const collection = (features: unknown[]) => ({ type: 'FeatureCollection', features });

type EngineModule = typeof import('./map-engine.js');
/** Settles the held download of the map engine: it fails, or it loads. */
let settleEngine: (fail: boolean) => void = () => undefined;

/** A map whose engine chunk downloads only when the test says, and may fail. */
class OkHeldEngineMap extends OkVenueMap {
  #view: VenueView | undefined;

  protected override renderFeed(feed: Feed): unknown {
    this.#view ??= new VenueView(
      this,
      () =>
        new Promise<EngineModule>((resolve, reject) => {
          settleEngine = (fail) => (fail ? reject(new Error('offline')) : resolve(import('./map-engine.js')));
        }),
    );
    return this.#view.render(feed, this.locale);
  }
}
customElements.define('ok-held-engine-map', OkHeldEngineMap);

const root = (el: Element) => el.shadowRoot!;
const markers = (el: Element, kind = '') => [
  ...root(el).querySelectorAll<HTMLElement>(`.leaflet-marker-icon${kind}`),
];
const labels = (el: Element, kind = '') => markers(el, kind).map((m) => m.getAttribute('aria-label'));
const status = (el: Element) => root(el).querySelector('p.status')!.textContent!.trim();
/** Each chip's text as a screen reader has it (the visible count is hidden from it), and its state. */
const chips = (el: Element) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('.chip')].map((c) => ({
    text: heard(c),
    pressed: c.getAttribute('aria-pressed'),
  }));
const items = (el: Element) =>
  [...root(el).querySelectorAll('.list .item .name')].map((n) => n.textContent!.trim());
const active = (el: Element) => root(el).activeElement as HTMLElement | null;

async function venueMap(
  attrs: Record<string, string> = {},
  features: unknown[] = VENUES,
  extra: Record<string, unknown> = {},
): Promise<OkVenueMap> {
  const el = document.createElement('ok-venue-map');
  el.setAttribute('tiles', TILES);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.src = feedUrl(sampleFeed({ venues: collection(features), ...extra }));
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.append(el);
  if (el.view === 'list') await until(() => root(el).querySelector('.list'), 'the list shows');
  else await until(() => markers(el).length > 0, 'the map shows markers');
  return el;
}

describe('<ok-venue-map>', () => {
  it('shows an accessible skeleton while the feed loads', async () => {
    const url = await serveFeed(uniqueKey(), { json: sampleFeed(), hold: true });
    const el = await fixture<OkVenueMap>(html`<ok-venue-map tiles=${TILES} src=${url}></ok-venue-map>`);
    expect(root(el).querySelector('[part=skeleton]')).to.exist;
    await expectAccessible(el);
  });

  it('shows an accessible error with retry, and an empty state', async () => {
    const url = await serveFeed(uniqueKey(), { status: 500, body: '' });
    const el = await fixture<OkVenueMap>(html`<ok-venue-map tiles=${TILES} src=${url}></ok-venue-map>`);
    await until(() => root(el).querySelector('[part=error]'), 'error shown');
    expect(root(el).querySelector('[part=retry]')).to.exist;
    await expectAccessible(el);
    const empty = await fixture<OkVenueMap>(
      html`<ok-venue-map
        tiles=${TILES}
        src=${feedUrl(sampleFeed({ venues: collection([]) }))}
      ></ok-venue-map>`,
    );
    await until(() => root(empty).querySelector('[part=empty]'), 'empty shown');
    await expectAccessible(empty);
  });

  it('draws named, keyboard-reachable markers and clusters that show their count', async () => {
    const el = await venueMap();
    expect(labels(el, '.ok-venue')).to.have.members([
      'Folkets hus Östersund',
      'Kulturhuset',
      'Idrottshallen',
    ]);
    const [cluster] = markers(el, '.ok-cluster');
    expect(cluster!.getAttribute('aria-label')).to.equal('5 lokaler');
    expect(cluster!.textContent!.trim()).to.equal('5');
    for (const marker of markers(el)) {
      expect(marker.getAttribute('role')).to.equal('button');
      expect(marker.tabIndex).to.equal(0);
    }
    const map = root(el).querySelector('.leaflet-container')!;
    expect(map.getAttribute('aria-label')).to.equal('Karta över lokalerna');
    expect(root(el).getElementById(map.getAttribute('aria-describedby')!)!.textContent).to.contain(
      'Piltangenterna flyttar kartan',
    );
    await expectAccessible(el);
    root(el).querySelector<HTMLElement>('.control:last-child')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(active(el)!.getAttribute('aria-label'), 'the zoom buttons, then the map').to.equal(
      'Karta över lokalerna',
    );
    await sendKeys({ press: 'Tab' });
    expect(active(el)!.classList.contains('leaflet-marker-icon'), 'Tab reaches a marker').to.equal(true);
    expect(getComputedStyle(active(el)!).outlineStyle, 'with visible focus').to.equal('solid');
  });

  it('names clusters in English', async () => {
    const el = await venueMap({ lang: 'en' });
    expect(labels(el, '.ok-cluster')).to.deep.equal(['5 venues']);
    expect(status(el)).to.equal('8 venues shown');
    el.lang = 'sv';
    await el.updateComplete;
    expect(labels(el, '.ok-cluster')).to.deep.equal(['5 lokaler']);
  });

  it('zooms into a cluster activated from the keyboard, and focus stays on the map', async () => {
    const el = await venueMap();
    markers(el, '.ok-cluster')[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await until(
      () =>
        !labels(el).includes('5 lokaler') &&
        labels(el).some((l) => /^Halmstadlokal|^[1-4] lokaler$/.test(l ?? '')),
      'the cluster opens into smaller ones and venues',
    );
    expect(labels(el), 'zoomed in past the far venues').to.not.include('Kulturhuset');
    await until(() => active(el)?.classList.contains('leaflet-marker-icon'), 'a marker has focus');
  });

  it('shows the map with markers where no tiles load, and always the attribution', async () => {
    const el = await venueMap({ tiles: NO_TILES });
    await until(() => root(el).querySelector('.leaflet-tile'), 'tiles requested');
    expect(markers(el)).to.have.length(4);
    expect(root(el).querySelector('[part=attribution]')!.textContent!.trim()).to.equal('© OpenStreetMap');
    el.attribution = 'Kartdata © Lantmäteriet';
    await el.updateComplete;
    expect(root(el).querySelector('[part=attribution]')!.textContent!.trim()).to.equal(
      'Kartdata © Lantmäteriet',
    );
    // A dark page that themes the widget keeps the credit readable.
    el.parentElement!.style.background = '#15161a';
    const dark = {
      surface: '#15161a',
      text: '#f2f2f4',
      muted: '#b8b8c2',
      accent: '#8ab4f8',
      'on-accent': '#15161a',
    };
    for (const [token, value] of Object.entries(dark)) el.style.setProperty(`--ok-color-${token}`, value);
    el.style.setProperty('--ok-venue-map-background', '#2a2c33');
    await expectAccessible(el);
  });

  it('keeps every cluster off the numbers of the others', async () => {
    // At a few zooms.
    const el = await venueMap({}, SCATTER);
    const overlaps = () => {
      const clusters = markers(el, '.ok-cluster');
      const found: string[] = [];
      for (const a of clusters) {
        const n = a.querySelector('span')!.getBoundingClientRect();
        for (const b of clusters) {
          const box = b.getBoundingClientRect();
          const covers =
            b !== a && box.left < n.right && box.right > n.left && box.top < n.bottom && box.bottom > n.top;
          if (covers) found.push(`${b.textContent} covers ${a.textContent}`);
        }
      }
      return found;
    };
    for (const zoom of [6, 7, 8]) {
      el.zoom = zoom;
      await until(() => markers(el, '.ok-cluster').length > 1, `clusters at zoom ${zoom}`);
      expect(overlaps(), `at zoom ${zoom}`).to.deep.equal([]);
    }
  });

  it('says so over a plain background when tiles fail, and no more once they load', async () => {
    const el = await venueMap({ tiles: NO_TILES });
    const message = () => root(el).querySelector('.tiles-failed')!.textContent!.trim();
    await until(() => message(), 'the failure is said');
    expect(message()).to.equal('Kartbilden kunde inte hämtas. Lokalerna visas ändå.');
    expect(root(el).querySelector('.tiles-failed')!.getAttribute('role')).to.equal('status');
    await expectAccessible(el);
    el.tiles = TILES;
    await until(() => !message(), 'the message goes once tiles load');
  });

  it('lifts a chosen venue out of its cluster and centres the map on it', async () => {
    const el = await venueMap({ selected: 'h2' });
    await until(() => labels(el, '.ok-cluster').join() === '4 lokaler', 'the cluster counts the others');
    expect(labels(el, '.is-selected')).to.deep.equal(['Halmstadlokal 2']);
    const canvas = root(el).querySelector('.canvas')!.getBoundingClientRect();
    const centre = (box: DOMRect) => [box.left + box.width / 2, box.top + box.height / 2];
    const [x, y] = centre(canvas);
    await until(() => {
      const [mx, my] = centre(markers(el, '.is-selected')[0]!.getBoundingClientRect());
      return Math.abs(mx! - x!) < 2 && Math.abs(my! - y!) < 2;
    }, 'the chosen venue is in the centre of the map');
    expect(
      getComputedStyle(markers(el, '.is-selected')[0]!).backgroundColor,
      'not the error red',
    ).to.not.equal('rgb(179, 38, 30)');
    el.selected = '';
    await until(() => labels(el, '.ok-cluster').join() === '5 lokaler', 'back in its cluster once closed');
  });

  it('lists venues by name, each row with a chevron that turns when open', async () => {
    const el = await venueMap({ view: 'list' });
    expect(items(el)).to.deep.equal([
      'Folkets hus Östersund',
      ...[0, 1, 2, 3, 4].map((i) => `Halmstadlokal ${i}`),
      'Idrottshallen',
      'Kulturhuset',
    ]);
    const chevron = () => root(el).querySelector('.item[data-id="lulea"] .chevron')!;
    expect(getComputedStyle(chevron()).transform).to.equal('none');
    root(el).querySelector<HTMLButtonElement>('.item[data-id="lulea"]')!.click();
    await el.updateComplete;
    await until(() => getComputedStyle(chevron()).transform !== 'none', 'the chevron turns');
  });

  it('lets center and zoom override fitting all venues', async () => {
    const el = await venueMap({ center: '59.33,18.07', zoom: '12' });
    expect(labels(el)).to.deep.equal(['Kulturhuset']);
    root(el).querySelector<HTMLButtonElement>('.control[aria-label="Visa alla lokaler"]')!.click();
    await until(() => labels(el).length === 4, 'the fit button shows every venue');
    el.zoom = 11;
    await el.updateComplete;
    await until(() => labels(el).join() === 'Kulturhuset', 'the attributes apply again');
    el.center = 'not a place';
    el.setAttribute('zoom', 'near');
    await el.updateComplete;
    await until(() => labels(el).length === 4, 'back to all venues fitted');
  });

  it('builds the index of a feed once: not again when the view moves, nor for a filter shown before', async () => {
    const load = Supercluster.prototype.load;
    let built = 0;
    Supercluster.prototype.load = function (this: Supercluster, points: Parameters<typeof load>[0]) {
      built += 1;
      return load.call(this, points);
    };
    try {
      const el = await venueMap();
      expect(built, 'once for the feed').to.equal(1);
      el.center = '59.33,18.07';
      el.zoom = 12;
      await until(() => labels(el).join() === 'Kulturhuset', 'the view moved');
      el.center = '';
      el.zoom = undefined;
      await until(() => labels(el).length === 4, 'all venues fitted again');
      expect(built, 'the view moved, the venues did not').to.equal(1);
      el.use = 'culture';
      await until(() => labels(el).join() === 'Kulturhuset', 'only the culture venue');
      expect(built, 'once for a new filter').to.equal(2);
      el.use = '';
      await until(() => labels(el).length === 4, 'every venue again');
      el.use = 'culture';
      await until(() => labels(el).join() === 'Kulturhuset', 'the culture venue again');
      expect(built, 'filters shown before keep their index').to.equal(2);
    } finally {
      Supercluster.prototype.load = load;
    }
  });

  it('builds the index of many venues in a task before the one that makes the map', async () => {
    const load = Supercluster.prototype.load;
    const mapMade: boolean[] = [];
    Supercluster.prototype.load = function (this: Supercluster, points: Parameters<typeof load>[0]) {
      const map = document.querySelector('ok-venue-map')?.shadowRoot?.querySelector('.leaflet-container');
      mapMade.push(Boolean(map));
      return load.call(this, points);
    };
    try {
      const el = await venueMap({}, SCATTER);
      expect(mapMade, 'one index, built before the map was made').to.deep.equal([false]);
      expect(markers(el, '.ok-cluster').length).to.be.above(0);
    } finally {
      Supercluster.prototype.load = load;
    }
  });

  it('builds the index of many venues a zoom a task, with the clusters supercluster builds in one go', async () => {
    const { buildIndex, clusterIndex, CLUSTERING } = await import('./map-engine.js');
    const venues = SCATTER.map((feature) => ({
      id: feature.id,
      name: feature.properties.name as string,
      lon: feature.geometry.coordinates[0]!,
      lat: feature.geometry.coordinates[1]!,
    }));
    const prototype = Supercluster.prototype as unknown as {
      _cluster(tree: unknown, zoom: number): unknown;
      _createTree(data: unknown): unknown;
    };
    const { _cluster: cluster, _createTree: createTree } = prototype;
    const seen: string[] = [];
    // Urgent work the page queued: it runs at the first turn the build gives.
    const queue = () => atNextTurn(() => seen.push('turn'));
    prototype._cluster = function (tree, zoom) {
      seen.push(`zoom ${zoom}`);
      queue();
      return cluster.call(this, tree, zoom);
    };
    prototype._createTree = function (data) {
      seen.push('tree');
      queue();
      return createTree.call(this, data);
    };
    try {
      await buildIndex(venues, nextTurn);
    } finally {
      Object.assign(prototype, { _cluster: cluster, _createTree: createTree });
    }
    const zooms = Array.from({ length: 17 }, (_, i) => 16 - i);
    // The points' tree, then each zoom's clusters and their tree, a turn after each step but the
    // last, which ends the build.
    expect(seen).to.deep.equal(
      ['tree', 'turn', ...zooms.flatMap((zoom) => [`zoom ${zoom}`, 'turn', 'tree', 'turn'])].slice(0, -1),
    );
    const whole = new Supercluster(CLUSTERING).load(
      venues.map((v) => ({
        type: 'Feature',
        properties: {},
        geometry: { type: 'Point', coordinates: [v.lon, v.lat] },
      })),
    );
    const clusters = (index: Supercluster, zoom: number) =>
      index
        .getClusters([-180, -85, 180, 85], zoom)
        .map((c) => `${c.geometry.coordinates.join()} ${c.properties.point_count ?? 1}`)
        .sort();
    for (const zoom of [...zooms, 17, 18]) {
      expect(clusters(clusterIndex(venues), zoom), `zoom ${zoom}`).to.deep.equal(clusters(whole, zoom));
    }
  });

  it('makes the map in a task after the one that renders its frame, draws its venues in the next, then its tiles', async () => {
    const seen: string[] = [];
    const steps = {
      canvas: '.canvas',
      map: '.leaflet-container',
      markers: '.leaflet-marker-icon',
      tiles: '.leaflet-tile',
    };
    const el = document.createElement('ok-venue-map');
    el.setAttribute('tiles', TILES);
    el.src = feedUrl(sampleFeed({ venues: collection(VENUES) }));
    const watch = new MutationObserver(() => {
      for (const [step, selector] of Object.entries(steps)) {
        if (seen.includes(step) || !root(el).querySelector(selector)) continue;
        seen.push(step);
        // Urgent work the page queued: it runs at the first turn the widget gives.
        atNextTurn(() => seen.push(`turn after ${step}`));
      }
    });
    (await fixture<HTMLElement>(html`<div></div>`)).append(el);
    watch.observe(el.shadowRoot!, { childList: true, subtree: true, attributes: true });
    await until(() => seen.includes('turn after tiles'), 'the tiles are drawn');
    watch.disconnect();
    expect(seen).to.deep.equal([
      'canvas',
      'turn after canvas',
      'map',
      'turn after map',
      'markers',
      'turn after markers',
      'tiles',
      'turn after tiles',
    ]);
  });

  it('makes the map for the canvas on the page, when the list replaced it while the map was being made', async () => {
    const el = document.createElement('ok-venue-map');
    el.setAttribute('tiles', TILES);
    el.src = feedUrl(sampleFeed({ venues: collection(VENUES) }));
    (await fixture<HTMLElement>(html`<div></div>`)).append(el);
    let first: Element | null = null;
    // The list replaces the frame as soon as the frame is rendered with the map's code loaded,
    // before the map can be made.
    const watch = new MutationObserver(() => {
      if (!root(el).querySelector('[part=map-skeleton]')) first ??= root(el).querySelector('.canvas');
      if (first) el.view = 'list';
    });
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    await until(() => root(el).querySelector('.list'), 'the list shows');
    watch.disconnect();
    expect(first, 'a frame was rendered').not.to.equal(null);
    expect(root(el).querySelector('.canvas'), 'the list replaced it').to.equal(null);
    el.view = 'map';
    await until(() => markers(el).length === 4, 'the map shows markers');
    const canvas = root(el).querySelector('.canvas')!;
    expect(canvas, 'a new frame').not.to.equal(first);
    expect(canvas.classList.contains('leaflet-container'), 'the map is in this frame').to.equal(true);
  });

  it('makes no map for a widget taken off the page while the index of its venues is built', async () => {
    const load = Supercluster.prototype.load;
    const el = document.createElement('ok-venue-map');
    el.setAttribute('tiles', TILES);
    el.src = feedUrl(sampleFeed({ venues: collection(SCATTER) }));
    let built = false;
    Supercluster.prototype.load = function (this: Supercluster, points: Parameters<typeof load>[0]) {
      el.remove();
      built = true;
      return load.call(this, points);
    };
    try {
      (await fixture<HTMLElement>(html`<div></div>`)).append(el);
      await until(() => built, 'the index was built');
      await el.updateComplete;
      expect(root(el).querySelector('.leaflet-container')).to.equal(null);
    } finally {
      Supercluster.prototype.load = load;
    }
  });

  it('keeps the markers that stay in view when the view moves', async () => {
    const el = await venueMap({ center: '56.674,12.858', zoom: '18' });
    const marker = markers(el, '.ok-venue').find((m) => m.getAttribute('aria-label') === 'Halmstadlokal 1')!;
    const left = marker.getBoundingClientRect().left;
    el.center = '56.674,12.8582';
    await until(() => !marker.isConnected || marker.getBoundingClientRect().left !== left, 'the map moved');
    expect(marker.isConnected, 'the same marker').to.equal(true);
    expect(marker.getAttribute('aria-label')).to.equal('Halmstadlokal 1');
  });

  it('zooms by moving and relabelling the markers it has, making new ones only where it needs more', async () => {
    const el = await venueMap({ center: '57.5,14.5', zoom: '7' }, SCATTER);
    const before = markers(el);
    const shown = labels(el).join();
    root(el).querySelector<HTMLButtonElement>('.control[aria-label="Zooma in"]')!.click();
    await until(
      () => labels(el).join() !== shown || markers(el).some((m) => !before.includes(m)),
      'the map zoomed',
    );
    for (const kind of ['.ok-venue', '.ok-cluster']) {
      const had = before.filter((m) => m.matches(kind)).length;
      const made = markers(el, kind).filter((m) => !before.includes(m)).length;
      expect(made, `new ${kind} markers`).to.equal(Math.max(0, markers(el, kind).length - had));
    }
    for (const cluster of markers(el, '.ok-cluster')) {
      // Each marker shown anew says and sizes its own count.
      const count = Number(cluster.textContent);
      expect(cluster.getAttribute('aria-label')).to.equal(`${count} lokaler`);
      expect(cluster.style.width).to.equal(`${count < 100 ? 36 : count < 1000 ? 42 : 48}px`);
    }
  });

  it('draws only the markers in view, and those whose edge shows', async () => {
    const el = await venueMap({ center: '59.33,18.07', zoom: '14' });
    expect(labels(el)).to.deep.equal(['Kulturhuset']);
    const width = root(el).querySelector('.canvas')!.clientWidth;
    const perDegree = (256 * 2 ** 14) / 360;
    /** Puts Kulturhuset `px` beyond the map's right edge. */
    const beyond = (px: number) => {
      el.center = `59.33,${18.07 - (width / 2 + px) / perDegree}`;
    };
    beyond(100);
    await until(() => labels(el).length === 0, 'a venue 100 px outside the map is not drawn');
    beyond(8);
    await until(() => labels(el).join() === 'Kulturhuset', 'one whose edge shows is drawn');
  });

  it('takes its venues from an enclosing <ok-feed>', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<ok-feed src=${feedUrl(sampleFeed({ venues: collection(VENUES) }))}>
        <ok-venue-map view="list" tiles=${TILES}></ok-venue-map>
      </ok-feed>`,
    );
    const el = wrapper.querySelector('ok-venue-map')!;
    await until(() => items(el).length === VENUES.length, 'the shared feed is listed');
  });

  it('skips broken features, reports them in ok-load, and shows the rest', async () => {
    const el = document.createElement('ok-venue-map');
    el.tiles = TILES;
    el.view = 'list';
    el.src = feedUrl(
      sampleFeed({
        venues: collection([
          venue('ok', 12.86, 56.67),
          { type: 'Feature', id: 'no-geometry', properties: { name: 'Utan plats' } },
          venue('far', 12.86, 95),
          {
            type: 'Feature',
            id: 'line',
            geometry: { type: 'LineString', coordinates: [[1, 2]] },
            properties: { name: 'Linje' },
          },
          venue('ok2', 13.0, 56.9),
        ]),
      }),
    );
    const loaded = oneEvent(el, 'ok-load');
    (await fixture<HTMLElement>(html`<div></div>`)).append(el);
    const { detail } = (await loaded) as CustomEvent<LoadDetail>;
    expect(detail.skipped.map((s) => s.path)).to.deep.equal([
      'venues.features[1]',
      'venues.features[2]',
      'venues.features[3]',
    ]);
    await until(() => items(el).length === 2, 'the good venues listed');
    expect(items(el)).to.deep.equal(['Lokal ok', 'Lokal ok2']);
  });

  it('filters by use with chips that show counts, and by the use attribute', async () => {
    const el = await venueMap({}, VENUES, {
      venueUses: [{ id: 'party', name: { sv: 'Fester', en: 'Parties' } }],
    });
    expect(chips(el)).to.deep.equal([
      { text: 'Fester (1 lokal)', pressed: 'false' },
      { text: 'Möten (6 lokaler)', pressed: 'false' },
      { text: 'Kultur (1 lokal)', pressed: 'false' },
      { text: 'Idrott (1 lokal)', pressed: 'false' },
    ]);
    root(el).querySelectorAll<HTMLButtonElement>('.chip')[2]!.click();
    await el.updateComplete;
    expect(el.use).to.equal('culture');
    expect(status(el)).to.equal('1 lokal visas');
    await until(() => labels(el).join() === 'Kulturhuset', 'only the culture venue on the map');
    el.setAttribute('use', 'sports,party');
    await el.updateComplete;
    expect(chips(el).map((c) => c.pressed)).to.deep.equal(['true', 'false', 'false', 'true']);
    await until(() => labels(el).length === 2, 'two venues');
    expect(labels(el)).to.have.members(['Folkets hus Östersund', 'Idrottshallen']);
    await expectAccessible(el);
    el.view = 'list';
    await el.updateComplete;
    expect(items(el), 'the list shows what the map shows').to.have.members(labels(el));
    expect(status(el)).to.equal('2 lokaler visas');
  });

  it('names uses whose ids are names every object has by their ids', async () => {
    const uses = ['constructor', 'toString', '__proto__'];
    const el = await venueMap({}, [venue('a', 12.85, 56.67, { uses })]);
    expect(chips(el).map((c) => c.text)).to.deep.equal([
      'constructor (1 lokal)',
      'toString (1 lokal)',
      '__proto__ (1 lokal)',
    ]);
    expect(root(el).textContent).not.to.contain('native code');
  });

  it('searches name, host and address, ignoring case and accents', async () => {
    const el = await venueMap({ view: 'list' });
    const input = root(el).querySelector<HTMLInputElement>('input[type=search]')!;
    const search = async (text: string) => {
      input.value = text;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      return items(el);
    };
    expect(await search('kultur')).to.deep.equal(['Kulturhuset']);
    expect(await search('folkets')).to.deep.equal(['Folkets hus Östersund']);
    expect(await search('FÖRENINGEN')).to.deep.equal(['Kulturhuset']);
    expect(await search('storgatan luleå')).to.deep.equal(['Idrottshallen']);
    expect(await search('ostersund')).to.deep.equal(['Folkets hus Östersund']);
    expect(await search('ingenting')).to.deep.equal([]);
    await until(
      () => status(el) === 'Inga lokaler matchar filtret.',
      'the status follows once typing pauses',
    );
    expect(chips(el)[0]!.text).to.equal('Möten (0 lokaler)');
  });

  it('shows the details of a venue chosen on the map, with guarded links', async () => {
    const features = [
      venue('full', 12.86, 56.67, {
        name: { sv: 'Föreningsgården', en: 'The club house' },
        host: 'Byalaget',
        address: 'Byvägen 2, Harplinge',
        uses: ['meeting', 'youth', 'boules'],
        capacity: 1200,
        accessible: true,
        description: 'Stor sal och kök.',
        url: 'https://example.org/garden',
        bookingUrl: 'javascript:alert(1)',
        email: 'boka@example.org',
        phone: '035-13 71 00',
      }),
      venue('other', 13.5, 57.5),
    ];
    const el = await venueMap({}, features);
    const selected = oneEvent(el, 'ok-venue-select');
    markers(el, '.ok-venue')
      .find((m) => m.getAttribute('aria-label') === 'Föreningsgården')!
      .click();
    expect((await selected).detail).to.deep.equal({ id: 'full' });
    await el.updateComplete;
    const panel = root(el).querySelector<HTMLElement>('.panel')!;
    expect(panel.querySelector('h3')!.textContent).to.equal('Föreningsgården');
    const facts = [...panel.querySelectorAll('dl > div')].map((d) =>
      [...d.children].map((c) => c.textContent!.trim()).join(' '),
    );
    expect(facts).to.deep.equal([
      'Drivs av Byalaget',
      'Adress Byvägen 2, Harplinge',
      'Passar för Möten, Unga, boules',
      'Kapacitet 1\u00a0200 personer',
      'Tillgänglighet Tillgänglighetsanpassad',
    ]);
    expect(panel.querySelector('.description')!.textContent).to.equal('Stor sal och kök.');
    const links = [...panel.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Webbplats', 'https://example.org/garden'],
      ['E-post: boka@example.org', 'mailto:boka@example.org'],
      ['Telefon: 035-13 71 00', 'tel:035137100'],
    ]);
    expect(root(el).querySelector('[href^="javascript"]')).to.equal(null);
    await expectAccessible(el);
  });

  it('closes the details on Escape and returns focus to the marker', async () => {
    const el = await venueMap();
    const marker = markers(el, '.ok-venue').find((m) => m.getAttribute('aria-label') === 'Kulturhuset')!;
    marker.focus();
    const selected = oneEvent(el, 'ok-venue-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.id).to.equal('sthlm');
    await until(() => active(el)?.classList.contains('panel'), 'the panel takes focus');
    expect(el.selected).to.equal('sthlm');
    expect(marker.classList.contains('is-selected')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('.panel')).to.equal(null);
    await until(() => active(el)?.getAttribute('aria-label') === 'Kulturhuset', 'focus back on the marker');
  });

  it('returns focus to the cluster that holds a closed venue', async () => {
    const el = await venueMap({ selected: 'h2' });
    expect(labels(el, '.is-selected')).to.deep.equal(['Halmstadlokal 2']);
    root(el).querySelector<HTMLElement>('.panel .close')!.focus();
    await sendKeys({ press: 'Escape' });
    await until(() => active(el)?.getAttribute('aria-label') === '5 lokaler', 'focus on its cluster');
    expect(labels(el, '.ok-venue')).to.not.include('Halmstadlokal 2');
  });

  it('fires ok-venue-select on user choice only', async () => {
    const el = await venueMap();
    let fired = 0;
    el.addEventListener('ok-venue-select', () => (fired += 1));
    el.selected = 'gbg';
    el.view = 'list';
    el.use = 'meeting';
    await el.updateComplete;
    expect(root(el).querySelector('.item-details')).to.exist;
    expect(fired).to.equal(0);
    root(el).querySelectorAll<HTMLButtonElement>('.item')[1]!.click();
    expect(fired).to.equal(1);
  });

  it('lists every venue the filters let through, with the same details, in pages', async () => {
    const many = Array.from({ length: 230 }, (_, i) => venue(`m${i}`, 11 + (i % 40) * 0.1, 56 + i * 0.01));
    const el = await venueMap({ view: 'list' }, many);
    expect(items(el)).to.have.length(200);
    const more = root(el).querySelector<HTMLButtonElement>('.more')!;
    expect(more.textContent!.trim()).to.equal('Visa fler (30 till)');
    more.click();
    await el.updateComplete;
    expect(items(el)).to.have.length(230);
    expect(active(el)!.textContent, 'focus on the first venue shown').to.contain('Lokal m200');
    expect(root(el).querySelector('.more')).to.equal(null);
    expect(root(el).querySelector('.leaflet-container'), 'no map drawn for the list').to.equal(null);
    await expectAccessible(el);
  });

  it('lists a venue chosen on the map with its details, however far down it is', async () => {
    const many = Array.from({ length: 230 }, (_, i) => venue(`m${i}`, 11 + (i % 40) * 0.1, 56 + i * 0.01));
    const el = await venueMap({ view: 'list', selected: 'm220' }, many);
    expect(items(el)).to.have.length(221);
    expect(root(el).querySelector('.item[aria-expanded=true]')!.textContent).to.contain('Lokal m220');
    expect(root(el).querySelector('.more')!.textContent!.trim()).to.equal('Visa fler (9 till)');
  });

  it('opens details in the list, closes them on Escape back to the item, and shows a venue on the map', async () => {
    const el = await venueMap({ view: 'list' });
    const item = () => root(el).querySelector<HTMLButtonElement>('.item[data-id="lulea"]')!;
    item().focus();
    const selected = oneEvent(el, 'ok-venue-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.id).to.equal('lulea');
    await el.updateComplete;
    expect(item().getAttribute('aria-expanded')).to.equal('true');
    const details = root(el).querySelector('.item-details')!;
    expect(details.textContent).to.contain('Storgatan 1, Luleå');
    await expectAccessible(el);
    details.querySelector('button')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(item().getAttribute('aria-expanded')).to.equal('false');
    expect(active(el)).to.equal(item());

    item().click();
    await el.updateComplete;
    item().focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(item().getAttribute('aria-expanded'), 'Escape on the item closes it too').to.equal('false');

    item().click();
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('.item-details button')!.click();
    await el.updateComplete;
    expect(el.view).to.equal('map');
    await until(() => active(el)?.getAttribute('aria-label') === 'Idrottshallen', 'its marker has focus');
    expect(active(el)!.classList.contains('is-selected')).to.equal(true);
    expect(root(el).querySelector('.panel h3')!.textContent).to.equal('Idrottshallen');
  });

  it('toggles between map and list with visible pressed buttons', async () => {
    const el = await venueMap();
    const toggles = () => [...root(el).querySelectorAll<HTMLButtonElement>('[part=view-toggle]')];
    expect(toggles().map((b) => [b.textContent!.trim(), b.getAttribute('aria-pressed')])).to.deep.equal([
      ['Karta', 'true'],
      ['Lista', 'false'],
    ]);
    toggles()[1]!.click();
    await el.updateComplete;
    expect(el.view).to.equal('list');
    expect(items(el)).to.have.length(VENUES.length);
    expect(root(el).querySelector<HTMLElement>('.map-layout')!.hidden).to.equal(true);
    toggles()[0]!.click();
    await el.updateComplete;
    expect(root(el).querySelector<HTMLElement>('.map-layout')!.hidden).to.equal(false);
    expect(root(el).querySelector('.list')).to.equal(null);
  });

  it('shows XSS-looking names as text', async () => {
    const name = '<img src=x onerror="window.hacked=1">';
    const el = await venueMap({}, [
      venue('x', 12.86, 56.67, { name, host: '<b>bold</b>' }),
      venue('y', 14, 58),
    ]);
    expect(labels(el)).to.include(name);
    el.view = 'list';
    await el.updateComplete;
    expect(items(el)).to.include(name);
    expect(root(el).querySelector('img[src=x], b')).to.equal(null);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('shows a hint instead of zooming when the wheel turns without Ctrl', async () => {
    const el = await venueMap();
    const canvas = root(el).querySelector('.leaflet-container')!;
    const wheel = new WheelEvent('wheel', { deltaY: -100, bubbles: true, cancelable: true });
    canvas.dispatchEvent(wheel);
    expect(wheel.defaultPrevented, 'the page scrolls').to.equal(false);
    await el.updateComplete;
    expect(root(el).querySelector('.hint')!.textContent).to.match(/Håll ned (Ctrl|⌘) och scrolla/);
    const zoomed = new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true });
    canvas.dispatchEvent(zoomed);
    expect(zoomed.defaultPrevented, 'Ctrl+wheel zooms the map').to.equal(true);
  });

  it('leaves one-finger touch to the page, with a hint to use two fingers', async () => {
    const el = await venueMap({ lang: 'en' });
    const canvas = root(el).querySelector<HTMLElement>('.leaflet-container')!;
    expect(getComputedStyle(canvas).touchAction).to.equal('pan-x pan-y');
    const touch = new Touch({ identifier: 1, target: canvas, clientX: 100, clientY: 100 });
    canvas.dispatchEvent(new TouchEvent('touchmove', { touches: [touch], bubbles: true }));
    await el.updateComplete;
    expect(root(el).querySelector('.hint')!.textContent!.trim()).to.equal('Use two fingers to move the map');
    await expectAccessible(el);
  });

  it('loads the map engine when the list switches to the map, and draws it again when moved', async () => {
    const el = await venueMap({ view: 'list', selected: 'sthlm' });
    expect(root(el).querySelector('.leaflet-container')).to.equal(null);
    el.view = 'map';
    await until(() => markers(el).length > 0, 'the map draws');
    const moved = await fixture<HTMLElement>(html`<section></section>`);
    moved.append(el);
    await until(() => markers(el).length > 0, 'the map draws again');
    expect(root(el).querySelectorAll('.leaflet-map-pane'), 'one map').to.have.length(1);
    expect(markers(el, '.is-selected').map((m) => m.getAttribute('aria-label'))).to.deep.equal([
      'Kulturhuset',
    ]);
    expect(root(el).querySelector('.panel h3')!.textContent).to.equal('Kulturhuset');
  });

  it('draws the map once a hidden host shows it', async () => {
    const tab = await fixture<HTMLElement>(
      html`<div hidden>
        <ok-venue-map
          tiles=${TILES}
          src=${feedUrl(sampleFeed({ venues: collection(VENUES) }))}
        ></ok-venue-map>
      </div>`,
    );
    const el = tab.querySelector('ok-venue-map')!;
    await until(() => root(el).querySelector('.leaflet-container'), 'the map is set up while hidden');
    tab.hidden = false;
    await until(() => labels(el).length === 4, 'every venue fitted once shown');
  });

  it('draws two maps on one page, each in its own language', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <ok-venue-map
          tiles=${TILES}
          src=${feedUrl(sampleFeed({ venues: collection(VENUES) }))}
        ></ok-venue-map>
        <ok-venue-map
          tiles=${TILES}
          lang="en"
          src=${feedUrl(sampleFeed({ venues: collection(VENUES) }))}
        ></ok-venue-map>
      </div>`,
    );
    const [sv, en] = wrapper.querySelectorAll('ok-venue-map');
    await until(() => markers(sv!).length && markers(en!).length, 'both maps draw');
    expect(labels(sv!, '.ok-cluster')).to.deep.equal(['5 lokaler']);
    expect(labels(en!, '.ok-cluster')).to.deep.equal(['5 venues']);
  });

  it('shows the list when the map engine fails to load, and the map on retry', async () => {
    const el = document.createElement('ok-held-engine-map') as OkVenueMap;
    el.tiles = TILES;
    el.src = feedUrl(sampleFeed({ venues: collection(VENUES) }));
    (await fixture<HTMLElement>(html`<div></div>`)).append(el);
    await until(() => root(el).querySelector('[part=map-skeleton]'), 'the map skeleton');
    await expectAccessible(el);
    settleEngine(true);
    await until(() => items(el).length === VENUES.length, 'every venue listed');
    const toggles = () =>
      [...root(el).querySelectorAll('[part=view-toggle]')].map((b) => b.getAttribute('aria-pressed'));
    expect(toggles(), 'the list is what is shown').to.deep.equal(['false', 'true']);
    expect(root(el).querySelector('.state')!.textContent).to.contain('Kartan kunde inte laddas');
    await expectAccessible(el);
    root(el).querySelector<HTMLButtonElement>('.state button')!.click();
    await el.updateComplete;
    settleEngine(false);
    await until(() => markers(el).length > 0, 'the map draws');
    expect(toggles()).to.deep.equal(['true', 'false']);
    expect(root(el).querySelector('.state')).to.equal(null);
  });

  it('leaves innerHTML to the browser once Leaflet has loaded, or failed to', async () => {
    await venueMap();
    expect(Object.hasOwn(HTMLDivElement.prototype, 'innerHTML')).to.equal(false);
    // A fresh copy of the guard, followed by a Leaflet that throws while it evaluates.
    const guard = new URL('./leaflet-guard.ts?leaflet-throws', import.meta.url).href;
    const source = `import '${guard}'; throw new Error('Leaflet failed');`;
    const failing = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    let error: unknown;
    await import(failing).catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('Leaflet failed');
    expect(Object.hasOwn(HTMLDivElement.prototype, 'innerHTML')).to.equal(false);
  });

  for (const [view, width] of [
    ['map', '320px'],
    ['map', '800px'],
    ['list', '320px'],
  ]) {
    it(`wraps unbreakable feed text, chips included, in a ${width} ${view}`, async () => {
      const el = document.createElement('ok-venue-map');
      Object.assign(el, { tiles: TILES, view, selected: 'v0', src: feedUrl(unbrokenFeed()) });
      (await fixture<HTMLElement>(html`<div style="width: ${width}"></div>`)).append(el);
      if (view === 'map') await until(() => root(el).querySelector('.panel h3'), 'the details show');
      else await until(() => root(el).querySelector('.item-details'), 'the details show');
      // Leaflet places its panes and markers itself, inside the map's clipped box.
      expect(overflows(el, '.leaflet-container')).to.deep.equal([]);
    });
  }
});
