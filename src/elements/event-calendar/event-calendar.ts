import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Feed } from '../../feed/parse.js';
import { pickText } from '../../feed/text.js';
import { cssProps } from '../../internal/css-props.js';
import { emit } from '../../internal/events.js';
import { formatLongDate, formatMonth } from '../../internal/format.js';
import { OkElement } from '../../internal/ok-element.js';
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
import { styles } from './event-calendar.styles.js';
import * as strings from './event-calendar.strings.js';
import { renderDetails, when, type TypeInfo } from './event-details.js';
import { entry, renderGrid, type EntryContext, type GridContext } from './month-grid.js';

/** Narrower than this, the calendar opens as a list. */
const NARROW = 560;

/**
 * The agreement's events in a month grid (WAI-ARIA grid: arrow keys, Home/End, PageUp/PageDown)
 * or a list, filtered by type, with details of a chosen event and export to a calendar (.ics).
 * Days and times are those of the agreement's time zone wherever the reader is.
 *
 * @summary Shows the events in a month view and a list, with calendar export.
 * @fires ok-event-select - The user opened an event; detail: `{ id }`.
 * @fires ok-load - The feed loaded; detail: `{ feed, skipped }`.
 * @fires ok-error - The feed failed; detail: `{ error }`.
 * @csspart base - The wrapper of every state.
 * @csspart toolbar - The type filter, view switch and export button.
 * @csspart grid - The month grid.
 * @csspart event - One event entry in the grid, a day or the list.
 * @csspart list - The list view.
 * @csspart details - The chosen event's details.
 * @csspart export - The export buttons.
 * @cssprop --ok-color-accent - Today, buttons and chosen chips.
 * @cssprop --ok-color-surface-alt - Days of the neighbouring months.
 */
export class OkEventCalendar extends OkElement {
  static override styles = [...OkElement.styles, styles];

  /** `month` or `list`; absent: a list on narrow containers, else the month. */
  @property({ attribute: 'view' }) view: '' | 'month' | 'list' = '';

  /** Shows only events of this type id (`seminar`, `conference`, …). */
  @property({ attribute: 'type' }) type = '';

  /** The month shown, `2024-05`; absent: the month of today. */
  @property({ attribute: 'month' }) month = '';

  /** Lists past events too. */
  @property({ type: Boolean, attribute: 'show-past' }) showPast = false;

  /** The date counted as today, `2024-05-14`; absent: today in the agreement's time zone. */
  @property({ attribute: 'today' }) today = '';

  @state() private narrow = false;
  @state() private focusDay?: number;
  @state() private dayPanel?: number;
  @state() private openId?: string;
  @state() private announcement = '';

  #events?: { feed: Feed; all: CalEvent[] };
  #shown = 0;
  #filtered: CalEvent[] = [];
  #returnTo?: HTMLElement;
  readonly #resize = new ResizeObserver(([entry]) => {
    if (entry) this.narrow = entry.contentRect.width < NARROW;
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize.disconnect();
  }

  protected isEmpty(feed: Feed): boolean {
    return feed.events.length === 0;
  }

  protected override emptyText(): string {
    return strings[this.locale].empty;
  }

  get #t() {
    return strings[this.locale];
  }

  #type(feed: Feed, id = 'other'): TypeInfo {
    const own = feed.eventTypes.find((type) => type.id === id);
    return {
      name: (own && pickText(own.name, this.locale)) || this.#t.types[id] || id,
      color: own?.color ?? strings.typeColors[id],
    };
  }

  #todayDay(zone: string): number {
    const given = Date.parse(this.today);
    return /^\d{4}-\d{2}-\d{2}$/.test(this.today) && given ? given / DAY : dayOf(new Date(), zone);
  }

  /** Moves the grid's focus to `day`, changing (and announcing) the month when it leaves it. */
  async #go(day: number, focus: boolean) {
    const month = monthOf(day);
    if (month !== this.#shown) {
      const from = firstOfMonth(month);
      const to = firstOfMonth(month + 1);
      const count = this.#filtered.filter((e) => e.first < to && e.last >= from).length;
      this.month = monthKey(month);
      this.announcement = `${formatMonth(dayDate(from), this.locale, 'UTC')}, ${this.#t.count(count)}`;
    }
    this.focusDay = day;
    this.dayPanel = undefined;
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-day="${day}"]`)?.focus();
  }

  readonly #key = (e: KeyboardEvent) => {
    const cell = e.target as HTMLElement;
    if (!cell.dataset.day) return;
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
    else if (e.key === 'Enter' || e.key === ' ') void this.#showDay(day);
    else return;
    e.preventDefault();
  };

  /** Keeps the roving tab stop on the day a pointer or screen reader moved to. */
  readonly #focused = (e: FocusEvent) => {
    const day = (e.target as HTMLElement).dataset.day;
    if (day) this.focusDay = Number(day);
  };

  async #showDay(day: number) {
    this.focusDay = day;
    this.dayPanel = day;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.daylist .ev')?.focus();
  }

  async #open(ce: CalEvent, trigger: Event) {
    this.#returnTo = trigger.currentTarget as HTMLElement;
    this.openId = ce.event.id;
    emit(this, 'ok-event-select', { id: ce.event.id });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#details-title')?.focus();
  }

  async #close() {
    const back = this.openId ? this.#returnTo : undefined;
    this.openId = undefined;
    if (!back) this.dayPanel = undefined;
    await this.updateComplete;
    (back?.isConnected
      ? back
      : this.renderRoot.querySelector<HTMLElement>('[role=gridcell][tabindex="0"]')
    )?.focus();
  }

  async #export(events: CalEvent[], feed: Feed, name: string) {
    const { saveIcs } = await import('./ics.js');
    saveIcs(events, feed, this.locale, name);
  }

  protected renderFeed(feed: Feed): unknown {
    const t = this.#t;
    const { locale } = this;
    const zone = feed.timeZone;
    if (this.#events?.feed !== feed) this.#events = { feed, all: calEvents(feed) };
    const { all } = this.#events;
    const counts = new Map<string, number>();
    for (const e of all) counts.set(e.event.type ?? 'other', (counts.get(e.event.type ?? 'other') ?? 0) + 1);
    const list = (this.#filtered = this.type
      ? all.filter((e) => (e.event.type ?? 'other') === this.type)
      : all);
    const today = this.#todayDay(zone);
    const view = this.view || (this.narrow ? 'list' : 'month');
    const open = this.openId ? all.find((e) => e.event.id === this.openId) : undefined;
    const type = (id: string | undefined) => this.#type(feed, id);
    const ctx: EntryContext = { zone, locale, t, type, open: (ce, e) => void this.#open(ce, e) };
    const chip = (id: string, name: string, count: number, color?: string) =>
      html`<button
        type="button"
        class="chip"
        aria-pressed=${this.type === id}
        @click=${() => (this.type = id)}
      >
        ${color ? html`<span class="mark" ${cssProps({ '--c': color })}></span>` : nothing}${name}
        <span class="n">(${count})</span>
      </button>`;
    const viewChip = (id: 'month' | 'list', name: string) =>
      html`<button type="button" class="chip" aria-pressed=${view === id} @click=${() => (this.view = id)}>
        ${name}
      </button>`;
    const ids = new Set([
      ...feed.eventTypes.map((e) => e.id),
      ...Object.keys(strings.typeColors),
      ...counts.keys(),
    ]);
    return html`<div
        class="cal"
        @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && (this.openId || this.dayPanel) && this.#close()}
      >
        <div class="toolbar" part="toolbar">
          <div role="group" class="chips" aria-label=${t.filter}>
            ${chip('', t.all, all.length)}
            ${[...ids].filter((id) => counts.has(id)).map((id) => chip(id, type(id).name, counts.get(id)!, type(id).color))}
          </div>
          <div role="group" class="chips" aria-label=${t.view}>
            ${viewChip('month', t.month)} ${viewChip('list', t.list)}
          </div>
          <button
            type="button"
            class="button"
            part="export"
            @click=${() => this.#export(list, feed, feed.agreement?.id || 'kalender')}
          >
            ${t.exportAll}
          </button>
        </div>
        ${view === 'month' ? this.#renderMonth(list, ctx, today) : this.#renderList(list, ctx, today)}
        ${
          open
            ? renderDetails(open, {
                feed,
                locale,
                t,
                type,
                close: () => void this.#close(),
                exportOne: () => void this.#export([open], feed, open.event.id),
              })
            : nothing
        }
      </div>
      <div role="status" class="visually-hidden">${this.announcement}</div>`;
  }

  #renderMonth(list: CalEvent[], ctx: EntryContext, today: number) {
    const { t, locale } = ctx;
    const month = (this.#shown = /^\d{4}-(0[1-9]|1[0-2])$/.test(this.month)
      ? Number(this.month.slice(0, 4)) * 12 + Number(this.month.slice(5)) - 1
      : monthOf(today));
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
      days: byDay(list, start, start + weeks * 7 - 1),
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
        <h3 id="month-title">${formatMonth(dayDate(first), locale, 'UTC')}</h3>
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
              <h3 id="day-title">
                ${formatLongDate(dayDate(this.dayPanel!), locale, 'UTC', true)}: ${t.count(panel.length)}
              </h3>
              <ul>
                ${panel.map((ce) => html`<li>${entry(ce, grid, !ce.event.allDay && ce.first === this.dayPanel, 0)}</li>`)}
              </ul>
            </section>`
          : nothing
      }`;
  }

  #renderList(list: CalEvent[], ctx: EntryContext, today: number) {
    const { t, locale } = ctx;
    const shown = this.showPast ? list : list.filter((e) => e.last >= today);
    const groups = new Map<number, CalEvent[]>();
    for (const e of shown) {
      const month = monthOf(e.first);
      groups.set(month, [...(groups.get(month) ?? []), e]);
    }
    return html`<div class="list" part="list">
      <button
        type="button"
        class="chip"
        aria-pressed=${this.showPast}
        @click=${() => (this.showPast = !this.showPast)}
      >
        ${t.showPast}
      </button>
      ${
        shown.length
          ? [...groups].map(
              ([month, events]) =>
                html`<h3>${formatMonth(dayDate(firstOfMonth(month)), locale, 'UTC')}</h3>
                  <ul>
                    ${events.map(
                      (ce) =>
                        html`<li>
                          ${entry(ce, ctx, false, 0)}
                          <span class="meta"
                            >${when(ce, locale, ctx.zone)} · ${ctx.type(ce.event.type).name}</span
                          >
                        </li>`,
                    )}
                  </ul>`,
            )
          : html`<p class="none">${t.noUpcoming}</p>`
      }
    </div>`;
  }
}
