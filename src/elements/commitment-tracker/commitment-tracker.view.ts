/**
 * What the tracker shows once its feed is loaded: the summary, the filters, the points and the
 * target picture. Loaded on demand, so the page's eager bundle carries only the element's shell.
 */
import { html, nothing, svg } from 'lit';
import type { Commitment, Feed } from '../../feed/parse.js';
import { pickText, type Locale } from '../../feed/text.js';
import { feedTime } from '../../feed/time.js';
import { formatLongDate } from '../../internal/format.js';
import { heading } from '../../internal/heading.js';
import * as strings from './commitment-tracker.strings.js';

export { styles } from './commitment-tracker.styles.js';
export { strings };

type Status = Commitment['status'];
type Strings = strings.Strings;
interface Group {
  id?: string;
  name: string;
  points: Commitment[];
}

/** What the view reads from its element, and the element's handlers for the user's actions. */
export interface Host {
  locale: Locale;
  headingLevel: number;
  /** The principle filter in effect (own or shared). */
  principle: string;
  status: string;
  expanded: ReadonlySet<string>;
  /** The point whose link was copied; with `url` when the clipboard refused it. */
  copied?: { key: string; url?: string };
  toggle(key: string): void;
  copy(key: string): void;
  choosePrinciple(id: string): void;
  chooseStatus(status: string): void;
}

const STATUSES: Status[] = ['planned', 'in-progress', 'done'];
const PREFIX = 'ok-commitment-';
const ICONS = {
  planned: svg`<circle cx="8" cy="8" r="6"/>`,
  'in-progress': svg`<circle cx="8" cy="8" r="6"/><path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor"/>`,
  done: svg`<circle cx="8" cy="8" r="6"/><path d="m5 8 2 2 4-4"/>`,
};

/** The name of a point in links (`#ok-commitment-5`) and in the `open` attribute. */
export const keyOf = (c: Commitment) => String(c.number ?? c.id);
const count = (points: Commitment[], status: Status) => points.filter((c) => c.status === status).length;
const plural = (n: number, forms: [string, string]) => forms[n === 1 ? 0 : 1].replace('{n}', String(n));

/** The status in words with an icon, so that it never rests on colour alone. */
function badge(status: Status, label: string, id?: string) {
  return html`<span class="status ${status}" id=${id ?? nothing}
    ><svg viewBox="0 0 16 16" aria-hidden="true">${ICONS[status]}</svg>${label}</span
  >`;
}

export function render(feed: Feed, host: Host) {
  const t = strings[host.locale];
  const groups: Group[] = feed.principles.map((p) => ({
    id: p.id,
    name: pickText(p.name, host.locale),
    points: [],
  }));
  const other: Group = { name: t.other, points: [] };
  for (const c of feed.commitments) (groups.find((g) => g.id === c.principleId) ?? other).points.push(c);
  const used = [...groups, other].filter((g) => g.points.length > 0);
  return [
    feed.commitments.length
      ? [renderSummary(used, feed.commitments, t, host.headingLevel), renderPoints(feed, used, host, t)]
      : nothing,
    feed.targets.length
      ? html`<section part="targets" aria-labelledby="targets">
          ${heading(host.headingLevel, t.targets, { id: 'targets' })}
          <ul class="targets">
            ${feed.targets.map(
              (target) =>
                html`<li>
                  <span>${pickText(target.text, host.locale)}</span>
                  ${target.status ? badge(target.status, t.statuses[target.status]) : nothing}
                </li>`,
            )}
          </ul>
        </section>`
      : nothing,
  ];
}

function renderSummary(groups: Group[], all: Commitment[], t: Strings, level: number) {
  return html`<section part="summary" aria-labelledby="summary">
    ${heading(level, t.summary, { id: 'summary' })}
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

function renderPoints(feed: Feed, groups: Group[], host: Host, t: Strings) {
  // A filter the feed does not know shows everything, as its select does.
  const principle = feed.principles.some((p) => p.id === host.principle) ? host.principle : '';
  const status = STATUSES.find((s) => s === host.status) ?? '';
  const shown = groups
    .filter((g) => !principle || g.id === principle)
    .map((g) => ({ ...g, points: g.points.filter((c) => !status || c.status === status) }))
    .filter((g) => g.points.length > 0);
  const total = shown.reduce((n, g) => n + g.points.length, 0);
  return html`<section aria-labelledby="points">
    ${heading(host.headingLevel, t.points, { id: 'points' })}
    <div class="filters" part="filters">
      ${
        feed.principles.length
          ? html`<label
              >${t.principle}
              <select @change=${(e: Event) => host.choosePrinciple((e.target as HTMLSelectElement).value)}>
                <option value="" .selected=${!principle}>${t.all}</option>
                ${feed.principles.map(
                  (p) =>
                    html`<option value=${p.id} .selected=${p.id === principle}>
                      ${pickText(p.name, host.locale)}
                    </option>`,
                )}
              </select></label
            >`
          : nothing
      }
      <label
        >${t.status}
        <select @change=${(e: Event) => host.chooseStatus((e.target as HTMLSelectElement).value)}>
          <option value="" .selected=${!status}>${t.all}</option>
          ${STATUSES.map((s) => html`<option value=${s} .selected=${s === status}>${t.statuses[s]}</option>`)}
        </select></label
      >
    </div>
    <p class="shown" role="status">
      ${total ? t.shown.replace('{n}', String(total)).replace('{total}', String(feed.commitments.length)) : t.none}
    </p>
    ${shown.map(
      (g, i) =>
        html`<section class="group" aria-labelledby="group-${i}">
          ${heading(host.headingLevel + 1, g.name, { id: `group-${i}` })}
          <ul class="points">
            ${g.points.map((c) => renderPoint(c, feed, host, t))}
          </ul>
        </section>`,
    )}
  </section>`;
}

function renderPoint(c: Commitment, feed: Feed, host: Host, t: Strings) {
  const key = keyOf(c);
  const id = PREFIX + key;
  // ARIA references by place in the feed: a careless feed may repeat numbers or put spaces in ids.
  const ref = `point-${feed.commitments.indexOf(c)}`;
  const open = host.expanded.has(key);
  const copied = host.copied?.key === key ? host.copied : undefined;
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
        aria-controls="${ref}-details"
        aria-describedby="${ref}-status"
        @click=${() => host.toggle(key)}
      >
        <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true"><path d="m6 3 5 5-5 5" /></svg>
        ${c.number === undefined ? nothing : html`<span class="number">${c.number}.</span>`}
        <span>${pickText(c.text, host.locale)}</span>
      </button>
      ${badge(c.status, t.statuses[c.status], `${ref}-status`)}
    </div>
    <div
      class="details"
      id="${ref}-details"
      part="details"
      hidden=${open ? nothing : 'until-found'}
      @beforematch=${() => host.toggle(key)}
    >
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
                        const text = pickText(a.text, host.locale);
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
                formatLongDate(feedTime(c.updatedAt, feed.timeZone), host.locale, feed.timeZone),
              )}
            </p>`
          : nothing
      }
      <p class="share">
        <button class="button copy" type="button" @click=${() => host.copy(key)}>
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
