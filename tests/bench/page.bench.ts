/**
 * A page with all six widgets sharing one feed, as a region's page would have them, one under
 * the other in a 1000 × 800 px window: the demo's Halland feed, or with `?data=large` the same
 * feed with 10,000 signatories, 10,000 venues and 500 events. `run.js` slows the CPU 4× (as
 * Lighthouse does for phones). Reports total blocking time (the part over 50 ms of every task,
 * summed) and the longest task, from appending the widgets until every widget has drawn its
 * content and the page has been quiet for a second.
 */
import halland from '../../demo/feeds/halland.json';
import '../../src/ok-widgets.js';
import { feedUrl, painted, present, report } from './measure.js';

const large = new URLSearchParams(location.search).get('data') === 'large';
const many = <T>(count: number, make: (i: number) => T) => Array.from({ length: count }, (_, i) => make(i));
const feed = large
  ? {
      ...halland,
      signatories: many(10_000, (i) => ({
        id: `s${i}`,
        name: `Förening ${i + 1}`,
        sector: ['civil', 'public', 'other'][i % 3],
        municipality: ['Halmstad', 'Varberg', 'Laholm'][i % 3],
        signedAt: `${2019 + (i % 6)}-05-14`,
      })),
      venues: {
        type: 'FeatureCollection',
        features: many(10_000, (i) => ({
          type: 'Feature',
          id: `v${i}`,
          geometry: {
            type: 'Point',
            coordinates: [11.5 + ((i * 7919) % 7000) / 1000, 55.5 + ((i * 104729) % 5000) / 1000],
          },
          properties: { name: `Lokal ${i + 1}`, uses: ['meeting'] },
        })),
      },
      events: many(500, (i) => ({
        id: `e${i}`,
        title: `Träff ${i + 1}`,
        type: 'meeting',
        start: `2026-05-${String(1 + (i % 31)).padStart(2, '0')}T10:00:00+02:00`,
      })),
    }
  : halland;
const month = String(feed.events[0]!.start).slice(0, 7);

const tasks: PerformanceEntry[] = [];
new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({
  type: 'longtask',
  buffered: true,
});

const src = await feedUrl(feed);
const start = performance.now();
const page = document.createElement('ok-feed');
page.setAttribute('src', src);
page.innerHTML = `
  <ok-signatory-count></ok-signatory-count>
  <ok-principle-wheel></ok-principle-wheel>
  <ok-commitment-tracker></ok-commitment-tracker>
  <ok-event-calendar view="month" month="${month}"></ok-event-calendar>
  <ok-venue-map tiles="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></ok-venue-map>
  <ok-signatory-list searchable></ok-signatory-list>`;
document.body.append(page);

/** Every widget shows its content: no skeleton, and the map its markers and tiles. */
const drawn = () =>
  [...page.children].every((el) => {
    const root = el.shadowRoot;
    if (!root?.querySelector('.root') || root.querySelector('[part=skeleton], [part=map-skeleton]'))
      return false;
    return (
      el.localName !== 'ok-venue-map' ||
      (root.querySelector('.leaflet-marker-icon') && root.querySelector('.leaflet-tile'))
    );
  });
await present(
  [...page.children].map((el) => el.shadowRoot!),
  drawn,
);
const drawnMs = performance.now() - start;
await painted();
// Quiet for a second: idle-time work and the last long tasks are in.
let seen = -1;
while (seen !== tasks.length) {
  seen = tasks.length;
  await new Promise((resolve) => setTimeout(resolve, 1000));
}

// Every task that ends after the clock started: the one appending the widgets counts whole, with
// its upgrades and first renders, though it began a moment before the clock.
const ours = tasks.filter((task) => task.startTime + task.duration > start);
const round = (ms: number) => Math.round(ms);
report({
  data: large ? '10k signatories, 10k venues, 500 events' : 'Halland',
  allDrawnMs: round(drawnMs),
  totalBlockingTimeMs: round(ours.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0)),
  longestTaskMs: round(Math.max(0, ...ours.map((task) => task.duration))),
  longTasks: ours.length,
});
