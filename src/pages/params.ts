/**
 * What the builder and the embed page read from their query: `widget` (the tag without `ok-`),
 * and any attribute of that element. Everything in a query is untrusted: a widget must be one
 * of the library's defined elements, only its own attributes pass, and a feed must be http(s).
 */

/** The `type` of the message by which the embed page tells its parent its height. */
export const RESIZE_MESSAGE = 'ok-widgets:resize';

/** The element that holds nothing of its own and so is no widget to embed alone. */
const NOT_A_WIDGET = 'ok-feed';

/** The tag a `widget` parameter names, if it is a widget of this library defined on the page. */
export function widgetTag(widget: string | null | undefined): string | undefined {
  if (!widget || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(widget)) return undefined;
  const tag = `ok-${widget}`;
  return tag !== NOT_A_WIDGET && customElements.get(tag) ? tag : undefined;
}

/** A feed address as given, if it is an absolute http(s) URL; nothing else is ever fetched. */
export function feedUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A boolean attribute is on when present, whatever its value, so `chart="false"` would show the
 * chart. In a query an editor may well write `chart=false`: these values mean off.
 */
export function isOff(value: string): boolean {
  return /^(false|0|no|nej|off)$/i.test(value.trim());
}

interface PropertyOptions {
  attribute?: boolean | string;
  type?: unknown;
}

/**
 * The attributes an element observes, each marked boolean or not, from Lit's own property table:
 * the element as it runs, so the page trusts nothing a query claims about it.
 */
export function attributesOf(tag: string): Map<string, boolean> {
  const element = customElements.get(tag) as
    (CustomElementConstructor & { elementProperties?: Map<PropertyKey, PropertyOptions> }) | undefined;
  const attributes = new Map<string, boolean>();
  for (const [name, options] of element?.elementProperties ?? []) {
    if (options.attribute === false || typeof name !== 'string') continue;
    const attribute = typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
    attributes.set(attribute, options.type === Boolean);
  }
  return attributes;
}

export interface WidgetQuery {
  tag: string;
  /** Attributes to set, in the query's order, booleans as `''` (and left out when off). */
  attributes: [string, string][];
  /** Parameters that are no attribute of the element, in the query's order. */
  ignored: string[];
}

/** The parameters the pages themselves read; never passed to an element. */
export const PAGE_PARAMS = ['widget'];

/**
 * The element and attributes a query asks for, or why it cannot be shown: no known widget, or a
 * feed address that is missing or not http(s).
 */
export function readQuery(
  query: URLSearchParams,
  pageParams: readonly string[] = PAGE_PARAMS,
): WidgetQuery | { error: 'widget' | 'src' } {
  const tag = widgetTag(query.get('widget'));
  if (!tag) return { error: 'widget' };
  const src = feedUrl(query.get('src'));
  if (!src) return { error: 'src' };
  const known = attributesOf(tag);
  const attributes: [string, string][] = [];
  const ignored: string[] = [];
  for (const [name, value] of query) {
    if (pageParams.includes(name) || attributes.some(([seen]) => seen === name)) continue;
    const boolean = known.get(name);
    if (boolean === undefined) ignored.push(name);
    else if (name === 'src') attributes.push([name, src]);
    else if (!boolean) attributes.push([name, value]);
    else if (!isOff(value)) attributes.push([name, '']);
  }
  return { tag, attributes, ignored: [...new Set(ignored)] };
}
