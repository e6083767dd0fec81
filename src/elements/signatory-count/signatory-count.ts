import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Feed } from '../../feed/parse.js';
import { formatNumber } from '../../internal/format.js';
import { failed, load, loaded, renderLoadFailure } from '../../internal/lazy.js';
import { OkElement } from '../../internal/ok-element.js';
import * as baseStrings from '../../internal/strings.js';
import { styles } from './signatory-count.styles.js';
import * as strings from './signatory-count.strings.js';
import type { Sector } from './signatory-count.strings.js';

/** The chart, loaded the first time a widget asks for it. */
const loadChart = () => import('./chart.js');

/**
 * The number of organisations that have signed (those without `leftAt`), as "48 organisationer
 * har skrivit under", optionally of one sector, with progress toward a goal and growth by year.
 * With `refresh`, a changed number counts up and is announced once to screen readers. A feed
 * without signatories says that none has signed yet (with the goal, if any), or shows nothing
 * with `hide-zero`.
 *
 * @summary Shows the live number of signatories, a goal and growth by year.
 * @slot - Text after the number instead of the default label.
 * @fires ok-load - A feed (or a changed feed) was loaded. Detail: `{ feed, skipped }`.
 * @fires ok-error - Loading or refreshing failed. Detail: `{ error }`.
 * @csspart base - The wrapper of every state.
 * @csspart number - The number.
 * @csspart label - The text after the number.
 * @csspart goal - The goal's label and progress bar.
 * @csspart progress - The progress bar (`<progress>`), as wide as the widget.
 * @csspart goal-text - The goal's label, "Mål: 60".
 * @csspart chart - The growth chart with its caption, as wide as the widget.
 * @cssprop --ok-signatory-count-size - Font size of the number (default 3.5em).
 * @cssprop --ok-color-accent - Colour of the number, the progress bar and the chart.
 */
export class OkSignatoryCount extends OkElement {
  static override styles = [...OkElement.styles, styles];

  /** Count only one sector: `civil`, `public` or `other`; absent: all. */
  @property({ attribute: 'sector' }) sector: Sector = '';

  /** A number of signatories to show progress toward. */
  @property({ attribute: 'goal', type: Number, reflect: true }) goal?: number;

  /** Show growth as a chart of the signatories at each year's end (and a table for screen readers). */
  @property({ attribute: 'chart', type: Boolean, reflect: true }) chart = false;

  /** Text after the number instead of "organisationer har skrivit under"; slotted text wins. */
  @property({ attribute: 'label' }) label = '';

  /** Show nothing while the number is 0. */
  @property({ attribute: 'hide-zero', type: Boolean }) hideZero = false;

  /** The number in the last feed, and what it counted (`src|agreement|sector`). */
  #count = 0;
  #counted?: string;
  /** The number on screen while counting up. */
  #shown?: number;
  #frame = 0;
  /** The live region's text: set only when a refresh changed the number. */
  #announcement = '';

  get #sector(): Sector {
    return Object.hasOwn(strings.sv.nouns, this.sector) ? this.sector : '';
  }

  #signatories(feed: Feed) {
    return feed.signatories.filter((s) => !this.#sector || s.sector === this.#sector);
  }

  #label(n: number): string {
    const t = strings[this.locale];
    const form = n === 1 ? 0 : 1;
    return this.textContent?.trim() || this.label || `${t.nouns[this.#sector][form]} ${t.signed[form]}`;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.#frame);
    this.#shown = undefined;
  }

  protected override willUpdate(): void {
    super.willUpdate();
    const state = this.feedState;
    if (state.status !== 'ready') return;
    const count = this.#signatories(state.feed).filter((s) => !s.leftAt).length;
    const counted = `${this.src}|${state.feed.agreement?.id}|${this.#sector}`;
    if (count === this.#count && counted === this.#counted) return;
    cancelAnimationFrame(this.#frame);
    const from = this.#shown ?? this.#count;
    this.#shown = undefined;
    // A new count of the same thing came with a refresh; another feed, agreement or sector is not news.
    if (counted === this.#counted) {
      this.#announcement = `${formatNumber(count, this.locale)} ${this.#label(count)}`;
      if (!matchMedia('(prefers-reduced-motion: reduce)').matches) this.#countUp(from, count);
    }
    this.#count = count;
    this.#counted = counted;
  }

  /** Shows the numbers from `from` to `to` over a second, easing out. */
  #countUp(from: number, to: number): void {
    let start: number | undefined;
    const step = (now: number) => {
      start ??= now;
      const p = Math.min((now - start) / 1000, 1);
      this.#shown = p < 1 ? Math.round(from + (to - from) * (1 - (1 - p) ** 3)) : undefined;
      if (p < 1) this.#frame = requestAnimationFrame(step);
      this.requestUpdate();
    };
    this.#shown = from;
    this.#frame = requestAnimationFrame(step);
  }

  // No signatories yet is said in words, not as a 0 over an empty chart; `hide-zero` hides it.
  protected isEmpty(): boolean {
    return this.#count === 0 && !this.hideZero;
  }

  protected override emptyText(): string {
    const t = strings[this.locale];
    const goal = this.goal ?? 0;
    const none = t.none(t.nouns[this.#sector][0]);
    return goal > 0 ? `${none} ${t.goal} ${formatNumber(goal, this.locale)}.` : none;
  }

  // The live region lives outside the states, so that it is there, empty, before anything changes
  // and stays the same node while an enclosing <ok-feed> reloads.
  protected override render(): TemplateResult {
    return html`${super.render()}
      <p class="visually-hidden" role="status" lang=${this.locale}>${this.#announcement}</p>`;
  }

  protected renderFeed(feed: Feed): unknown {
    const t = strings[this.locale];
    const format = (n: number) => formatNumber(n, this.locale);
    const shown = this.#shown ?? this.#count;
    const goal = this.goal ?? 0;
    if (this.hideZero && this.#count === 0) return nothing;
    return html`<p class="count">
        <span class="number" part="number">${format(shown)}</span>
        <span part="label"
          ><slot @slotchange=${() => this.requestUpdate()}></slot>${
            this.textContent?.trim() ? nothing : this.#label(shown)
          }</span
        >
      </p>
      ${
        goal > 0
          ? html`<p class="goal" part="goal">
              <label for="goal" part="goal-text">${t.goal} ${format(goal)}</label>
              <progress id="goal" part="progress" max=${goal} .value=${Math.min(shown, goal)}></progress>
            </p>`
          : nothing
      }
      ${this.chart ? this.#chart(feed, format) : nothing}`;
  }

  #chart(feed: Feed, format: (n: number) => string): unknown {
    const t = strings[this.locale];
    const chart = loaded(loadChart);
    if (chart)
      return chart.renderChart(
        chart.growth(this.#signatories(feed)),
        t.chart,
        [t.year, t.count],
        format,
        t.before,
      );
    // The number stands without the chart: a failed download says so beside it, with a retry.
    if (failed(loadChart)) {
      return renderLoadFailure(
        t.chartFailed,
        baseStrings[this.locale].retry,
        () => void load(loadChart, this),
      );
    }
    void load(loadChart, this);
    return html`<div class="pending"></div>`;
  }
}
