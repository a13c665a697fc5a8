import type { ContentPack } from '../content.types.js';
import { glossary } from './glossary.js';
import { guide } from './guide.js';
import { phases } from './phases.js';
import { practices } from './practices.js';
import { resources } from './resources.js';

/** English content, with the same keys as the French pack. */
export const en = { locale: 'en', phases, glossary, resources, guide, practices } satisfies ContentPack;
