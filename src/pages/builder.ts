/**
 * `builder.html`: a web editor picks a widget, enters the feed's address and the options (from
 * `custom-elements.json`), sees a live preview and copies a snippet. The query prefills it all,
 * and the page keeps its own address up to date, so the link can be handed on.
 */
import { html, nothing, render } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../ok-widgets.js';
import * as cliStrings from '../cli.strings.js';
import { toLocale } from '../internal/locale.js';
import * as baseStrings from '../internal/strings.js';
import { checkFeed, type FeedCheck } from './check.js';
import { widgetsOf, type WidgetInfo, type WidgetOption } from './manifest.js';
import { feedUrl, isOff, RESIZE_MESSAGE } from './params.js';
import { pageHeader } from './header.js';
import { builderStrings } from './pages.strings.js';
import { embedUrl, iframeSnippet, scriptSnippet } from './snippets.js';

/** The parameters of the builder itself: the page's language and the bundle's address. */
const OWN_PARAMS = ['widget', 'ui', 'bundle'];
/** The iframe's height before the preview has measured one, and the step it is rounded up to. */
const DEFAULT_HEIGHT = 600;
const HEIGHT_STEP = 50;

const query = new URLSearchParams(location.search);
const locale = toLocale(query.get('ui') ?? 'sv');
const t = builderStrings[locale];
document.documentElement.lang = locale;
document.title = t.title;

const defaultBundle = new URL('cdn/ok-widgets.js', location.href).href;
const embedPage = new URL('embed.html', location.href).href;

interface State {
  widgets: WidgetInfo[];
  widget: WidgetInfo;
  /** A `widget` parameter that names none. */
  unknownWidget?: string;
  src: string;
  /** Option values by attribute; a boolean that is on holds `'true'`. */
  values: Map<string, string>;
  ignored: string[];
  bundle: string;
  check?: FeedCheck;
  heights: { desktop?: number; phone?: number };
  copied: { script?: string; iframe?: string };
}

let state: State;
let checking: AbortController | undefined;

/** The state a query asks for. */
function fromQuery(widgets: WidgetInfo[]): State {
  const asked = query.get('widget');
  const widget = widgets.find((w) => w.widget === asked) ?? widgets[0]!;
  const values = new Map<string, string>();
  const ignored: string[] = [];
  for (const [name, value] of query) {
    if (OWN_PARAMS.includes(name) || name === 'src') continue;
    const option = widget.options.find((o) => o.name === name);
    if (!option) ignored.push(name);
    else if (option.kind !== 'boolean') values.set(name, value);
    else if (!isOff(value)) values.set(name, 'true');
  }
  return {
    widgets,
    widget,
    unknownWidget: asked && widget.widget !== asked ? asked : undefined,
    src: query.get('src') ?? '',
    values,
    ignored: [...new Set(ignored)],
    bundle: feedUrl(query.get('bundle')) ?? defaultBundle,
    heights: {},
    copied: {},
  };
}

/** The element's attributes, `src` first, then the options set, in the manifest's order. */
function attributes(src: string): [string, string][] {
  const set = state.widget.options.filter((o) => state.values.get(o.name));
  return [
    ['src', src],
    ...set.map((o): [string, string] => [o.name, o.kind === 'boolean' ? '' : state.values.get(o.name)!]),
  ];
}

function widgetName(widget: WidgetInfo, lang = locale): string {
  return builderStrings[lang].widgets[widget.tag] ?? widget.tag;
}

/** The builder's own address for what is on screen, so that it can be shared. */
function syncAddress(): void {
  const params = new URLSearchParams([['widget', state.widget.widget]]);
  if (state.src) params.set('src', state.src);
  for (const [name, value] of state.values) if (value) params.set(name, value);
  if (locale !== 'sv') params.set('ui', locale);
  if (state.bundle !== defaultBundle) params.set('bundle', state.bundle);
  history.replaceState(null, '', `?${params}`);
}

function update(change: Partial<State>): void {
  state = { ...state, copied: {}, ...change };
  syncAddress();
  draw();
}

function startCheck(): void {
  checking?.abort();
  const url = feedUrl(state.src);
  if (!url) return update({ check: undefined });
  const abort = new AbortController();
  checking = abort;
  update({ check: { status: 'checking' } });
  checkFeed(url, locale, abort.signal).then(
    (check) => {
      if (checking === abort) update({ check });
    },
    () => undefined, // aborted by a newer check
  );
}

async function copy(which: 'script' | 'iframe', text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    state = { ...state, copied: { [which]: t.copied } };
  } catch {
    state = { ...state, copied: { [which]: t.copyFailed } };
  }
  draw();
}

/** The embed page's heights, each from its own preview frame. */
addEventListener('message', (event: MessageEvent<{ type?: unknown; height?: unknown }>) => {
  if (event.data?.type !== RESIZE_MESSAGE || typeof event.data.height !== 'number') return;
  for (const device of ['desktop', 'phone'] as const) {
    const frame = document.querySelector<HTMLIFrameElement>(`iframe[data-device="${device}"]`);
    if (frame && event.source === frame.contentWindow && state.heights[device] !== event.data.height) {
      state = { ...state, heights: { ...state.heights, [device]: event.data.height } };
      draw();
    }
  }
});

function optionField(option: WidgetOption) {
  const id = `option-${option.name}`;
  const value = state.values.get(option.name) ?? '';
  const own = t.options[`${state.widget.widget}.${option.name}`] ?? t.options[option.name];
  const description = html`<span class="hint" id="${id}-hint" lang=${own ? locale : 'en'}
    >${own ?? option.description}${option.fallback ? html` ${t.defaultIs(option.fallback)}` : nothing}</span
  >`;
  const set = (next: string) => update({ values: new Map(state.values).set(option.name, next) });
  const label = html`<code>${option.name}</code>`;
  if (option.kind === 'boolean') {
    return html`<div class="field checkbox">
      <input
        type="checkbox"
        id=${id}
        .checked=${value === 'true'}
        aria-describedby="${id}-hint"
        @change=${(e: Event) => set((e.target as HTMLInputElement).checked ? 'true' : '')}
      />
      <label for=${id}>${label}</label>
      ${description}
    </div>`;
  }
  if (option.kind === 'choice') {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${description}
      <select
        id=${id}
        aria-describedby="${id}-hint"
        @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${value === ''}>${t.standard}</option>
        ${option.choices.map((choice) => html`<option ?selected=${value === choice}>${choice}</option>`)}
      </select>
    </div>`;
  }
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${description}
    <input
      type=${option.kind === 'number' ? 'number' : 'text'}
      id=${id}
      .value=${value}
      aria-describedby="${id}-hint"
      @change=${(e: Event) => set((e.target as HTMLInputElement).value.trim())}
    />
  </div>`;
}

function checkView(check: FeedCheck | undefined) {
  const url = feedUrl(state.src);
  if (!state.src) return html`<p>${t.noFeed}</p>`;
  if (!url) return html`<p class="problem">${t.badFeed}</p>`;
  if (!check || check.status === 'checking') return html`<p>${t.checking}</p>`;
  if (check.status === 'failed') {
    const words = baseStrings[locale].errors[check.kind].replace('{status}', String(check.httpStatus ?? ''));
    return html`<p class="problem">${t.failed} ${words}</p>
      ${check.detail ? html`<p><code>${check.detail}</code></p>` : nothing}`;
  }
  const sections = check.counts.map(([section, n]) => `${t.sections[section] ?? section} ${n}`);
  const cli = cliStrings[locale];
  return html`<p class=${check.problems.length ? 'problem' : 'ok'}>
      ${t.feedRead(sections.join(', ') || t.noItems)}
    </p>
    ${
      check.problems.length
        ? html`<p>${t.problems(check.problems.length, check.leftOut)}</p>
            <ul>
              ${check.problems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
            </ul>`
        : nothing
    }
    ${
      check.warnings.length
        ? html`<p>${t.warnings(check.warnings.length)}</p>
            <ul>
              ${check.warnings.map((w) => html`<li><code>${w.path}</code>: ${cli[w.kind](w.value)}</li>`)}
            </ul>`
        : nothing
    }
    ${new URL(url).origin !== location.origin ? html`<p>${t.feedOrigin}</p>` : nothing}`;
}

function previewView(src: string | undefined) {
  if (!src) return html`<p>${t.noPreview}</p>`;
  const url = embedUrl(embedPage, state.widget.widget, attributes(src));
  const name = widgetName(state.widget);
  return html`<div class="previews">
    ${(['desktop', 'phone'] as const).map(
      (device) =>
        html`<figure class="preview ${device}">
          <figcaption>${t[device]}</figcaption>
          <iframe
            data-device=${device}
            src=${url}
            title=${t.previewTitle(name, t[device])}
            style=${styleMap({ height: `${state.heights[device] ?? DEFAULT_HEIGHT}px` })}
          ></iframe>
        </figure>`,
    )}
  </div>`;
}

function snippetView(which: 'script' | 'iframe', heading: string, hint: string, code: string) {
  const id = `snippet-${which}`;
  return html`<section class="snippet" aria-labelledby="${id}-heading">
    <h3 id="${id}-heading">${heading}</h3>
    <p id="${id}-hint">${hint}</p>
    <textarea
      id=${id}
      readonly
      rows=${code.split('\n').length}
      spellcheck="false"
      aria-labelledby="${id}-heading"
      aria-describedby="${id}-hint"
      .value=${code}
    ></textarea>
    <div class="copy">
      <button type="button" @click=${() => copy(which, code)}>${t.copy(heading)}</button>
      <p role="status" id="${id}-status">${state.copied[which] ?? ''}</p>
    </div>
  </section>`;
}

function codeView(src: string | undefined) {
  if (!src) return html`<p>${t.noCode}</p>`;
  const widgetLang = toLocale(state.values.get('lang') || 'sv');
  // The taller of the two previews (a phone's is), for a frame whose script lines were stripped.
  const measured = Math.max(state.heights.desktop ?? 0, state.heights.phone ?? 0);
  const height = measured ? Math.ceil(measured / HEIGHT_STEP) * HEIGHT_STEP : DEFAULT_HEIGHT;
  const frame = embedUrl(embedPage, state.widget.widget, attributes(src));
  return html`${snippetView(
    'script',
    t.scriptHeading,
    t.scriptHint,
    scriptSnippet(state.bundle, state.widget.tag, attributes(src)),
  )}
  ${snippetView(
    'iframe',
    t.iframeHeading,
    t.iframeHint,
    iframeSnippet(frame, widgetName(state.widget, widgetLang), height),
  )}`;
}

function draw(): void {
  const src = feedUrl(state.src);
  render(
    html`${pageHeader(
        t,
        state.ignored.length ? html`<p class="notice">${t.ignored(state.ignored.join(', '))}</p>` : nothing,
      )}
      <main>
        <form @submit=${(e: Event) => e.preventDefault()}>
          <section aria-labelledby="widget-heading">
            <h2 id="widget-heading">${t.widgetHeading}</h2>
            ${state.unknownWidget ? html`<p class="notice">${t.unknownWidget(state.unknownWidget)}</p>` : nothing}
            <div class="field">
              <label for="widget">${t.widgetLabel}</label>
              <select
                id="widget"
                @change=${(e: Event) => {
                  const widget = state.widgets.find(
                    (w) => w.widget === (e.target as HTMLSelectElement).value,
                  )!;
                  const values = new Map(
                    [...state.values].filter(([name]) => widget.options.some((o) => o.name === name)),
                  );
                  update({ widget, values, unknownWidget: undefined, heights: {} });
                }}
              >
                ${state.widgets.map(
                  (w) =>
                    html`<option value=${w.widget} ?selected=${w === state.widget}>
                      ${widgetName(w)} (${w.tag})
                    </option>`,
                )}
              </select>
            </div>
          </section>
          <section aria-labelledby="feed-heading">
            <h2 id="feed-heading">${t.feedHeading}</h2>
            <div class="field">
              <label for="src">${t.feedLabel}</label>
              <span class="hint" id="src-hint">${t.feedHint}</span>
              <input
                type="url"
                id="src"
                inputmode="url"
                autocomplete="url"
                spellcheck="false"
                aria-describedby="src-hint"
                .value=${state.src}
                @change=${(e: Event) => {
                  state = { ...state, src: (e.target as HTMLInputElement).value.trim() };
                  startCheck();
                }}
              />
            </div>
            <button type="button" @click=${startCheck}>${t.check}</button>
            <div class="check" role="status">${checkView(state.check)}</div>
          </section>
          <section aria-labelledby="options-heading">
            <h2 id="options-heading">${t.optionsHeading}</h2>
            <p>${t.optionsHint}</p>
            ${state.widget.options.map(optionField)}
          </section>
        </form>
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">${t.previewHeading}</h2>
          <p>${t.previewHint}</p>
          ${previewView(src)}
        </section>
        <section aria-labelledby="code-heading">
          <h2 id="code-heading">${t.codeHeading}</h2>
          <div class="field">
            <label for="bundle">${t.bundleLabel}</label>
            <span class="hint" id="bundle-hint">${t.bundleHint}</span>
            <input
              type="url"
              id="bundle"
              spellcheck="false"
              aria-describedby="bundle-hint"
              .value=${state.bundle}
              @change=${(e: Event) =>
                update({ bundle: feedUrl((e.target as HTMLInputElement).value) ?? defaultBundle })}
            />
          </div>
          ${
            new URL(state.bundle).origin !== location.origin
              ? html`<p class="notice">${t.foreignBundle(new URL(state.bundle).host)}</p>`
              : nothing
          }
          ${codeView(src)}
          <p>${t.guides}</p>
          <p><a href="authoring.html${locale === 'sv' ? '' : `?ui=${locale}`}">${t.authoring}</a></p>
        </section>
      </main>`,
    document.body,
  );
}

async function start(): Promise<void> {
  try {
    const response = await fetch(new URL('custom-elements.json', location.href));
    const widgets = widgetsOf(await response.json());
    if (widgets.length === 0) throw new Error('no widgets');
    state = fromQuery(widgets);
  } catch {
    document.body.textContent = t.noManifest;
    return;
  }
  draw();
  if (feedUrl(state.src)) startCheck();
  else syncAddress();
}

void start();
