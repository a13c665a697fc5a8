import * as z from '../zod.js';

/** Opaque identifier: letters, digits, `_` and `-`, 1 to 64 characters. */
export const IdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'Identifiant invalide (exemple : c_8f3k2)'));

/** URL-safe lowercase name, e.g. `groupe-rsa-nord`. */
export const SlugSchema = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Lettres minuscules, chiffres et tirets (exemple : groupe-rsa-nord)'),
    z.maxLength(64),
  );

/** An instant in UTC, ISO 8601 with `Z`, e.g. `2026-03-01T09:30:00.000Z`. */
export const InstantSchema = z
  .string()
  .check(
    z.regex(
      /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,3})?Z$/,
      'Date et heure au format ISO (exemple : 2026-03-01T09:30:00.000Z)',
    ),
  );

/** A calendar day, ISO 8601, e.g. `2026-03-01`. */
export const DaySchema = z
  .string()
  .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Date au format AAAA-MM-JJ (exemple : 2026-03-01)'));

/**
 * The language a person wrote in, as a BCP 47 tag (`fr`, `en`, `fr-BE`): pages mark their
 * words with it (`lang`), so a screen reader reads them with the right voice.
 */
export const LangSchema = z
  .string()
  .check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$/, 'Code de langue invalide (exemple : fr)'));

/** Trimmed, non-empty text with a maximum length. */
export const text = (max: number, example = 'un texte court') =>
  z.string().check(
    z.refine((s) => s.trim().length > 0, `Ce champ ne peut pas être vide (exemple : ${example})`),
    z.maxLength(max, `${max} caractères au plus`),
  );

/** A citizen-facing text in standard French (or English) and in FALC (easy to read). */
export const PlainTextSchema = z.object({
  standard: z.string().check(z.minLength(1)),
  falc: z.string().check(z.minLength(1)),
});
