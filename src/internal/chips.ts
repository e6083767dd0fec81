import { css, html, nothing, type TemplateResult } from 'lit';

/** One chip of a filter: its name, how many it would show, and whether it is chosen. */
export interface Chip {
  label: unknown;
  /** The count as shown in the badge, already formatted. */
  count: string;
  /** The count as a screen reader hears it, e.g. "3 venues"; the badge's number when absent. */
  spoken?: string;
  pressed: boolean;
  choose(): void;
  /** Drawn before the label, e.g. a colour mark. */
  before?: unknown;
}

/**
 * A row of filter chips with counts, the same in every widget: toggle buttons in a labelled
 * group, each count in a badge. The badge is hidden from screen readers, which hear the count in
 * parentheses instead, so a chip's name reads "Meetings (3)" rather than "Meetings 3".
 */
export function renderChips(label: string, chips: Chip[], part?: string): TemplateResult {
  return html`<div class="chips" role="group" aria-label=${label} part=${part ?? nothing}>
    ${chips.map(
      (chip) =>
        html`<button
          type="button"
          class="chip"
          part="chip"
          aria-pressed=${String(chip.pressed)}
          @click=${chip.choose}
        >
          ${chip.before ?? nothing}${chip.label}
          <span class="count" aria-hidden="true">${chip.count}</span>
          <span class="visually-hidden">(${chip.spoken ?? chip.count})</span>
        </button>`,
    )}
  </div>`;
}

/** The chip row and its count badge; the chip itself is in the base styles. */
export const chipStyles = css`
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
  }
  .chip .count {
    /* A badge centred on the label: a smaller number centred on its own line box sits high,
       like a footnote, where chips wrap on phones. */
    min-width: 1.75em;
    padding: 0 0.4em;
    border-radius: 999px;
    /* An outline, not a tint: the number keeps the label's contrast, pressed or not. */
    border: 1px solid currentColor;
    color: inherit;
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
    line-height: 1.6;
    text-align: center;
  }
`;
