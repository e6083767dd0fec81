/**
 * `embed.html?widget=…&src=…&…`: one widget alone, for a CMS that allows only an `<iframe>`. It
 * tells its parent its height on every change, and its links open in the top window.
 */
import '../ok-widgets.js';
import { toLocale } from '../internal/locale.js';
import { readQuery, RESIZE_MESSAGE } from './params.js';
import { builderStrings, embedStrings } from './pages.strings.js';

const query = new URLSearchParams(location.search);
const locale = toLocale(query.get('lang') ?? 'sv');
const t = embedStrings[locale];
document.documentElement.lang = locale;

const read = readQuery(query);
const main = document.querySelector('main')!;
// The frame's own heading and title name its widget, for screen readers that enter it.
const heading = document.createElement('h1');
heading.className = 'visually-hidden';
if ('error' in read) {
  heading.textContent = t.errorTitle;
  const message = document.createElement('p');
  message.className = 'embed-error';
  message.textContent = read.error === 'widget' ? t.unknownWidget : t.badSrc;
  main.append(heading, message);
} else {
  heading.textContent = builderStrings[locale].widgets[read.tag] ?? read.tag;
  const widget = document.createElement(read.tag);
  for (const [name, value] of read.attributes) widget.setAttribute(name, value);
  main.append(heading, widget);
}
document.title = heading.textContent;

/** The page's height, posted to the parent whenever it changes (and once at first). */
if (parent !== window) {
  let last = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The height is no secret, and the parent's origin is unknown to the page.
    parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
  }).observe(document.documentElement);
}

/**
 * A link inside a widget opens in the top window, not in the frame. The links live in shadow
 * roots, where a `<base target>` does not reach: the click's composed path finds the anchor, and
 * its target is set before the browser follows it. Links within the page, with a target of their
 * own, downloads and other schemes (mailto:, tel:, blob:) are left as they are.
 */
addEventListener(
  'click',
  (event) => {
    const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement);
    if (!link?.href || link.target || link.hasAttribute('download')) return;
    const url = new URL(link.href);
    const here = new URL(location.href);
    if (!/^https?:$/.test(url.protocol)) return;
    if (url.hash && url.origin + url.pathname + url.search === here.origin + here.pathname + here.search)
      return;
    link.target = '_top';
  },
  true,
);
