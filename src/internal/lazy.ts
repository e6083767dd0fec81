/**
 * Code loaded on demand, one way for every widget: a module-level loader such as
 * `const loadChart = () => import('./chart.js')` keys what is known about its module — loaded,
 * on its way (one download shared by every caller) or failed — so a second widget of a kind
 * renders at once and no failed download goes unnoticed.
 *
 * A retry calls the loader again. Browsers that follow whatwg/html#10327 then fetch the chunk
 * (and a failed chunk it imports) anew — Chromium 156 does; older ones (Chromium 150 among them)
 * repeat the failure until the page reloads.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';

export type Loader<T> = () => Promise<T>;

interface State {
  module?: unknown;
  pending?: Promise<unknown>;
  failed: boolean;
  /** Hosts to render again once the download settles. */
  waiting: Set<ReactiveControllerHost>;
}

const states = new WeakMap<Loader<unknown>, State>();

function stateOf(loader: Loader<unknown>): State {
  let state = states.get(loader);
  if (!state) states.set(loader, (state = { failed: false, waiting: new Set() }));
  return state;
}

/** The module `loader` brought, once it has. */
export function loaded<T>(loader: Loader<T>): T | undefined {
  return stateOf(loader).module as T | undefined;
}

/** True when the last download by `loader` failed and none has started since. */
export function failed(loader: Loader<unknown>): boolean {
  return stateOf(loader).failed;
}

/**
 * The module of `loader`: at once when it is there, else from the download on its way or a new
 * one (again after a failure). `host` renders again when it settles. Resolves to `undefined` when
 * the download fails, never rejects: a caller cannot leave an unhandled rejection behind.
 */
export function load<T>(loader: Loader<T>, host?: ReactiveControllerHost): Promise<T | undefined> {
  const state = stateOf(loader);
  if (state.module) {
    // Another widget's retry may have brought it since this host showed the failure.
    host?.requestUpdate();
    return Promise.resolve(state.module as T);
  }
  if (host) state.waiting.add(host);
  state.failed = false;
  state.pending ??= loader()
    .then(
      (module) => (state.module = module),
      () => {
        state.failed = true;
        return undefined;
      },
    )
    .finally(() => {
      state.pending = undefined;
      for (const waiting of state.waiting) waiting.requestUpdate();
      state.waiting.clear();
    });
  return state.pending as Promise<T | undefined>;
}

/** What a part of a widget shows when its code failed to load: why, and a button that tries again. */
export function renderLoadFailure(message: string, retryLabel: string, retry: () => void): TemplateResult {
  return html`<div class="state" role="status">
    <p>${message}</p>
    <button type="button" class="button" @click=${retry}>${retryLabel}</button>
  </div>`;
}
