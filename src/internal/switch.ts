import { css, html, nothing, type TemplateResult } from 'lit';

/** One way of seeing a widget, e.g. map or list. */
export interface SwitchOption {
  label: unknown;
  pressed: boolean;
  choose(): void;
}

/**
 * A view switch as every widget draws it: one joined row of toggle buttons in a labelled group,
 * the chosen one pressed.
 */
export function renderSwitch(label: string, options: SwitchOption[], part?: string): TemplateResult {
  return html`<div class="switch" role="group" aria-label=${label}>
    ${options.map(
      (option) =>
        html`<button
          type="button"
          class="switch-option"
          part=${part ?? nothing}
          aria-pressed=${String(option.pressed)}
          @click=${option.choose}
        >
          ${option.label}
        </button>`,
    )}
  </div>`;
}

export const switchStyles = css`
  .switch {
    display: flex;
  }
  .switch-option {
    min-height: 44px;
    padding: var(--_space-xs) var(--_space-m);
    border: 1px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .switch-option:first-child {
    border-radius: var(--_radius) 0 0 var(--_radius);
  }
  .switch-option:last-child {
    margin-left: -1px;
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .switch-option[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  @media (forced-colors: active) {
    /* Otherwise the system's colours leave no trace of which button is pressed. */
    .switch-option[aria-pressed='true'] {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
