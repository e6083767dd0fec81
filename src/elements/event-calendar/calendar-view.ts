import { html, nothing } from 'lit';
import type { Feed } from '../../feed/parse.js';
import { pickText, type Locale } from '../../feed/text.js';
import { standOut } from '../../internal/contrast.js';
import { cssProps } from '../../internal/css-props.js';
import { emit } from '../../internal/events.js';
import { formatLongDate, formatMonth } from '../../internal/format.js';
import { heading } from '../../internal/heading.js';
import { failed, load, renderLoadFailure } from '../../internal/lazy.js';
import * as baseStrings from '../../internal/strings.js';
import { ownEntry } from '../../internal/strings.js';
import {
  DAY,
  addMonths,
  byDay,
  calEvents,
  dayDate,
  dayOf,
  firstOfMonth,
  monthKey,
  monthOf,
  weekday,
  type CalEvent,
} from './days.js';
import type { OkEventCalendar } from './event-calendar.js';
import { renderChips } from '../../internal/chips.js';
import { renderSwitch } from '../../internal/switch.js';
import { styles } from './event-calendar.styles.js';
import * as strings from './event-calendar.strings.js';
import { renderDetails, when, type TypeInfo } from './event-details.js';
import { entry, renderGrid, type EntryContext, type GridContext } from './month-grid.js';

/** The .ics writer, loaded on the first export. */
const loadIcs = () => import('./save-ics.js');

/** Width of the details beside a day of the month, in em (or the calendar's, when narrower). */
const BESIDE = 22;

/** A phone's screen, where the details of a month's event open as a dialog. */
const phone = () => matchMedia('(max-width: 35em)').matches;

/** Where the open event's details sit beside its day in the month (px in `.cal`), or that they are a dialog. */
type Place = { id: string; month: number; left: number; top: number } | { id: string; dialog: true };

/**
 * Everything the calendar shows once its feed is there: the month grid, the list, the type
 * filter and the details, with the state of the user's moves between them. Loaded lazily by
 * `<ok-event-calendar>`, which keeps the public properties.
 */
export class CalendarView {
  /** The day with the grid's tab stop. */
  focusDay?: number;
  /** The day whose events are listed below the grid. */
  dayPanel?: number;
  /** The event whose details are open. */
  openId?: string;
  /** The live region's text: the month moved to. */
  announcement = '';
  locale: Locale = 'sv';

  #events?: { feed: Feed; all: CalEvent[] };
  /** The events of the chosen principle and type, and their index by day, built once for each. */
  #chosen?: {
    every: CalEvent[];
    key: string;
    all: CalEvent[];
    list: CalEvent[];
    days: Map<number, CalEvent[]>;
  };
  /** The surface the type colours must stand out from. */
  #surface = '#ffffff';
  #shown = 0;
  #filtered: CalEvent[] = [];
  #returnTo?: HTMLElement;
  #place?: Place;
  /** An export whose code failed to load: which button (`all` or an event id) and how to try again. */
  #failedExport?: { from: string; retry: () => void };

  constructor(readonly host: OkEventCalendar) {}

  async #refresh() {
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  #find(selector: string) {
    return this.host.renderRoot.querySelector<HTMLElement>(selector);
  }

  get #t() {
    return strings[this.locale];
  }

  #type(feed: Feed, id = 'other'): TypeInfo {
    const own = feed.eventTypes.find((type) => type.id === id);
    const color = own?.color ?? ownEntry(strings.typeColors, id);
    return {
      name: (own && pickText(own.name, this.locale)) || ownEntry(this.#t.types, id) || id,
      color: color && standOut(color, this.#surface),
    };
  }

  #todayDay(zone: string): number {
    const given = Date.parse(this.host.today);
    return /^\d{4}-\d{2}-\d{2}$/.test(this.host.today) && given ? given / DAY : dayOf(new Date(), zone);
  }

  /** Moves the grid's focus to `day`, changing (and announcing) the month when it leaves it. */
  async #go(day: number, focus: boolean) {
    const month = monthOf(day);
    if (month !== this.#shown) {
      const from = firstOfMonth(month);
      const to = firstOfMonth(month + 1);
      const count = this.#filtered.filter((e) => e.first < to && e.last >= from).length;
      this.host.month = monthKey(month);
      // The details sat beside a day that is no longer shown.
      if (this.#place && 'month' in this.#place) this.openId = undefined;
      this.announcement = `${formatMonth(dayDate(from), this.locale, 'UTC')}, ${this.#t.count(count)}`;
    }
    this.focusDay = day;
    this.dayPanel = undefined;
    await this.#refresh();
    if (focus) this.#find(`[data-day="${day}"]`)?.focus();
  }

  /** The grid's keys, also from an entry in a cell (where focus returns from the details). */
  readonly #key = (e: KeyboardEvent) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[role=gridcell]');
    if (!cell) return;
    const day = Number(cell.dataset.day);
    const moves: Record<string, number> = {
      ArrowLeft: -1,
      ArrowRight: 1,
      ArrowUp: -7,
      ArrowDown: 7,
      Home: -weekday(day),
      End: 6 - weekday(day),
    };
    const months = e.shiftKey ? 12 : 1;
    const next =
      e.key in moves
        ? day + moves[e.key]!
        : e.key === 'PageUp'
          ? addMonths(day, -months)
          : e.key === 'PageDown'
            ? addMonths(day, months)
            : undefined;
    if (next !== undefined) void this.#go(next, true);
    else if (cell === e.target && (e.key === 'Enter' || e.key === ' ')) void this.#showDay(day);
    else return;
    // Neither the page's scrolling nor its own shortcuts (a slideshow's arrows) take the key too.
    e.preventDefault();
    e.stopPropagation();
  };

  /** Keeps the roving tab stop on the day a pointer or screen reader moved to. */
  readonly #focused = (e: FocusEvent) => {
    const day = (e.target as HTMLElement).closest<HTMLElement>('[role=gridcell]')?.dataset.day;
    if (day) this.focusDay = Number(day);
    this.host.requestUpdate();
  };

  async #showDay(day: number) {
    this.focusDay = day;
    this.dayPanel = day;
    await this.#refresh();
    this.#find('.daylist .ev')?.focus();
  }

  /** Opens the event of the entry clicked (in the grid, a day's list or the list). */
  readonly #choose = (e: Event) => {
    const from = (e.target as Element).closest<HTMLElement>('.ev[data-id]');
    const ce = from && this.#events?.all.find((c) => c.event.id === from.dataset.id);
    if (ce) void this.#open(ce, from);
  };

  async #open(ce: CalEvent, from: HTMLElement) {
    this.#returnTo = from;
    this.openId = ce.event.id;
    this.#place = this.#placeBeside(ce.event.id, from);
    emit(this.host, 'ok-event-select', { id: ce.event.id });
    await this.#refresh();
    this.host.renderRoot.querySelector('dialog')?.showModal();
    this.#find('[part=details]')?.focus();
  }

  /**
   * Where the details of an entry in the month go: right of its day, else left of it, else under
   * it; on a phone, a dialog. Measured before they show, so they never jump.
   */
  #placeBeside(id: string, from: HTMLElement): Place | undefined {
    const day = from.closest('[role=gridcell]');
    const cal = this.#find('.cal');
    if (!day || !cal) return undefined;
    if (phone()) return { id, dialog: true };
    const box = cal.getBoundingClientRect();
    const cell = day.getBoundingClientRect();
    const gap = 8;
    const width = Math.min(BESIDE * parseFloat(getComputedStyle(cal).fontSize), box.width);
    let left = cell.right - box.left + gap;
    let top = cell.top - box.top;
    if (left + width > box.width) left = cell.left - box.left - gap - width;
    if (left < 0) {
      left = Math.min(Math.max(0, cell.left - box.left), box.width - width);
      top = cell.bottom - box.top + gap;
    }
    return { id, month: this.#shown, left, top };
  }

  /** Escape closes the details, then the day's list, and goes no further: a dialog around the calendar stays open. */
  readonly #escape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || (!this.openId && this.dayPanel === undefined)) return;
    e.preventDefault();
    e.stopPropagation();
    void this.#close();
  };

  async #close() {
    const back = this.openId ? this.#returnTo : undefined;
    this.openId = undefined;
    if (!back) this.dayPanel = undefined;
    await this.#refresh();
    (back?.isConnected ? back : this.#find('[role=gridcell][tabindex="0"]'))?.focus();
  }

  async #export(events: CalEvent[], feed: Feed, name: string, from: string) {
    const ics = await load(loadIcs);
    this.#failedExport = ics ? undefined : { from, retry: () => void this.#export(events, feed, name, from) };
    this.host.requestUpdate();
    ics?.saveIcs(events, feed, this.locale, name);
  }

  /** Beside the export button `from`: why its last click saved nothing, with a retry. */
  #exportFailure(from: string): unknown {
    const failure = this.#failedExport;
    if (failure?.from !== from || !failed(loadIcs)) return nothing;
    return renderLoadFailure(this.#t.exportFailed, baseStrings[this.locale].retry, failure.retry);
  }

  /** The calendar for a loaded feed, in `locale`. */
  render(feed: Feed, locale: Locale, surface: string): unknown {
    this.locale = locale;
    this.#surface = surface;
    const t = this.#t;
    const zone = feed.timeZone;
    if (this.#events?.feed !== feed) this.#events = { feed, all: calEvents(feed) };
    const { all: every } = this.#events;
    // A principle chosen elsewhere narrows the events only where events name principles at all.
    const principle = every.some((e) => e.event.principleIds?.length)
      ? feed.principles.find((p) => p.id === this.host.principle)
      : undefined;
    const typeOf = (e: CalEvent) => e.event.type ?? 'other';
    const key = `${principle?.id ?? ''}\0${this.host.type}`;
    if (this.#chosen?.every !== every || this.#chosen.key !== key) {
      const all = principle ? every.filter((e) => e.event.principleIds?.includes(principle.id)) : every;
      const list = this.host.type ? all.filter((e) => typeOf(e) === this.host.type) : all;
      this.#chosen = { every, key, all, list, days: byDay(list) };
    }
    const { all, list, days } = this.#chosen;
    this.#filtered = list;
    const today = this.#todayDay(zone);
    const view =
      (['month', 'list'] as const).find((v) => v === this.host.view) ?? (this.host.narrow ? 'list' : 'month');
    const month = (this.#shown = this.#month(today));
    // What the user sees is what the chips count and the export button exports: the list hides
    // past events, the month shows its own.
    const [from, to] = [firstOfMonth(month), firstOfMonth(month + 1)];
    const seen = (e: CalEvent) =>
      view === 'list' ? this.host.showPast || e.last >= today : e.first < to && e.last >= from;
    const counts = new Map<string, number>();
    const kinds = new Set(all.map(typeOf));
    for (const e of all.filter(seen)) counts.set(typeOf(e), (counts.get(typeOf(e)) ?? 0) + 1);
    const shown = list.filter(seen);
    const open = this.openId ? every.find((e) => e.event.id === this.openId) : undefined;
    // Each entry asks for its type's name and colour: work them out once per type and render.
    const types = new Map<string | undefined, TypeInfo>();
    const type = (id: string | undefined) => {
      let info = types.get(id);
      if (!info) types.set(id, (info = this.#type(feed, id)));
      return info;
    };
    const ctx: EntryContext = { zone, locale, t, type };
    const details =
      open &&
      renderDetails(open, {
        feed,
        locale,
        headingLevel: this.host.headingLevel + 1,
        t,
        type,
        close: () => void this.#close(),
        exportOne: () => void this.#export([open], feed, open.event.id, open.event.id),
        exportFailure: this.#exportFailure(open.event.id),
        inline: view === 'list',
      });
    const ids = [
      ...new Set([...feed.eventTypes.map((e) => e.id), ...Object.keys(strings.typeColors), ...kinds]),
    ].filter((id) => kinds.has(id));
    const filters: [id: string, name: string, count: number, color?: string][] = [
      ['', t.all, [...counts.values()].reduce((sum, n) => sum + n, 0)],
      ...ids.map((id): [string, string, number, string?] => [
        id,
        type(id).name,
        counts.get(id) ?? 0,
        type(id).color,
      ]),
    ];
    const chip = ([id, name, count, color]: (typeof filters)[number]) => ({
      label: name,
      count: String(count),
      pressed: this.host.type === id,
      choose: () => (this.host.type = id),
      before: color && html`<span class="mark" ${cssProps({ '--c': color })}></span>`,
    });
    // A narrow calendar folds its type chips into one control, so the calendar starts high.
    const typeFilter = this.host.narrow
      ? html`<label class="type-select">
          <span class="visually-hidden">${t.filter}</span>
          <select @change=${(e: Event) => (this.host.type = (e.target as HTMLSelectElement).value)}>
            ${filters.map(
              ([id, name, count]) =>
                html`<option value=${id} ?selected=${this.host.type === id}>${name} (${count})</option>`,
            )}
          </select>
        </label>`
      : renderChips(t.filter, filters.map(chip));
    return html`<div class="cal" @keydown=${this.#escape} @click=${this.#choose}>
        <div class="toolbar" part="toolbar">
          ${typeFilter}
          ${renderSwitch(
            t.view,
            (['month', 'list'] as const).map((id) => ({
              label: id === 'month' ? t.month : t.list,
              pressed: view === id,
              choose: () => (this.host.view = id),
            })),
          )}
          ${
            shown.length
              ? html`<button
                  type="button"
                  class="button"
                  part="export"
                  @click=${() => this.#export(shown, feed, feed.agreement?.id || 'kalender', 'all')}
                >
                  ${t.exportAll(shown.length)}
                </button>`
              : nothing
          }
        </div>
        ${
          principle
            ? html`<p class="principle" part="principle">
                ${t.forPrinciple.replace('{name}', pickText(principle.name, locale))} —
                <button type="button" class="link" @click=${() => this.host.clearPrinciple()}>
                  ${t.showAll}
                </button>
              </p>`
            : nothing
        }
        ${this.#exportFailure('all')}
        ${
          view === 'month'
            ? [this.#renderMonth(days, ctx, today), this.#beside(details, month)]
            : this.#renderList(shown, ctx, details)
        }
      </div>
      <div role="status" class="visually-hidden">${this.announcement}</div>`;
  }

  /** The month shown: the `month` attribute, else today's. */
  #month(today: number): number {
    const given = /^\d{4}-(0[1-9]|1[0-2])$/.test(this.host.month);
    return given
      ? Number(this.host.month.slice(0, 4)) * 12 + Number(this.host.month.slice(5)) - 1
      : monthOf(today);
  }

  /** The month's open details: beside their day, in a dialog on a phone, else under the grid. */
  #beside(details: unknown, month: number): unknown {
    const place = this.#place;
    if (!details || !place || place.id !== this.openId) return details;
    if ('dialog' in place) {
      return html`<dialog
        class="sheet"
        aria-labelledby="details-title"
        @cancel=${(e: Event) => {
          e.preventDefault();
          void this.#close();
        }}
      >
        ${details}
      </dialog>`;
    }
    if (place.month !== month) return details;
    return html`<div class="beside" ${cssProps({ '--left': `${place.left}px`, '--top': `${place.top}px` })}>
      ${details}
    </div>`;
  }

  #renderMonth(days: Map<number, CalEvent[]>, ctx: EntryContext, today: number) {
    const { t, locale } = ctx;
    const month = this.#shown;
    const first = firstOfMonth(month);
    const start = first - weekday(first);
    const weeks = Math.ceil((firstOfMonth(month + 1) - start) / 7);
    let focus = this.focusDay;
    if (focus === undefined || focus < start || focus >= start + weeks * 7) {
      focus = monthOf(today) === month ? today : first;
    }
    const grid: GridContext = {
      ...ctx,
      month,
      start,
      weeks,
      focus,
      today,
      days,
      showDay: (day) => void this.#showDay(day),
      key: this.#key,
      focused: this.#focused,
    };
    const panel = this.dayPanel === undefined ? [] : (grid.days.get(this.dayPanel) ?? []);
    return html`<div class="nav">
        <button
          type="button"
          class="button"
          aria-label=${t.prev}
          @click=${() => this.#go(addMonths(focus, -1), false)}
        >
          ‹
        </button>
        ${heading(this.host.headingLevel, formatMonth(dayDate(first), locale, 'UTC'), { id: 'month-title' })}
        <button type="button" class="button" @click=${() => this.#go(today, false)}>${t.today}</button>
        <button
          type="button"
          class="button"
          aria-label=${t.next}
          @click=${() => this.#go(addMonths(focus, 1), false)}
        >
          ›
        </button>
      </div>
      ${renderGrid(grid)}
      ${
        panel.length
          ? html`<section class="daylist" aria-labelledby="day-title">
              ${heading(
                this.host.headingLevel + 1,
                `${formatLongDate(dayDate(this.dayPanel!), locale, 'UTC', true)}: ${t.count(panel.length)}`,
                { id: 'day-title' },
              )}
              <ul>
                ${panel.map((ce) => html`<li>${entry(ce, grid, !ce.event.allDay && ce.first === this.dayPanel, 0)}</li>`)}
              </ul>
            </section>`
          : nothing
      }`;
  }

  /** The list, with the open event's details under its entry (or at the end, when it is not listed). */
  #renderList(shown: CalEvent[], ctx: EntryContext, details: unknown) {
    const { t, locale } = ctx;
    const groups = new Map<number, CalEvent[]>();
    for (const e of shown) {
      const month = monthOf(e.first);
      groups.set(month, [...(groups.get(month) ?? []), e]);
    }
    return html`<div class="list" part="list">
      <button
        type="button"
        class="chip"
        aria-pressed=${this.host.showPast}
        @click=${() => (this.host.showPast = !this.host.showPast)}
      >
        ${t.showPast}
      </button>
      ${
        shown.length
          ? [...groups].map(
              ([month, events]) =>
                html`${heading(this.host.headingLevel, formatMonth(dayDate(firstOfMonth(month)), locale, 'UTC'))}
                  <ul>
                    ${events.map(
                      (ce) =>
                        html`<li>
                          ${entry(ce, ctx, false, 0)}
                          <span class="meta"
                            >${when(ce, locale, ctx.zone)} · ${ctx.type(ce.event.type).name}</span
                          >
                          ${ce.event.id === this.openId ? details : nothing}
                        </li>`,
                    )}
                  </ul>`,
            )
          : html`<p class="none">${this.host.showPast ? t.empty : t.noUpcoming}</p>`
      }
      ${shown.some((ce) => ce.event.id === this.openId) ? nothing : details}
    </div>`;
  }
}

export { strings, styles };
