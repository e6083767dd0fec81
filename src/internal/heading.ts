import { nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';

/** Heading tags h2 to h6 as literals, so no markup is ever made from an attribute's text. */
const TAGS = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The level `heading-level` asks for: a whole number from 2 to 6, else 3. */
export function clampLevel(level: number): number {
  return Number.isFinite(level) ? Math.min(6, Math.max(2, Math.round(level))) : 3;
}

interface HeadingAttributes {
  id?: string;
  /** Classes beside `heading`, which every heading has. */
  class?: string;
  part?: string;
  /** `-1` for a heading that takes focus from code. */
  tabindex?: string;
}

/**
 * `<hN>` holding `content` at `level` (the widget's `heading-level`, plus the steps down of an inner
 * heading), never above h2 or below h6: a page sets one level and every widget fits its outline.
 */
export function heading(level: number, content: unknown, attrs: HeadingAttributes = {}): TemplateResult {
  const tag = TAGS[clampLevel(level) - 2];
  return staticHtml`<${tag} id=${attrs.id ?? nothing} class=${attrs.class ? `heading ${attrs.class}` : 'heading'} part=${
    attrs.part ?? nothing
  } tabindex=${attrs.tabindex ?? nothing}>${content}</${tag}>`;
}
