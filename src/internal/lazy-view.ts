import type { CSSResult, ReactiveController, ReactiveControllerHost } from 'lit';
import { failed, load, loaded, type Loader } from './lazy.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What a widget's on-demand module brings besides its rendering code. */
export interface ViewModule {
  styles: CSSResult;
}

/**
 * A widget's rendering code, loaded on demand (./lazy.ts) when the widget is needed
 * (./when-needed.ts), so a page pays for a widget only where it is used and looked at. Its
 * `styles` join the shadow root once loaded. Until then the base element shows the skeleton;
 * if the download fails, the error state, whose retry button loads it again.
 */
export class LazyView<T extends ViewModule> implements ReactiveController {
  readonly #host: Host;
  /** A stable, module-level function (`() => import('./x.view.js')`): it keys the cache. */
  readonly #load: Loader<T>;

  constructor(host: Host, load: Loader<T>) {
    this.#host = host;
    this.#load = load;
    host.addController(this);
  }

  /** The loaded module, or `undefined` while it loads or after it failed. */
  get module(): T | undefined {
    return loaded(this.#load);
  }

  /** True when the last attempt to load failed. */
  get failed(): boolean {
    return failed(this.#load);
  }

  /** Loads the module, again after a failure. */
  load(): void {
    void load(this.#load, this.#host);
  }

  // Before each render, so the first one with the module has its styles.
  hostUpdate(): void {
    const root = this.#host.shadowRoot;
    const sheet = this.module?.styles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }
}
