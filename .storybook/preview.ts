import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../dist/custom-elements.json';

/**
 * Storybook files attributes, properties and parts under their names, so a part named like an
 * attribute (`goal`, `chart`, `label`) would take the attribute's row: parts are shown as
 * `::part(name)`, which is also how a page styles them.
 */
function partsByTheirSelector(source: typeof manifest): typeof manifest {
  const copy = structuredClone(source);
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const part of ('cssParts' in declaration ? declaration.cssParts : undefined) ?? []) {
        part.name = `::part(${part.name})`;
      }
    }
  }
  return copy;
}

setCustomElementsManifest(partsByTheirSelector(manifest));

const preview: Preview = {
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
