import type { CSSResult, ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** What a widget's on-demand module brings besides its rendering code. */
export interface ViewModule {
  styles: CSSResult;
}

/** Modules already loaded, by their loader: a second widget of a kind renders at once. */
const loaded = new WeakMap<() => Promise<ViewModule>, ViewModule>();

/**
 * A widget's rendering code, loaded by a dynamic `import()` when the widget connects, so a page
 * pays for a widget only where it is used and the code downloads while the feed does. Its
 * `styles` join the shadow root once loaded. Until then the base element shows the skeleton;
 * if the download fails, the error state, whose retry button loads it again.
 */
export class LazyView<T extends ViewModule> implements ReactiveController {
  readonly #host: Host;
  /** A stable, module-level function (`() => import('./x.view.js')`): it keys the cache. */
  readonly #load: () => Promise<T>;
  #failed = false;

  constructor(host: Host, load: () => Promise<T>) {
    this.#host = host;
    this.#load = load;
    host.addController(this);
  }

  /** The loaded module, or `undefined` while it loads or after it failed. */
  get module(): T | undefined {
    return loaded.get(this.#load) as T | undefined;
  }

  /** True when the last attempt to load failed. */
  get failed(): boolean {
    return this.#failed;
  }

  hostConnected(): void {
    const module = this.module;
    if (module) this.#adopt(module);
    else this.load();
  }

  /** Loads the module, again after a failure. */
  load(): void {
    this.#failed = false;
    this.#load().then(
      (module) => {
        loaded.set(this.#load, module);
        this.#adopt(module);
        this.#host.requestUpdate();
      },
      () => {
        this.#failed = true;
        this.#host.requestUpdate();
      },
    );
  }

  #adopt(module: T): void {
    const root = this.#host.shadowRoot;
    const sheet = module.styles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }
}
