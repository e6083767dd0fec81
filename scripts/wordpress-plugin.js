/**
 * What the WordPress plugin's build and its tests share: where the plugin lives, the widgets'
 * attributes read from the manifest, and the plugin's translatable strings read from its sources.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const PLUGIN_SOURCE = 'wordpress/ok-widgets';
export const PLUGIN_ZIP = 'dist/wordpress/ok-widgets.zip';
export const TEXT_DOMAIN = 'ok-widgets';

/** Attributes whose value is a URL: only http(s) passes, escaped as a URL or (templates) as text. */
const URL_KINDS = { src: 'url', tiles: 'url-template' };

/** `<ok-feed>` shows nothing of its own: alone in a post it would be an empty box. */
const NOT_WIDGETS = ['ok-feed'];

const camelCase = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

/** The attribute's kind, from its type in the manifest. */
function kindOf(attribute) {
  const type = attribute.type?.text ?? 'string';
  if (URL_KINDS[attribute.name]) return URL_KINDS[attribute.name];
  if (type === 'boolean') return 'boolean';
  if (/\bnumber\b/.test(type)) return 'number';
  return 'string';
}

/** The fixed values of a union of string literals (`'map' | 'list'`), without the empty one. */
function choicesOf(attribute) {
  const parts = (attribute.type?.text ?? '').split('|').map((part) => part.trim());
  if (!parts.every((part) => /^'[^']*'$|^undefined$/.test(part))) return [];
  return parts.filter((part) => part.startsWith("'") && part !== "''").map((part) => part.slice(1, -1));
}

/**
 * The widgets by type (the tag without `ok-`) with their attributes, keyed by the name editors
 * write. `type` names the widget in the shortcode and the block, so an element's own `type`
 * attribute is written with its first word in front (`event-type` for the calendar).
 */
export function widgetsFromManifest(manifest) {
  const widgets = {};
  const properties = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName || NOT_WIDGETS.includes(declaration.tagName))
        continue;
      const type = declaration.tagName.replace(/^ok-/, '');
      const attributes = {};
      for (const attribute of declaration.attributes ?? []) {
        const name = attribute.name === 'type' ? `${type.split('-')[0]}-type` : attribute.name;
        const kind = kindOf(attribute);
        const property = camelCase(name);
        // The block holds one attribute per property for all widgets: one type for each.
        const isBoolean = kind === 'boolean';
        if (properties.has(property) && properties.get(property) !== isBoolean)
          throw new Error(
            `${property} is boolean in one widget and not in another; the block cannot hold both: rename one.`,
          );
        properties.set(property, isBoolean);
        attributes[name] = {
          attribute: attribute.name,
          property,
          kind,
          choices: choicesOf(attribute),
          description: attribute.description ?? '',
        };
      }
      widgets[type] = { tag: declaration.tagName, summary: declaration.summary ?? '', attributes };
    }
  }
  return Object.fromEntries(Object.entries(widgets).sort(([a], [b]) => a.localeCompare(b)));
}

/** Every file under `dir`, as paths relative to it. */
export function filesUnder(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(dir, join(prefix, entry.name)) : [join(prefix, entry.name)],
  );
}

const unquote = (text) => text.replace(/\\(['\\])/g, '$1');

/** The translation calls with a literal string in the plugin's text domain. */
const CALLS =
  /\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'ok-widgets'\s*\)/g;

/**
 * The plugin's translatable strings, `{ context, id, file }`: the calls in PHP and in the block's
 * script, the block's title, description and keywords (which WordPress translates with contexts)
 * and the plugin header's name and description (the plugin list shows them translated).
 */
export function pluginStrings(dir = PLUGIN_SOURCE) {
  const strings = [];
  const add = (id, file, context = '') => {
    if (!strings.some((s) => s.id === id && s.context === context)) strings.push({ id, file, context });
  };
  for (const file of filesUnder(dir)
    .filter((f) => /\.(php|js)$/.test(f))
    .sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const match of text.matchAll(CALLS)) add(unquote(match[1]), file);
    if (file === 'ok-widgets.php') {
      for (const header of ['Plugin Name', 'Description'])
        add(new RegExp(`^ \\* ${header}:\\s*(.+)$`, 'm').exec(text)[1].trim(), file);
    }
  }
  const block = JSON.parse(readFileSync(join(dir, 'block/block.json'), 'utf8'));
  add(block.title, 'block/block.json', 'block title');
  add(block.description, 'block/block.json', 'block description');
  for (const keyword of block.keywords) add(keyword, 'block/block.json', 'block keyword');
  return strings;
}
