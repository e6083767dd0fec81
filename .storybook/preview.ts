import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../dist/custom-elements.json';
import { hostPage } from '../stories/host-page.js';

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
  decorators: [hostPage],
  globalTypes: {
    theme: {
      description: 'Light or dark theme, through the --ok-* tokens',
      toolbar: { icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
    width: {
      description: "The host page's content column",
      toolbar: {
        icon: 'browser',
        items: [
          { value: '360', title: '360 px (phone)' },
          { value: '700', title: '700 px (column at 1280)' },
          { value: '1280', title: '1280 px' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', width: '700' },
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
