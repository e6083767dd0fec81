/**
 * The builder's widgets and their options, read from `custom-elements.json`: a new element or
 * attribute appears in the builder without a change here.
 */
import { widgetTag } from './params.js';

/** How an option is entered: a checkbox, a list of choices, a number or text. */
export type OptionKind = 'boolean' | 'choice' | 'number' | 'text';

export interface WidgetOption {
  /** The attribute's name. */
  name: string;
  kind: OptionKind;
  /** The values of a `choice`, without the empty one. */
  choices: string[];
  /** The manifest's description (English). */
  description: string;
  /** The default the manifest names, as written in the source (`'map'`, `3`), if any. */
  fallback?: string;
}

export interface WidgetInfo {
  tag: string;
  /** The tag without `ok-`: the `widget` parameter. */
  widget: string;
  summary: string;
  /** Every attribute but `src`, which has a field of its own. */
  options: WidgetOption[];
}

interface Attribute {
  name?: unknown;
  type?: { text?: unknown };
  description?: unknown;
  default?: unknown;
}

interface Declaration {
  customElement?: unknown;
  tagName?: unknown;
  summary?: unknown;
  attributes?: Attribute[];
}

/** The language attribute takes two values, though its type is a plain string. */
const LANGUAGES = ['sv', 'en'];

function optionOf(attribute: Attribute): WidgetOption | undefined {
  const name = typeof attribute.name === 'string' ? attribute.name : undefined;
  if (!name || name === 'src') return undefined;
  const type = typeof attribute.type?.text === 'string' ? attribute.type.text : 'string';
  const parts = type.split('|').map((part) => part.trim());
  const literals = parts.filter((part) => /^'[^']*'$/.test(part)).map((part) => part.slice(1, -1));
  const kind: OptionKind =
    name === 'lang' ||
    (literals.length > 0 && literals.length + parts.filter((p) => p === 'undefined').length === parts.length)
      ? 'choice'
      : parts.includes('boolean')
        ? 'boolean'
        : parts.includes('number')
          ? 'number'
          : 'text';
  const fallback = typeof attribute.default === 'string' ? attribute.default : undefined;
  return {
    name,
    kind,
    choices: name === 'lang' ? LANGUAGES : literals.filter(Boolean),
    description: typeof attribute.description === 'string' ? attribute.description : '',
    fallback:
      fallback && fallback !== "''" && fallback !== 'undefined' && fallback !== 'false'
        ? fallback
        : undefined,
  };
}

/** The widgets a manifest declares that this page has defined, in the manifest's order. */
export function widgetsOf(manifest: unknown): WidgetInfo[] {
  const modules = (manifest as { modules?: { declarations?: Declaration[] }[] } | null)?.modules ?? [];
  const widgets: WidgetInfo[] = [];
  for (const declaration of modules.flatMap((module) => module.declarations ?? [])) {
    const tag = typeof declaration.tagName === 'string' ? declaration.tagName : '';
    if (
      !declaration.customElement ||
      !tag.startsWith('ok-') ||
      !widgetTag(tag.slice(3)) ||
      widgets.some((w) => w.tag === tag)
    )
      continue;
    widgets.push({
      tag,
      widget: tag.slice(3),
      summary: typeof declaration.summary === 'string' ? declaration.summary : '',
      options: (declaration.attributes ?? []).map(optionOf).filter((option) => option !== undefined),
    });
  }
  return widgets;
}
