/**
 * `authoring.html`: an office with no command line turns its spreadsheets into a feed. The files
 * never leave the browser: a worker builds the feed with the same `src/authoring/` module as
 * `ok-widgets build`, the page shows every problem where it is in the spreadsheet, previews the
 * widgets on the result and offers `feed.json` and `kalender.ics` for download.
 */
import { html, nothing, render } from 'lit';
import '../ok-widgets.js';
import type { Problem, Section, SourceFile } from '../authoring/index.js';
import { DEFAULT_MAX_BYTES } from '../feed/limits.js';
import { formatNumber } from '../internal/format.js';
import { toLocale } from '../internal/locale.js';
import type { BuildAnswer, BuildRequest, Built } from './authoring.worker.js';
import { authoringStrings } from './authoring.strings.js';
import { pageHeader } from './header.js';

const query = new URLSearchParams(location.search);
const locale = toLocale(query.get('ui') ?? 'sv');
const t = authoringStrings[locale];
document.documentElement.lang = locale;
document.title = t.title;

type State =
  | { status: 'waiting' }
  | { status: 'reading'; files: number }
  | { status: 'refused'; message: string }
  | { status: 'built'; files: number; result: Built; feedUrl: string; icsUrl?: string };

let state: State = { status: 'waiting' };
let worker: Worker | undefined;

/** Blob addresses of the last result, given back when a new one replaces it. */
function release(): void {
  if (state.status !== 'built') return;
  URL.revokeObjectURL(state.feedUrl);
  if (state.icsUrl) URL.revokeObjectURL(state.icsUrl);
}

function show(next: State): void {
  release();
  state = next;
  draw();
}

/** Builds the feed from `files` in a worker; a newer choice of files replaces an unfinished build. */
async function build(list: FileList | File[]): Promise<void> {
  const chosen = [...list];
  if (chosen.length === 0) return;
  const bytes = chosen.reduce((sum, file) => sum + file.size, 0);
  if (bytes > DEFAULT_MAX_BYTES) {
    return show({ status: 'refused', message: t.tooLarge(formatNumber(DEFAULT_MAX_BYTES / 1e6, locale)) });
  }
  show({ status: 'reading', files: chosen.length });
  const files: SourceFile[] = await Promise.all(
    chosen.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  worker?.terminate();
  const own = new Worker(new URL('./authoring.worker.ts', import.meta.url), { type: 'module' });
  worker = own;
  own.addEventListener('message', (event: MessageEvent<BuildAnswer>) => {
    own.terminate();
    if (worker !== own) return;
    worker = undefined;
    const answer = event.data;
    if (answer.status === 'failed') return show({ status: 'refused', message: t.failed(answer.message) });
    show({
      status: 'built',
      files: files.length,
      result: answer,
      feedUrl: URL.createObjectURL(new Blob([answer.json], { type: 'application/json' })),
      icsUrl: answer.ics ? URL.createObjectURL(new Blob([answer.ics], { type: 'text/calendar' })) : undefined,
    });
  });
  own.addEventListener('error', (event) => {
    if (worker === own) show({ status: 'refused', message: t.failed(event.message) });
  });
  own.postMessage({ files, lang: locale } satisfies BuildRequest);
}

function filesView() {
  const drop = (event: DragEvent) => {
    event.preventDefault();
    if (event.dataTransfer) void build(event.dataTransfer.files);
  };
  return html`<section aria-labelledby="files-heading">
    <h2 id="files-heading">${t.filesHeading}</h2>
    <div class="drop-zone" @dragover=${(event: DragEvent) => event.preventDefault()} @drop=${drop}>
      <label for="files">${t.filesLabel}</label>
      <span class="hint" id="files-hint">${t.filesHint}</span>
      <input
        type="file"
        id="files"
        multiple
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby="files-hint"
        @change=${(event: Event) => void build((event.target as HTMLInputElement).files ?? [])}
      />
    </div>
    <div role="status" class="progress">
      ${
        state.status === 'reading'
          ? html`<progress aria-label=${t.reading(state.files)}></progress> ${t.reading(state.files)}`
          : state.status === 'refused'
            ? html`<p class="problem">${state.message}</p>`
            : nothing
      }
    </div>
  </section>`;
}

function summaryView(built: Extract<State, { status: 'built' }>) {
  const counts = Object.entries(built.result.summary).filter(([, n]) => n > 0) as [Section, number][];
  const errors = built.result.problems.filter((p) => p.severity === 'error').length;
  return html`<section aria-labelledby="result-heading">
    <h2 id="result-heading">${t.resultHeading}</h2>
    ${
      counts.length
        ? html`<p>${t.read(built.files)}</p>
            <ul class="summary">
              ${counts.map(([section, n]) => html`<li>${n} ${t.sections[section][n === 1 ? 0 : 1]}</li>`)}
            </ul>`
        : html`<p class="problem">${t.nothingRead}</p>`
    }
    ${errors === 0 ? html`<p class="ok">${t.noProblems}</p>` : nothing}
    ${problemTable(
      'errors',
      built.result.problems.filter((p) => p.severity === 'error'),
    )}
    ${problemTable(
      'warnings',
      built.result.problems.filter((p) => p.severity === 'warning'),
    )}
  </section>`;
}

function problemTable(kind: 'errors' | 'warnings', problems: Problem[]) {
  if (problems.length === 0) return nothing;
  const c = t.columns;
  return html`<h3 id="${kind}-heading">
      ${kind === 'errors' ? t.errorsHeading(problems.length) : t.warningsHeading(problems.length)}
    </h3>
    <p>${kind === 'errors' ? t.errorsHint : t.warningsHint}</p>
    <div class="table" role="region" aria-labelledby="${kind}-heading" tabindex="0">
      <table id="${kind}">
        <thead>
          <tr>
            <th scope="col">${c.file}</th>
            <th scope="col">${c.row}</th>
            <th scope="col">${c.column}</th>
            <th scope="col">${c.value}</th>
            <th scope="col">${c.message}</th>
          </tr>
        </thead>
        <tbody>
          ${problems.map(
            (p) =>
              html`<tr>
                <td>${p.sheet ? `${p.file}: ${p.sheet}` : p.file}</td>
                <td>${p.row ?? ''}</td>
                <td>${p.column ?? ''}</td>
                <td>${p.value ?? ''}</td>
                <td>${p.message}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

/** How many rows the errors leave out: one row may have several. */
function brokenRows(problems: Problem[]): number {
  const rows = problems.filter((p) => p.severity === 'error' && p.row !== undefined);
  return new Set(rows.map((p) => `${p.file}\0${p.sheet ?? ''}\0${p.row}`)).size;
}

function downloadView(built: Extract<State, { status: 'built' }>) {
  const broken = brokenRows(built.result.problems);
  return html`<section aria-labelledby="download-heading">
    <h2 id="download-heading">${t.downloadHeading}</h2>
    ${broken > 0 ? html`<p class="notice">${t.withoutNote}</p>` : nothing}
    <p class="downloads">
      <a class="button" id="download-feed" href=${built.feedUrl} download="feed.json"
        >${broken > 0 ? t.downloadWithout(broken) : t.download}</a
      >
      ${
        built.icsUrl
          ? html`<a class="button" id="download-ics" href=${built.icsUrl} download="kalender.ics"
              >${t.downloadIcs}</a
            >`
          : nothing
      }
    </p>
    ${built.icsUrl ? nothing : html`<p>${t.noIcs}</p>`}
    <p>${t.publish}</p>
  </section>`;
}

function previewView(built: Extract<State, { status: 'built' }>) {
  return html`<section aria-labelledby="preview-heading">
    <h2 id="preview-heading">${t.previewHeading}</h2>
    <p>${t.previewHint}</p>
    <div>
      <ok-agreement src=${built.feedUrl} lang=${locale} heading-level="3"></ok-agreement>
    </div>
  </section>`;
}

function draw(): void {
  render(
    html`${pageHeader(t)}
      <main>
        ${filesView()}
        ${
          state.status === 'built'
            ? html`${summaryView(state)} ${downloadView(state)} ${previewView(state)}`
            : nothing
        }
        <p><a href="builder.html${locale === 'sv' ? '' : `?ui=${locale}`}">${t.builder}</a></p>
      </main>`,
    document.body,
  );
}

draw();
