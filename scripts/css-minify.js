/**
 * Build-time trimming of stylesheets and templates for the shipped bundles (`vite.config.ts`):
 *   - `minifyCss`: a stylesheet's text without comments and with only the whitespace CSS needs;
 *   - `litTemplateMinify`: that, applied to the text of every Lit `css` template in `src/`, and
 *     the indentation of every `html` and `svg` template left out;
 *   - `leafletUnused`: a PostCSS plugin that leaves out of Leaflet's stylesheet the rules for the
 *     parts the map never makes (controls, popups, tooltips, old-IE and VML shapes, the default
 *     marker icon), which also drops the images those rules would inline as `data:` URLs.
 */
import MagicString from 'magic-string';

/**
 * Minifies CSS text, which may be a fragment between two `${…}` of a template. Strings are kept
 * as they are; spaces go only where CSS never needs them: around `{ } ; , >` and after `:` (never
 * before it: `.a :hover` is not `.a:hover`). `+`, `~`, `(` and `)` keep theirs (`calc(a + b)`,
 * `and (…)`).
 */
export function minifyCss(text) {
  const strings = [];
  return text
    .replace(/(\/\*[\s\S]*?\*\/)|('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/g, (_, comment, string) => {
      if (comment) return ' ';
      strings.push(string);
      return `\0${strings.length - 1}\0`;
    })
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .replace(/\0(\d+)\0/g, (_, index) => strings[Number(index)]);
}

/** The tagged templates of an ESTree AST. */
function taggedTemplates(root) {
  const found = [];
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node.type === 'TaggedTemplateExpression') found.push(node);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) {
        for (const item of value) if (item && typeof item === 'object') stack.push(item);
      } else if (value && typeof value === 'object') stack.push(value);
    }
  }
  return found;
}

/**
 * Shortens the text of the Lit templates in the sources, which no minifier touches (to a
 * JavaScript minifier a template's text is data): `css` as `minifyCss` does, `html` and `svg` by
 * dropping the indentation after each line break. A break stays a break, so text under
 * `white-space: pre-line` (descriptions) reads the same; no template here is under `pre`. It runs
 * after Vite has compiled the TypeScript, so the bundler's parser reads the module.
 */
export const litTemplateMinify = {
  name: 'lit-template-minify',
  apply: 'build',
  transform(code, id) {
    if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
    const out = new MagicString(code);
    for (const node of taggedTemplates(this.parse(code))) {
      if (node.tag.type !== 'Identifier') continue;
      const kind = node.tag.name;
      if (kind !== 'css' && kind !== 'html' && kind !== 'svg') continue;
      const { quasis } = node.quasi;
      quasis.forEach(({ start, end }, index) => {
        const text = code.slice(start, end);
        // A backslash would need cooking and uncooking: no template here has one; leave it be.
        if (text.includes('\\')) return;
        let short;
        if (kind === 'css') {
          short = minifyCss(text);
          // Beside an interpolation a space may part two selectors; at the ends none is needed.
          if (index === 0) short = short.trimStart();
          if (index === quasis.length - 1) short = short.trimEnd();
        } else short = text.replace(/[ \t]*\n[ \t]*/g, '\n');
        if (short !== text) out.overwrite(start, end, short);
      });
    }
    return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
  },
};

/**
 * Selectors of the parts of Leaflet the map never makes: it has no controls, popups, tooltips,
 * vector layers (SVG, canvas), image overlays, marker shadows or draggable markers, and runs in
 * no old IE.
 */
const UNUSED_LEAFLET =
  /\.leaflet-(control|bar|popup(?!-pane)|tooltip(?!-pane)|oldie|vml|retina|default-icon|attribution|image-layer|marker-shadow|marker-draggable|tile-container)|\.lvml\b|(^|[\s>])(svg|canvas|path)\b/;
/** Declarations for browsers the widgets do not support (old IE and Firefox). */
const OLD_PREFIX = /^-(ms|moz)-/;

/** PostCSS plugin: Leaflet's stylesheet without the rules for parts the map never makes. */
export const leafletUnused = {
  postcssPlugin: 'leaflet-unused',
  Once(root) {
    if (!/[\\/]leaflet[\\/]dist[\\/]leaflet\.css(\?|$)/.test(root.source?.input.file ?? '')) return;
    root.walkRules((rule) => {
      const kept = rule.selectors.filter((selector) => !UNUSED_LEAFLET.test(selector));
      if (!kept.length) rule.remove();
      else if (kept.length < rule.selectors.length) rule.selectors = kept;
    });
    root.walkDecls((decl) => {
      if (OLD_PREFIX.test(decl.prop) || OLD_PREFIX.test(decl.value)) decl.remove();
    });
    root.walkRules((rule) => {
      if (rule.nodes.length === 0) rule.remove();
    });
    root.walkAtRules((atRule) => {
      if (atRule.nodes?.length === 0) atRule.remove();
    });
  },
};
