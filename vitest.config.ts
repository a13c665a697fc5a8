import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

/** Debian's chromium: Playwright cannot download its own browser on these machines. */
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

// Workspace packages resolve each other's `src` through the `participe:source`
// export condition, so tests never need a build first.
export default defineConfig({
  esbuild: { target: 'es2022' },
  resolve: { conditions: ['participe:source'] },
  ssr: { resolve: { conditions: ['participe:source'] } },
  test: {
    // No test depends on speed: on a loaded 2-core machine (CI with a browser, PGlite and
    // PostgreSQL at once) a test of a few hundred milliseconds can take seconds.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          root: './packages/core',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'adapters',
          root: './packages/adapters',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'examples',
          root: './examples',
          environment: 'node',
          include: ['*/src/**/*.test.ts', '*/test/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'widgets-node',
          root: './packages/widgets',
          environment: 'node',
          include: ['test/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'widgets',
          root: './packages/widgets',
          include: ['src/**/*.test.ts'],
          setupFiles: ['./src/testing-setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            instances: [{ browser: 'chromium' }],
            provider: playwright({ launchOptions: CHROMIUM }),
          },
        },
      },
    ],
  },
});
