import { nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';

/** Heading tags h2 to h6 as literals, so no markup is ever made from an attribute's text. */
const TAGS = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

interface HeadingAttributes {
  id?: string;
  /** Classes beside `heading`, which every heading has. */
  class?: string;
  part?: string;
  /** `-1` for a heading that takes focus from code. */
  tabindex?: string;
}

/**
 * `<hN>` holding `content` at `level`: the widget's `heading-level` (2 to 6, clamped by the
 * element), plus the steps down of an inner heading, never below h6. A page sets one level and
 * every widget fits its outline. (Static html lives in the views, loaded on demand, not up front.)
 */
export function heading(level: number, content: unknown, attrs: HeadingAttributes = {}): TemplateResult {
  const tag = TAGS[Math.min(level, 6) - 2] ?? TAGS[1];
  return staticHtml`<${tag} id=${attrs.id ?? nothing} class=${attrs.class ? `heading ${attrs.class}` : 'heading'} part=${
    attrs.part ?? nothing
  } tabindex=${attrs.tabindex ?? nothing}>${content}</${tag}>`;
}
