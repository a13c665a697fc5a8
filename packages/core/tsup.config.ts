import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'content/fr/index': 'src/content/fr/index.ts',
    'content/en/index': 'src/content/en/index.ts',
  },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Keep modules apart so a bundler can drop what an app does not import.
  splitting: true,
  treeshake: true,
});
