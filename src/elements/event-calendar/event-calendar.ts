import { property, state } from 'lit/decorators.js';
import type { Feed } from '../../feed/parse.js';
import { LazyView } from '../../internal/lazy-view.js';
import { OkElement } from '../../internal/ok-element.js';
import type { CalendarView } from './calendar-view.js';

/** Narrower than this, the calendar opens as a list. */
const NARROW = 560;

/** The grid, list, details and their styles load on first use, while the feed loads. */
const loadView = () => import('./calendar-view.js');

/**
 * The agreement's events in a month grid (WAI-ARIA grid: arrow keys, Home/End, PageUp/PageDown,
 * with Shift by year) or a list, filtered by type, with details of a chosen event and export to
 * a calendar (.ics). Inside an `<ok-feed>` or `<ok-agreement>`, a principle chosen in another
 * widget shows the events that name it (`principleIds`), with a button that shows all again.
 * Days and times are those of the agreement's time zone wherever the reader is. The views load
 * as a separate chunk while the feed loads, so pages without a calendar never fetch them.
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
 * @csspart principle - The line that names the principle whose events are shown.
 * @cssprop --ok-color-accent - Today, buttons and chosen chips.
 * @cssprop --ok-color-surface-alt - Days of the neighbouring months and event entries.
 * @cssprop --ok-color-border-light - The lines of the grid.
 */
export class OkEventCalendar extends OkElement {
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

  /** Neither follows nor clears the principle chosen in other widgets of the same `<ok-feed>` or `<ok-agreement>`. */
  @property({ type: Boolean, attribute: 'independent' }) independent = false;

  /** True when the container is too narrow for the month grid. */
  @state() narrow = false;

  /** @internal */
  protected override readonly lazy = new LazyView(this, loadView);
  #view?: CalendarView;
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

  /** @internal The principle chosen in another widget of the same feed, whose events are shown. */
  get principle(): string {
    return (!this.independent && this.sharedPrinciple) || '';
  }

  /** @internal Shows every principle's events again, in every widget of the same feed. */
  clearPrinciple(): void {
    this.sharePrinciple(undefined);
  }

  protected isEmpty(feed: Feed): boolean {
    return feed.events.length === 0;
  }

  protected override emptyText(): string {
    return this.lazy.module!.strings[this.locale].empty;
  }

  protected renderFeed(feed: Feed): unknown {
    this.#view ??= new this.lazy.module!.CalendarView(this);
    return this.#view.render(feed, this.locale, this.surface);
  }
}
