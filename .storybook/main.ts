import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: [{ from: '../demo/feeds', to: '/feeds' }],
  core: { disableTelemetry: true },
  // The project's vite.config.ts builds the library; Storybook builds an app.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    build: { ...viteConfig.build, lib: false, rollupOptions: {} },
  }),
};

export default config;
