/** Registers a tag unless it already is (the bundle may be loaded twice on one page). */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
