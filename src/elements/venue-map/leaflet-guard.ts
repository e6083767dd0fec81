/**
 * Leaflet 1.9 probes for inline SVG with `div.innerHTML = '<svg/>'` while its module evaluates.
 * A host page that requires Trusted Types rejects that string (and reports a violation), which
 * would stop the map from loading. Imported just before Leaflet, this module lets a div build
 * exactly that probe with DOM calls; `releaseGuard`, called once Leaflet has evaluated, gives
 * the browser's own setter back. Every other value goes to the browser's setter unchanged.
 */
const native = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;
const divs = HTMLDivElement.prototype;
const guarded = !Object.hasOwn(divs, 'innerHTML');

if (guarded) {
  Object.defineProperty(divs, 'innerHTML', {
    configurable: true,
    get(this: HTMLDivElement) {
      return native.get!.call(this) as string;
    },
    set(this: HTMLDivElement, value: unknown) {
      if (value === '<svg/>')
        this.replaceChildren(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
      else native.set!.call(this, value);
    },
  });
}

export function releaseGuard(): void {
  if (guarded) delete (divs as { innerHTML?: string }).innerHTML;
}
