// Query strings and bodies of the practice operations (issue 17 §2).
import { LOCALES, PHASE_IDS, PracticeDraftSchema } from '@participe/core';
import * as z from 'zod/mini';

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
  limit: described(z.int().check(z.gte(1), z.lte(100)), 'How many sheets, 20 by default (facets count them all).'),
});

/** `POST /api/spaces/{space}/practices`: a first draft, in a language. */
export const PracticeCreateSchema = z.extend(PracticeDraftSchema, {
  locale: z.optional(z.enum(LOCALES)),
});
