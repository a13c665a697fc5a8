import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../src/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  // Themes are linked as files, as a council's page would (and as a strict CSP allows).
  staticDirs: [
    { from: '../src/themes', to: '/themes' },
    { from: './static', to: '/participe-storybook' },
  ],
  core: { disableTelemetry: true },
  viteFinal: (vite) =>
    mergeConfig(vite, {
      // The widgets' target, as tsup and the council's bundler see it.
      esbuild: { target: 'es2022' },
      // Workspace packages resolve to their `src`, as in the tests: no build needed first.
      // Listing conditions replaces Vite's defaults, so they are spelled out again
      // ('import' and 'default' are always added).
      resolve: { conditions: ['participe:source', ...defaultClientConditions] },
    }),
};

export default config;
