import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties (or any style property) on an element through the CSSOM, e.g.
 * `<div ${cssProps({ '--share': '40%' })}>`. Unlike a `style` attribute or `styleMap`'s first
 * render, this works under a Content-Security-Policy without 'unsafe-inline' styles.
 */
class CssPropsDirective extends Directive {
  #previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssProps belongs in an element position.');
  }

  render(_props: Readonly<Record<string, string | undefined>>): typeof noChange {
    return noChange;
  }

  override update(
    part: ElementPart,
    [props]: [Readonly<Record<string, string | undefined>>],
  ): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.#previous) if (props[name] === undefined) style.removeProperty(name);
    this.#previous = new Set();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.#previous.add(name);
    }
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
