// `pnpm build` runs this after tsup: writes the ready-to-serve files to `dist/browser/`.
import { fileURLToPath } from 'node:url';
import { buildBrowserDist } from './browser.js';

const started = performance.now();
await buildBrowserDist(fileURLToPath(new URL('..', import.meta.url)));
console.log(`dist/browser written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
