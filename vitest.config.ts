import { defineConfig } from 'vitest/config';

// Workspace packages resolve each other's `src` through the `participe:source`
// export condition, so tests never need a build first.
export default defineConfig({
  esbuild: { target: 'es2022' },
  resolve: { conditions: ['participe:source'] },
  ssr: { resolve: { conditions: ['participe:source'] } },
  test: {
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
    ],
  },
});
