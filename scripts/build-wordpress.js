/**
 * `npm run build:wordpress` (the last step of `npm run build`): the WordPress plugin as
 * dist/wordpress/ok-widgets.zip (folder `ok-widgets/`), put together in a scratch folder so that
 * dist/ (and the npm package) holds only the zip.
 * The widgets' attributes come from dist/custom-elements.json, the bundle from dist/cdn/, the
 * compiled translations from the plugin's .po files.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { zipSync } from 'fflate';
import gettextParser from 'gettext-parser';
import {
  PLUGIN_SOURCE,
  PLUGIN_ZIP,
  TEXT_DOMAIN,
  filesUnder,
  pluginStrings,
  widgetsFromManifest,
} from './wordpress-plugin.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));

const scratch = mkdtempSync(join(tmpdir(), 'ok-widgets-plugin-'));
const plugin = join(scratch, 'ok-widgets');
cpSync(PLUGIN_SOURCE, plugin, { recursive: true });

// The widgets and their attributes, for the PHP that renders them and the block's sidebar.
const widgets = widgetsFromManifest(manifest);
writeFileSync(join(plugin, 'includes/elements.json'), `${JSON.stringify(widgets, null, 2)}\n`);

// The script-tag bundle; source maps stay out of the plugin.
cpSync('dist/cdn', join(plugin, 'assets'), { recursive: true, filter: (src) => !src.endsWith('.map') });

// The package's version in the plugin's header, constant and readme.
for (const [file, pattern, replacement] of [
  ['ok-widgets.php', /^( \* Version:\s*).+$/m, `$1${version}`],
  ['ok-widgets.php', /(define\( 'OK_WIDGETS_VERSION', ')[^']*(' \);)/, `$1${version}$2`],
  ['readme.txt', /^(Stable tag:\s*).+$/m, `$1${version}`],
]) {
  const path = join(plugin, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(pattern, replacement));
}

// Translations: the template from the sources; for each .po its .mo (PHP) and the JSON
// (wp_set_script_translations) with the block script's strings.
const strings = pluginStrings(PLUGIN_SOURCE);
const languages = join(plugin, 'languages');
const header = { 'Content-Type': 'text/plain; charset=UTF-8', 'X-Domain': TEXT_DOMAIN };
const template = {
  charset: 'utf-8',
  headers: { 'Project-Id-Version': 'OK Widgets', ...header },
  translations: {},
};
for (const { id, file, context } of strings) {
  template.translations[context] ??= {};
  template.translations[context][id] = {
    msgctxt: context || undefined,
    msgid: id,
    msgstr: [''],
    comments: { reference: file },
  };
}
writeFileSync(join(languages, `${TEXT_DOMAIN}.pot`), gettextParser.po.compile(template));

const blockScript = new Set(strings.filter((s) => s.file === 'block/index.js').map((s) => s.id));
for (const file of filesUnder(languages).filter((f) => f.endsWith('.po'))) {
  const po = gettextParser.po.parse(readFileSync(join(languages, file)));
  const locale = basename(file, '.po').slice(TEXT_DOMAIN.length + 1);
  writeFileSync(join(languages, file.replace(/\.po$/, '.mo')), gettextParser.mo.compile(po));
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': po.headers['Plural-Forms'] } };
  for (const [id, entry] of Object.entries(po.translations[''] ?? {})) {
    if (blockScript.has(id) && entry.msgstr[0]) messages[id] = entry.msgstr;
  }
  // Named after the script's handle, the first name WordPress looks for.
  writeFileSync(
    join(languages, `${TEXT_DOMAIN}-${locale}-ok-widgets-block.json`),
    JSON.stringify({ domain: 'messages', locale_data: { messages } }),
  );
}

// The zip WordPress's "Upload plugin" takes: one folder, ok-widgets/.
const entries = Object.fromEntries(
  filesUnder(plugin)
    .sort()
    .map((file) => [`ok-widgets/${file.split('\\').join('/')}`, readFileSync(join(plugin, file))]),
);
rmSync(dirname(PLUGIN_ZIP), { recursive: true, force: true });
mkdirSync(dirname(PLUGIN_ZIP), { recursive: true });
writeFileSync(PLUGIN_ZIP, zipSync(entries, { level: 9 }));
rmSync(scratch, { recursive: true, force: true });
console.log(
  `${PLUGIN_ZIP}: ${Object.keys(entries).length} files, widgets: ${Object.keys(widgets).join(', ')}`,
);
