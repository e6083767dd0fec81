/**
 * 500 events in one month: the first render of `<ok-event-calendar>` (feed fetch, validation,
 * month grid) against FullCalendar 7's day-grid month view of the same events, in one run.
 * Time only: sizes come from `npm run size` (the calendar's entry and lazy chunks), to set against
 * `fullcalendar` + `fullcalendar/daygrid` + the classic theme, JS and CSS, minified and gzip -9.
 */
import { Calendar } from 'fullcalendar';
import dayGridPlugin from 'fullcalendar/daygrid';
import classicTheme from 'fullcalendar/themes/classic';
import skeletonCss from 'fullcalendar/skeleton.css?inline';
import themeCss from 'fullcalendar/themes/classic/theme.css?inline';
import paletteCss from 'fullcalendar/themes/classic/palette.css?inline';
import '../../src/elements/event-calendar/define.js';
import { feedUrl, median, middle, painted, present, report } from './measure.js';

const COUNT = 500;
const RUNS = 11;
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

const events = Array.from({ length: COUNT }, (_, i) => {
  const day = String(1 + (i % 31)).padStart(2, '0');
  const hour = String(8 + (i % 10)).padStart(2, '0');
  return {
    id: `e${i}`,
    title: `Träff ${i + 1} om samverkan`,
    type: TYPES[i % TYPES.length],
    start: `2024-05-${day}T${hour}:00:00+02:00`,
    end: `2024-05-${day}T${hour}:45:00+02:00`,
  };
});
const feed = { version: 1, agreement: { id: 'bench', name: 'Bench', timeZone: 'Europe/Stockholm' }, events };

const style = document.createElement('style');
style.textContent = skeletonCss + themeCss + paletteCss;
document.head.append(style);

const host = document.createElement('div');
document.body.append(host);

/** Milliseconds from the feed's `ok-load` (fetched and validated) to the painted grid, per timed run. */
const afterLoad: number[] = [];

/** Time to the painted month grid of our calendar, from a fresh feed URL (fetch and validation included). */
async function ours(src: string): Promise<void> {
  const el = document.createElement('ok-event-calendar');
  el.setAttribute('view', 'month');
  el.setAttribute('month', '2024-05');
  el.setAttribute('today', '2024-05-14');
  el.src = src;
  let loaded = 0;
  el.addEventListener('ok-load', () => (loaded = performance.now()), { once: true });
  host.append(el);
  await present([el.shadowRoot!], () => el.shadowRoot!.querySelector('[role=gridcell]'));
  await painted();
  afterLoad.push(performance.now() - loaded);
  el.remove();
}

/** Time to FullCalendar's painted month grid of the same events. */
async function fullCalendar(): Promise<void> {
  const el = document.createElement('div');
  host.append(el);
  const calendar = new Calendar(el, {
    plugins: [dayGridPlugin, classicTheme],
    initialView: 'dayGridMonth',
    initialDate: '2024-05-14',
    timeZone: 'Europe/Stockholm',
    firstDay: 1,
    weekNumbers: true,
    dayMaxEvents: 3,
    events: events.map((e) => ({ id: e.id, title: e.title, start: e.start, end: e.end })),
  });
  calendar.render();
  await painted();
  calendar.destroy();
  el.remove();
}

// One warm-up each, so both are timed with their code parsed and compiled; then turn about, so a
// busy machine slows both alike.
await ours(await feedUrl(feed));
await fullCalendar();
afterLoad.length = 0;
const times: Record<'ours' | 'fullCalendar', number[]> = { ours: [], fullCalendar: [] };
for (let i = 0; i < RUNS; i += 1) {
  times.ours.push(await median(1, ours, () => feedUrl(feed)));
  times.fullCalendar.push(await median(1, fullCalendar));
}
const oursMs = middle(times.ours);
const oursAfterLoadMs = middle(afterLoad);
const fullCalendarMs = middle(times.fullCalendar);
report({
  events: COUNT,
  runs: RUNS,
  firstRenderMs: { okEventCalendar: oursMs, fullCalendar: fullCalendarMs },
  // Our part after the feed is fetched, parsed and validated: the calendar's own work.
  okEventCalendarAfterLoadMs: oursAfterLoadMs,
  ratio: Math.round((oursMs / fullCalendarMs) * 100) / 100,
});
