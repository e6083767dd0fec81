import { html, nothing, svg, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Feed, Principle } from '../../feed/parse.js';
import { pickText, type Locale } from '../../feed/text.js';
import { cssProps } from '../../internal/css-props.js';
import { heading } from '../../internal/heading.js';
import type { WheelStrings } from './principle-wheel.strings.js';

/** Segment colours when the feed gives none; each takes black or white text at ≥ 4.5:1. */
const PALETTE = [
  '#0b5cad',
  '#1b6e35',
  '#b3261e',
  '#f2b705',
  '#6b3fa0',
  '#00758f',
  '#e46f1f',
  '#c2185b',
  '#7fb3d5',
  '#4e5b31',
  '#9ccc65',
  '#5a6b7b',
];

/** The wheel's radius in viewBox units (the box is 200 × 200, centred on 100, 100). */
const R = 96;

/** Black or white, whichever has the higher WCAG contrast on `hex`; either way at least 4.58:1. */
function ink(hex: string): string {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  // (L + 0.05) / 0.05 ≥ 1.05 / (L + 0.05) exactly when L ≥ 0.179.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b >= 0.179 ? '#000' : '#fff';
}

/** A point `r` from the centre at angle `a`, in viewBox units. */
const at = (r: number, a: number) =>
  `${(100 + r * Math.cos(a)).toFixed(2)} ${(100 + r * Math.sin(a)).toFixed(2)}`;

interface Slot {
  p: Principle;
  color: string;
  /** The segment's outline; none for the hub, a circle. */
  d?: string;
  /** Label centre and largest width, in % of the wheel. */
  x: number;
  y: number;
  w: number;
  /** How far the segment moves out when selected, in viewBox units. */
  dx: number;
  dy: number;
}

/** The hub (a portal principle, when at least two others form the ring) first, then the ring clockwise from the top. */
function layout(principles: Principle[]): Slot[] {
  // The feed's parser has already dropped any colour that is not a plain hex or named one.
  const colored = principles.map((p, i) => ({ p, color: p.color ?? PALETTE[i % PALETTE.length]! }));
  const hub = principles.length > 2 ? colored.find((s) => s.p.portal) : undefined;
  const ring = colored.filter((s) => s !== hub);
  const inner = hub ? 44 : 20;
  // Labels sit a little outward in a flat ring, where its segments are wider.
  const mid = (inner + R) / 2 + (hub ? 0 : 6);
  const step = (2 * Math.PI) / ring.length;
  // A label fits the segment's chord at mid radius, or the ring's depth when the chord is wider.
  const w = Math.min(2 * mid * Math.sin(Math.min(step, Math.PI) / 2) * 0.85, (R - inner) * 1.3) / 2;
  const slots: Slot[] = ring.map((s, i) => {
    const a0 = -Math.PI / 2 + (i - 0.5) * step;
    // A lone segment is a full ring: an arc cannot start and end at one point, and the
    // gap must stay apart after rounding to two decimals on the inner circle too.
    const a1 = a0 + Math.min(step, 2 * Math.PI - 1e-3);
    const a = a0 + step / 2;
    const large = step > Math.PI ? 1 : 0;
    return {
      ...s,
      d: `M${at(R, a0)}A${R} ${R} 0 ${large} 1 ${at(R, a1)}L${at(inner, a1)}A${inner} ${inner} 0 ${large} 0 ${at(inner, a0)}Z`,
      x: 50 + (mid / 2) * Math.cos(a),
      y: 50 + (mid / 2) * Math.sin(a),
      w,
      dx: 4 * Math.cos(a),
      dy: 4 * Math.sin(a),
    };
  });
  return hub ? [{ ...hub, x: 50, y: 50, w: inner * 0.8, dx: 0, dy: 0 }, ...slots] : slots;
}

/** What the wheel's view needs from its element. */
export interface WheelState {
  locale: Locale;
  headingLevel: number;
  t: WheelStrings;
  /** Id of the chosen principle; empty or unknown: none. */
  selected: string | null | undefined;
  /** Id of the principle whose tab takes focus on Tab (roving tabindex); none: the selected one. */
  focusId: string | undefined;
  /** The user chose a principle. */
  choose(id: string): void;
  /** Moves the tab stop. */
  rove(id: string | undefined): void;
}

/** Arrow keys go round in reading order (wrapping), Home and End to the ends; focus follows, selection does not. */
function onKey(event: KeyboardEvent, w: WheelState): void {
  const tabs = [...(event.currentTarget as Element).querySelectorAll<HTMLElement>('[role=tab]')];
  const from = tabs.indexOf(event.target as HTMLElement);
  const count = tabs.length;
  const moves: Record<string, number> = {
    ArrowRight: from + 1,
    ArrowDown: from + 1,
    ArrowLeft: from - 1,
    ArrowUp: from - 1,
    Home: 0,
    End: count - 1,
  };
  const to = moves[event.key];
  if (to === undefined || from < 0) return;
  event.preventDefault();
  const tab = tabs[(to + count) % count]!;
  w.rove(tab.dataset.id);
  tab.focus();
}

/** The wheel (or, in narrow containers, the list) and the chosen principle's panel. */
export function renderWheel(feed: Feed, w: WheelState): TemplateResult {
  const { t } = w;
  const slots = layout(feed.principles);
  const n = slots.length;
  const chosen = slots.findIndex((s) => s.p.id === w.selected);
  const roved = slots.findIndex((s) => s.p.id === w.focusId);
  const stop = roved >= 0 ? roved : Math.max(chosen, 0);
  const sel = slots[chosen];
  const name = (s: Slot) => pickText(s.p.name, w.locale);
  const many = n > 8;
  // A word wider than its label widens the label; past half as wide again it would cover the
  // next segment's, so the wheel gives way to the list. Estimated: 0.55em a letter, the
  // label's font size as in the styles, a 24em wheel.
  const crowded = slots.some((s) => {
    const word = Math.max(
      ...name(s)
        .split(/[\s-]/)
        .map((part) => part.length),
    );
    return (word * 0.55 + 0.6) * (many ? 0.75 : s.d ? 0.875 : 1) > 0.36 * s.w;
  });
  const move = (s: Slot) => cssProps({ '--dx': `${s.dx}px`, '--dy': `${s.dy}px` });
  const text = (value: Principle['summary'], cls = '') =>
    value ? html`<p class=${cls}>${pickText(value, w.locale)}</p>` : nothing;
  const mine = sel && feed.commitments.filter((c) => c.principleId === sel.p.id);

  return html`<div class="pw ${many ? 'many' : ''} ${crowded ? 'list' : ''}">
    <div class="wheel" part="wheel">
      <svg
        viewBox="0 0 200 200"
        aria-hidden="true"
        @click=${(e: Event) => {
          // Pointer users may click anywhere on a segment; keyboard users have the tabs.
          const id = (e.target as Element).getAttribute('data-id');
          if (id) w.choose(id);
        }}
      >
        ${slots.map((s, i) =>
          s.d
            ? svg`<path class="seg ${i === chosen ? 'sel' : ''}" d=${s.d} fill=${s.color} data-id=${s.p.id} ${move(s)}></path>`
            : svg`<circle class="seg" cx="100" cy="100" r="40" fill=${s.color} data-id=${s.p.id}></circle>`,
        )}
        ${
          sel
            ? sel.d
              ? svg`<path class="outline sel" d=${sel.d} ${move(sel)}></path>`
              : svg`<circle class="outline" cx="100" cy="100" r="40"></circle>`
            : nothing
        }
      </svg>
      <div
        class="tabs"
        role="tablist"
        aria-label=${t.principles}
        @keydown=${(e: KeyboardEvent) => onKey(e, w)}
        @focusout=${(e: FocusEvent) => {
          if (!(e.currentTarget as Element).contains(e.relatedTarget as Node | null)) w.rove(undefined);
        }}
      >
        ${repeat(
          slots,
          // Keyed, so that focus stays with its principle when a refreshed feed adds or drops one.
          (s) => s.p.id,
          (s, i) =>
            html`<button
              type="button"
              role="tab"
              id="tab-${i}"
              part="tab"
              class="tab ${s.d ? '' : 'hub'}"
              data-id=${s.p.id}
              aria-selected=${i === chosen}
              aria-controls=${i === chosen ? 'panel' : nothing}
              aria-posinset=${i + 1}
              aria-setsize=${n}
              tabindex=${i === stop ? 0 : -1}
              ${cssProps({
                '--x': `${s.x}%`,
                '--y': `${s.y}%`,
                '--w': `${s.w}%`,
                '--bg': s.color,
                '--ink': ink(s.color),
              })}
              @click=${() => w.choose(s.p.id)}
            >
              ${name(s)}
            </button>`,
        )}
      </div>
    </div>
    ${
      sel
        ? keyed(
            sel.p.id,
            html`<div
              class="panel"
              part="panel"
              role="tabpanel"
              id="panel"
              aria-labelledby="tab-${chosen}"
              tabindex="0"
              ${cssProps({ '--bg': sel.color })}
            >
              ${heading(w.headingLevel, name(sel))} ${text(sel.p.summary, 'summary')}
              ${text(sel.p.description)}
              ${
                feed.commitments.length
                  ? html`<p class="counts">
                      ${t.counts(mine!.length, mine!.filter((c) => c.status === 'done').length)}
                    </p>`
                  : nothing
              }
            </div>`,
          )
        : html`<p class="panel hint" part="panel">${t.hint}</p>`
    }
  </div>`;
}

export { styles } from './principle-wheel.styles.js';
