import { createRequire } from 'node:module';

/** The package's version, read from its package.json (src/cli and dist/cli are both two folders down). */
export const VERSION: string = createRequire(import.meta.url)('../../package.json').version;
