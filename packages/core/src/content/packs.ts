import { en } from './en/index.js';
import { fr } from './fr/index.js';

/** Content packs by locale. Import `@participe/core/content/fr` for one pack alone. */
export const contentPacks = { fr, en } as const;
export { en, fr };
