import { defineConfig } from 'tsup';
import { ENTRIES } from './build/entries.js';

// For bundlers: the library (`index`) and the element files; shared code lands in common
// chunks, loaded once. `dist/browser/` (ready to serve) is built after, by `build/browser.ts`.
export default defineConfig({
  entry: { index: 'src/index.ts', ...ENTRIES },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  splitting: true,
  external: ['@participe/core', '@participe/adapters', 'lit', 'xstate'],
});
