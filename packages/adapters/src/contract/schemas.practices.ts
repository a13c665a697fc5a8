// Query strings and bodies of the practice operations (issue 17 §2).
import { LOCALES, PHASE_IDS, PracticeDraftSchema, PracticeSearchResultSchema } from '@participe/core';
import * as z from 'zod/mini';
import { ResourceEntrySchema } from './schemas.content.js';

const described = <S extends z.ZodMiniType>(schema: S, description: string) =>
  z.optional(schema.check(z.describe(description)) as S);
const locale = described(z.enum(LOCALES), '`fr` or `en`; default from Accept-Language, then French.');

/** Which language's sheet an operation on one sheet is about. */
export const PracticeLocaleQuerySchema = z.object({ locale });

/** `GET /api/practices/search`. */
export const PracticeSearchQuerySchema = z.object({
  locale,
  q: described(
    z.string().check(z.maxLength(200)),
    'Words to find, French stemming, accents ignored, with the domain’s synonyms (`mobilité` finds `transports`).',
  ),
  phase: described(z.enum(PHASE_IDS), 'Only sheets for this phase, e.g. `diagnose`.'),
  theme: described(z.string().check(z.minLength(1), z.maxLength(60)), 'Only sheets with this theme, e.g. `mobilité`.'),
  public: described(
    z.string().check(z.minLength(1), z.maxLength(120)),
    'Only sheets for this public, e.g. `allocataires du RSA`.',
  ),
  limit: described(
    z.int().check(z.gte(1), z.lte(100)),
    'How many sheets (and resources), 20 by default (facets count them all).',
  ),
  fields: described(
    z.enum(['summary']),
    '`summary`: each sheet’s title, territory, start, themes, public, phases and problem only (a list’s first screen); the whole sheet by default.',
  ),
});

/**
 * `GET /api/practices/search`: the sheets found, their facets, and, when words are given,
 * the resource centre's methods and tools found by the same French search (same phase).
 */
export const PracticeSearchResponseSchema = z.extend(PracticeSearchResultSchema, {
  resources: z.optional(
    z.object({
      /** Best match first, at most `limit`. */
      items: z.array(ResourceEntrySchema),
      total: z.int(),
    }),
  ),
});

/** `POST /api/spaces/{space}/practices`: a first draft, in a language. */
export const PracticeCreateSchema = z.extend(PracticeDraftSchema, {
  locale: z.optional(z.enum(LOCALES)),
});
