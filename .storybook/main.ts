import type { StorybookConfig } from '@storybook/react-vite';
import { catalogIndexer, catalogStoriesPlugin } from './catalog-stories.ts';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)', '../stories/catalog/*.catalog.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  experimental_indexers: async (existing) => [catalogIndexer, ...(existing ?? [])],
  viteFinal: async (config) => ({ ...config, plugins: [...(config.plugins ?? []), catalogStoriesPlugin()] }),
};
export default config;
