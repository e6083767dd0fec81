/**
 * Leaflet 1.9 probes for inline SVG with `div.innerHTML = '<svg/>'` while its module evaluates.
 * A host page that requires Trusted Types rejects that string (and reports a violation), which
 * would stop the map from loading. Imported just before Leaflet, this module patches
 * `HTMLDivElement.prototype.innerHTML` so that a div builds exactly that probe with DOM calls;
 * every other value goes to the browser's setter unchanged.
 *
 * The patch lives only while Leaflet evaluates: the map engine calls `releaseGuard` right after
 * (a named import also keeps this module in builds, where package.json's `sideEffects` would drop
 * a bare one). Should Leaflet throw, the microtask queued here releases it all the same: the
 * chunk evaluates synchronously, so the microtask runs just after. A page that defines its own
 * `innerHTML` on divs is left alone.
 */
const native = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;
const divs = HTMLDivElement.prototype;

const guarded = !Object.hasOwn(divs, 'innerHTML');

export function releaseGuard(): void {
  if (guarded) delete (divs as { innerHTML?: string }).innerHTML;
}

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
  queueMicrotask(releaseGuard);
}
