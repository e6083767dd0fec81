import { css, html, nothing, type TemplateResult } from 'lit';

/** A search box as every widget draws it: its label above it, the same weight and size everywhere. */
export interface SearchField {
  label: string;
  value: string;
  hint?: string;
  input(value: string): void;
  /** The part name of the label with its box, or of the box alone: each widget keeps its own. */
  part?: { field?: string; box?: string };
}

export function renderSearch(field: SearchField): TemplateResult {
  return html`<label class="search" part=${field.part?.field ?? nothing}>
    <span class="search-label">${field.label}</span>
    <input
      type="search"
      autocomplete="off"
      part=${field.part?.box ?? nothing}
      .value=${field.value}
      placeholder=${field.hint ?? nothing}
      @input=${(event: Event) => field.input((event.target as HTMLInputElement).value)}
    />
  </label>`;
}

export const searchStyles = css`
  .search {
    display: grid;
    gap: var(--_space-xs);
  }
  .search-label {
    font-weight: 600;
  }
  .search input {
    width: min(100%, 24em);
    min-height: 44px;
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;
