/** The two snippets the builder offers: a script tag with the element, and an iframe. */
import { RESIZE_MESSAGE } from './params.js';

/** Text made safe inside a double-quoted HTML attribute (and between tags). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `<script type="module" src="…"></script>` and the element with its attributes. */
export function scriptSnippet(bundleUrl: string, tag: string, attributes: [string, string][]): string {
  const attrs = attributes.map(([name, value]) =>
    value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`,
  );
  return `<script type="module" src="${escapeHtml(bundleUrl)}"></script>
<${tag}${attrs.join('')}></${tag}>`;
}

/** The embed page's address for a widget and its attributes (booleans as `name=`). */
export function embedUrl(embedPage: string, widget: string, attributes: [string, string][]): string {
  const url = new URL(embedPage);
  url.search = new URLSearchParams([['widget', widget], ...attributes]).toString();
  return url.href;
}

/**
 * The iframe, with a `title` for screen readers and a fixed height that serves where scripts are
 * stripped, and the few lines that apply the heights the embed page posts: each script answers
 * only its own iframe (`event.source`), so several may share a page.
 */
export function iframeSnippet(src: string, title: string, height: number): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" height="${height}" style="display:block;width:100%;border:0" loading="lazy"></iframe>
<script>
  (function (frame) {
    addEventListener('message', function (event) {
      var data = event.data;
      if (event.source === frame.contentWindow && data && data.type === '${RESIZE_MESSAGE}' && data.height > 0)
        frame.style.height = Math.ceil(data.height) + 'px';
    });
  })(document.currentScript.previousElementSibling);
</script>`;
}
