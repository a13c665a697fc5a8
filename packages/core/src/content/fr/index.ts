import type { ContentPack } from '../content.types.js';
import { glossary } from './glossary.js';
import { guide } from './guide.js';
import { phases } from './phases.js';
import { practices } from './practices.js';
import { resources } from './resources.js';

/** French content, written for Participe: the reference every other locale follows. */
export const fr = { locale: 'fr', phases, glossary, resources, guide, practices } satisfies ContentPack;
