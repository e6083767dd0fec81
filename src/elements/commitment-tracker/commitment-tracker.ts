import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Commitment, Feed } from '../../feed/parse.js';
import { pickText } from '../../feed/text.js';
import { feedTime } from '../../feed/time.js';
import { formatLongDate } from '../../internal/format.js';
import { OkElement } from '../../internal/ok-element.js';
import { styles } from './commitment-tracker.styles.js';
import * as strings from './commitment-tracker.strings.js';

type Status = Commitment['status'];
type Strings = strings.Strings;
interface Group {
  id?: string;
  name: string;
  points: Commitment[];
}

const STATUSES: Status[] = ['planned', 'in-progress', 'done'];
const PREFIX = 'ok-commitment-';
const PAGE_LOAD = {};
/** The hash link (or page load) that a tracker has already scrolled to. */
let claimed: object | undefined;
const ICONS = {
  planned: svg`<circle cx="8" cy="8" r="6"/>`,
  'in-progress': svg`<circle cx="8" cy="8" r="6"/><path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor"/>`,
  done: svg`<circle cx="8" cy="8" r="6"/><path d="m5 8 2 2 4-4"/>`,
};

const keyOf = (c: Commitment) => String(c.number ?? c.id);
const count = (points: Commitment[], status: Status) => points.filter((c) => c.status === status).length;
const plural = (n: number, forms: [string, string]) => forms[n === 1 ? 0 : 1].replace('{n}', String(n));

/** The status in words with an icon, so that it never rests on colour alone. */
function badge(status: Status, label: string) {
  return html`<span class="status ${status}"
    ><svg viewBox="0 0 16 16" aria-hidden="true">${ICONS[status]}</svg>${label}</span
  >`;
}

/**
 * The commitment points grouped by principle, with progress per principle, each point expandable
 * to its actions by year, and the target picture. Follows the principle chosen in another widget
 * of the same `<ok-feed>`. A page URL ending in `#ok-commitment-5` opens point 5.
 *
 * @summary Shows the commitment points and how far each principle has come.
 * @csspart base - The wrapper of every state.
 * @csspart summary - The section with the counts and a progress bar per principle.
 * @csspart filters - The principle and status filters.
 * @csspart point - One commitment point.
 * @csspart toggle - The button that opens a point.
 * @csspart details - A point's actions, date and link.
 * @csspart targets - The target picture.
 * @cssprop --ok-color-success - Done points and the progress bars.
 * @cssprop --ok-color-warning - Points in progress.
 */
export class OkCommitmentTracker extends OkElement {
  static override styles = [...OkElement.styles, styles];

  /** Shows only the points of this principle id (until a principle is chosen in the same feed). */
  @property({ attribute: 'principle' }) principle = '';

  /** Shows only points with this status: `planned`, `in-progress` or `done`. */
  @property({ attribute: 'status' }) status = '';

  /** Neither follows nor shares the principle chosen in other widgets of the same `<ok-feed>`. */
  @property({ attribute: 'independent', type: Boolean }) independent = false;

  /** The number (or id) of a point to open and scroll to, like a `#ok-commitment-5` link. */
  @property({ attribute: 'open' }) open = '';

  @state() private expanded = new Set<string>();
  /** The point whose link was copied; with `url` when the clipboard refused it. */
  @state() private copied?: { key: string; url?: string };
  /** The point to scroll to once rendered, and the hash link (or page load) that asked for it. */
  #reveal?: { key: string; cause?: object };

  readonly #onHash = (event?: Event) => {
    const hash = location.hash;
    if (hash.startsWith(`#${PREFIX}`))
      this.#show(decodeURIComponent(hash.slice(PREFIX.length + 1)), event ?? PAGE_LOAD);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.#onHash);
    this.#onHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHash);
  }

  protected override willUpdate(changed?: PropertyValues<this>): void {
    super.willUpdate();
    if (changed?.has('open') && this.open) this.#show(this.open);
  }

  // Browsers do not scroll to ids inside a shadow root, so the widget does it once it has rendered.
  protected override updated(): void {
    const reveal = this.#reveal;
    const state = this.feedState;
    if (!reveal || state.status !== 'ready') return;
    this.#reveal = undefined;
    // With several trackers on a page, one hash link scrolls to the first that has the point.
    if (reveal.cause && reveal.cause === claimed) return;
    const point = this.renderRoot.querySelector(`[id="${PREFIX}${CSS.escape(reveal.key)}"]`);
    if (point) {
      claimed = reveal.cause;
      point.scrollIntoView({ block: 'start' });
      point.querySelector('button')?.focus({ preventScroll: true });
    } else if (state.feed.commitments.some((c) => keyOf(c) === reveal.key)) {
      // Hidden by a filter: clear the filters and try again.
      this.#reveal = reveal;
      this.principle = this.status = '';
      if (this.#principle) this.sharePrinciple(undefined);
    }
  }

  #show(key: string, cause?: object): void {
    this.#reveal = { key, cause };
    this.expanded = new Set(this.expanded).add(key);
  }

  get #principle(): string {
    return (!this.independent && this.sharedPrinciple) || this.principle;
  }

  #toggle(key: string): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(key)) expanded.add(key);
    this.expanded = expanded;
  }

  async #copy(key: string): Promise<void> {
    const url = `${location.href.split('#')[0]}#${PREFIX}${encodeURIComponent(key)}`;
    try {
      await navigator.clipboard.writeText(url);
      this.copied = { key };
    } catch {
      this.copied = { key, url };
    }
  }

  protected isEmpty(feed: Feed): boolean {
    return feed.commitments.length === 0 && feed.targets.length === 0;
  }

  protected override emptyText(): string {
    return strings[this.locale].empty;
  }

  protected renderFeed(feed: Feed) {
    const t = strings[this.locale];
    const groups: Group[] = feed.principles.map((p) => ({
      id: p.id,
      name: pickText(p.name, this.locale),
      points: [],
    }));
    const other: Group = { name: t.other, points: [] };
    for (const c of feed.commitments) (groups.find((g) => g.id === c.principleId) ?? other).points.push(c);
    const used = [...groups, other].filter((g) => g.points.length > 0);
    return [
      feed.commitments.length
        ? [this.#renderSummary(used, feed.commitments, t), this.#renderPoints(feed, used, t)]
        : nothing,
      feed.targets.length
        ? html`<section part="targets" aria-labelledby="targets">
            <h3 id="targets">${t.targets}</h3>
            <ul class="targets">
              ${feed.targets.map(
                (target) =>
                  html`<li>
                    <span>${pickText(target.text, this.locale)}</span>
                    ${target.status ? badge(target.status, t.statuses[target.status]) : nothing}
                  </li>`,
              )}
            </ul>
          </section>`
        : nothing,
    ];
  }

  #renderSummary(groups: Group[], all: Commitment[], t: Strings) {
    return html`<section part="summary" aria-labelledby="summary">
      <h3 id="summary">${t.summary}</h3>
      <p>${plural(all.length, t.total)}</p>
      <ul class="counts">
        ${STATUSES.map((s) => html`<li>${badge(s, plural(count(all, s), t.counts[s]))}</li>`)}
      </ul>
      <ul class="bars">
        ${groups.map(
          (g, i) =>
            html`<li>
              <label for="bar-${i}">${g.name}</label>
              <progress id="bar-${i}" max=${g.points.length} .value=${count(g.points, 'done')}></progress>
              <span
                >${t.ofTotal
                  .replace('{done}', String(count(g.points, 'done')))
                  .replace('{total}', String(g.points.length))},
                ${plural(count(g.points, 'in-progress'), t.counts['in-progress'])},
                ${plural(count(g.points, 'planned'), t.counts.planned)}</span
              >
            </li>`,
        )}
      </ul>
    </section>`;
  }

  #renderPoints(feed: Feed, groups: Group[], t: Strings) {
    const principle = this.#principle;
    const shown = groups
      .filter((g) => !principle || g.id === principle)
      .map((g) => ({ ...g, points: g.points.filter((c) => !this.status || c.status === this.status) }))
      .filter((g) => g.points.length > 0);
    const total = shown.reduce((n, g) => n + g.points.length, 0);
    return html`<section aria-labelledby="points">
      <h3 id="points">${t.points}</h3>
      <div class="filters" part="filters">
        <label
          >${t.principle}
          <select
            @change=${(e: Event) => {
              const id = (e.target as HTMLSelectElement).value;
              this.principle = id;
              if (!this.independent) this.sharePrinciple(id || undefined);
            }}
          >
            <option value="" .selected=${!principle}>${t.all}</option>
            ${feed.principles.map(
              (p) =>
                html`<option value=${p.id} .selected=${p.id === principle}>
                  ${pickText(p.name, this.locale)}
                </option>`,
            )}
          </select></label
        >
        <label
          >${t.status}
          <select @change=${(e: Event) => (this.status = (e.target as HTMLSelectElement).value)}>
            <option value="" .selected=${!this.status}>${t.all}</option>
            ${STATUSES.map((s) => html`<option value=${s} .selected=${s === this.status}>${t.statuses[s]}</option>`)}
          </select></label
        >
      </div>
      <p class="shown" role="status">
        ${total ? t.shown.replace('{n}', String(total)).replace('{total}', String(feed.commitments.length)) : t.none}
      </p>
      ${shown.map(
        (g, i) =>
          html`<section class="group" aria-labelledby="group-${i}">
            <h4 id="group-${i}">${g.name}</h4>
            <ul class="points">
              ${g.points.map((c) => this.#renderPoint(c, feed, t))}
            </ul>
          </section>`,
      )}
    </section>`;
  }

  #renderPoint(c: Commitment, feed: Feed, t: Strings) {
    const key = keyOf(c);
    const id = PREFIX + key;
    const open = this.expanded.has(key);
    const copied = this.copied?.key === key ? this.copied : undefined;
    const years = new Map<number | undefined, NonNullable<Commitment['actions']>>();
    for (const a of [...(c.actions ?? [])].sort((a, b) => (b.year ?? -1e9) - (a.year ?? -1e9))) {
      years.set(a.year, [...(years.get(a.year) ?? []), a]);
    }
    return html`<li class="point ${c.status}" id=${id} part="point">
      <div class="head">
        <button
          class="toggle"
          part="toggle"
          type="button"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="${id}-details"
          @click=${() => this.#toggle(key)}
        >
          <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true"><path d="m6 3 5 5-5 5" /></svg>
          ${c.number === undefined ? nothing : html`<span class="number">${c.number}.</span>`}
          <span>${pickText(c.text, this.locale)}</span>
        </button>
        ${badge(c.status, t.statuses[c.status])}
      </div>
      <div class="details" id="${id}-details" part="details" ?hidden=${!open}>
        <p><strong>${t.actions}</strong></p>
        ${
          years.size
            ? html`<ul class="years">
                ${[...years].map(
                  ([year, actions]) =>
                    html`<li>
                      <span class="year">${year ?? t.noYear}</span>
                      <ul>
                        ${actions.map((a) => {
                          const text = pickText(a.text, this.locale);
                          return html`<li>${a.url ? html`<a href=${a.url}>${text}</a>` : text}</li>`;
                        })}
                      </ul>
                    </li>`,
                )}
              </ul>`
            : html`<p>${t.noActions}</p>`
        }
        ${
          c.updatedAt
            ? html`<p class="updated">
                ${t.updated.replace(
                  '{date}',
                  formatLongDate(feedTime(c.updatedAt, feed.timeZone), this.locale, feed.timeZone),
                )}
              </p>`
            : nothing
        }
        <p class="share">
          <button class="button copy" type="button" @click=${() => this.#copy(key)}>
            ${t.copy}<span class="visually-hidden">${t.copyTo.replace('{n}', key)}</span>
          </button>
          <span class="copied" role="status"
            >${
              copied?.url
                ? html`${t.copyFailed} <a href=${copied.url}>${copied.url}</a>`
                : copied
                  ? t.copied
                  : nothing
            }</span
          >
        </p>
      </div>
    </li>`;
  }
}
