/**
 * Build-time CSS trimming for the shipped bundles (`vite.config.ts`):
 *   - `minifyCss`: a stylesheet's text without comments and with only the whitespace CSS needs;
 *   - `litCssMinify`: that, applied to the text of every Lit `css` template in `src/`, which no
 *     minifier touches (to a JavaScript minifier a template's text is data);
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

/** The static parts of every `` css`…` `` template in `code`, as [start, end] offsets. */
function cssTemplateParts(code) {
  const parts = [];
  for (const match of code.matchAll(/\bcss`/g)) {
    let start = match.index + match[0].length;
    let at = start;
    while (at < code.length && code[at] !== '`') {
      if (code[at] === '\\') {
        at += 2;
      } else if (code.startsWith('${', at)) {
        parts.push([start, at]);
        // An interpolation here is a name (`${chipStyles}`): it holds no braces or backticks.
        at = code.indexOf('}', at) + 1;
        start = at;
      } else at++;
    }
    parts.push([start, at]);
  }
  return parts;
}

/** Minifies the text of the Lit `css` templates in the sources' TypeScript, with a source map. */
export const litCssMinify = {
  name: 'lit-css-minify',
  apply: 'build',
  transform(code, id) {
    if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
    const out = new MagicString(code);
    for (const [start, end] of cssTemplateParts(code)) {
      const text = code.slice(start, end);
      // A backslash would need cooking and uncooking: no stylesheet here has one; leave it be.
      if (text.includes('\\') || !text.trim()) continue;
      let minified = minifyCss(text);
      // Beside an interpolation a space may part two selectors; at the ends of a template none is needed.
      if (code[start - 1] === '`') minified = minified.trimStart();
      if (code[end] === '`') minified = minified.trimEnd();
      if (minified !== text) out.overwrite(start, end, minified);
    }
    return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
  },
};

/**
 * Selectors of the parts of Leaflet the map never makes: it has no controls, popups, tooltips,
 * vector layers (SVG, canvas), image overlays or marker shadows, and runs in no old IE.
 */
const UNUSED_LEAFLET =
  /\.leaflet-(control|bar|popup(?!-pane)|tooltip(?!-pane)|oldie|vml|retina|default-icon|attribution|image-layer|marker-shadow|tile-container)|\.lvml\b|(^|[\s>])(svg|canvas|path)\b/;
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
