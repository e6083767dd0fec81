/** What `npm run build` writes into `dist/`, checked as a consumer's bundler would read it. */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const scripts = (dir) =>
  readdirSync(dir, { recursive: true })
    .filter((file) => file.endsWith('.js'))
    .map((file) => join(dir, file));
const bundlerFiles = scripts('dist').filter(
  (file) =>
    !file.startsWith(join('dist', 'cdn')) &&
    !file.startsWith(join('dist', 'pages')) &&
    file !== join('dist', 'cli.js'),
);
const BARE = /(?:from|import)\s*\(?\s*["']([^./"'][^"']*)["']/g;
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

test('the bundler build imports its dependencies by name, and uses every one it declares', () => {
  const imported = new Set(
    bundlerFiles.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(BARE)].map((m) => packageOf(m[1])),
    ),
  );
  assert.deepEqual([...imported].sort(), Object.keys(pkg.dependencies).sort());
});

test('the script-tag build is self-contained', () => {
  for (const file of scripts(join('dist', 'cdn'))) {
    assert.deepEqual(
      [...readFileSync(file, 'utf8').matchAll(BARE)].map((m) => m[1]),
      [],
      file,
    );
  }
});

test('no chunk only imports or passes on other chunks', () => {
  for (const file of [...bundlerFiles, ...scripts(join('dist', 'cdn'))].filter((f) => f.includes('chunks'))) {
    const code = readFileSync(file, 'utf8')
      .replace(/\/\/# sourceMappingURL=.*/, '')
      .trim();
    assert.doesNotMatch(
      code,
      /^(?:import\s*(?:\{[^}]*\}\s*from\s*)?["'][^"']+["'];?\s*)*(?:export\s*\{[^}]*\};?)?$/,
      file,
    );
  }
});

test('the builder and embed pages load the widgets from the script-tag build beside them', () => {
  for (const page of ['builder.html', 'embed.html']) {
    const html = readFileSync(join('dist', page), 'utf8');
    // Relative paths only, so that any static host can serve dist/ from any folder.
    assert.doesNotMatch(html, /(?:src|href)="\//, page);
  }
  const pages = scripts(join('dist', 'pages'));
  assert.ok(pages.length > 0);
  for (const file of pages) {
    const code = readFileSync(file, 'utf8');
    assert.deepEqual(
      [...code.matchAll(BARE)].map((m) => m[1]),
      [],
      file,
    );
  }
  assert.ok(
    pages.some((file) => readFileSync(file, 'utf8').includes('"../cdn/ok-widgets.js"')),
    'a page imports ../cdn/ok-widgets.js',
  );
});

test('the script-tag build carries no comments, no indented CSS or HTML and no Leaflet rules the map never uses', () => {
  const files = scripts(join('dist', 'cdn'));
  for (const file of files) {
    const code = readFileSync(file, 'utf8').replace(/\/\/# sourceMappingURL=.*/, '');
    // A declaration or a tag on an indented line is a template as written, not as a browser needs it.
    const found = /\/\*.{0,40}|\n\s*[\w-]+: [^;{}\n]+;\n|\n[ \t]+<.{0,40}/s.exec(code);
    assert.equal(found?.[0], undefined, `${file}: a comment or an indented template`);
  }
  const engine = files.find((file) => /map-engine-[\w-]+\.js$/.test(file));
  const code = readFileSync(engine, 'utf8');
  assert.ok(code.includes('.leaflet-pane'), "Leaflet's stylesheet is in the map engine");
  // Rules for controls, popups and tooltips, and the images they inline.
  const unused = /\.leaflet-(control|popup|tooltip)(?!-pane)[\w-]*[{,]|data:image\/png/.exec(code);
  assert.equal(unused?.[0], undefined, 'a Leaflet rule for a part the map never makes');
});

test("the script-tag build's map engine holds only the parts of Leaflet it uses", () => {
  const engine = scripts(join('dist', 'cdn')).find((file) => /map-engine-[\w-]+\.js$/.test(file));
  const code = readFileSync(engine, 'utf8');
  assert.ok(code.includes('_leaflet_id'), 'Leaflet is in the map engine');
  // Each interaction handler registers itself as its module evaluates: none may be shaken off.
  for (const handler of ['boxZoom', 'doubleClickZoom', 'dragging', 'keyboard', 'touchZoom']) {
    assert.ok(code.includes(`\`${handler}\``), `the ${handler} handler`);
  }
  // Class names only popups, tooltips, the zoom control, a marker's drag handler and its default
  // icon set.
  for (const part of [
    'leaflet-popup-content-wrapper',
    'leaflet-tooltip ',
    'leaflet-control-zoom-in',
    'leaflet-marker-draggable',
    'leaflet-default-icon-path',
  ]) {
    assert.ok(!code.includes(part), part);
  }
});

test('the CSS minifier keeps strings, selectors and what a value needs its spaces for', async () => {
  const { minifyCss } = await import('../../scripts/css-minify.js');
  assert.equal(
    minifyCss(`
      /* why it's so */
      .a :hover,
      .b > .c {
        content: '·  /  ,';
        width: calc(100% - 2 * var(--x, 1px));
      }
      @media (min-width: 40em) and (forced-colors: active) {
        .d + .e ~ .f { color: red !important; }
      }
    `),
    " .a :hover,.b>.c{content:'·  /  ,';width:calc(100% - 2 * var(--x,1px))}" +
      '@media (min-width:40em) and (forced-colors:active){.d + .e ~ .f{color:red !important}}',
  );
});
