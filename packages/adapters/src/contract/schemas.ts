// The request schemas only the API has: query strings and bodies that are not a domain
// record of core. Each one validates on the server and in-process alike (the service runs
// them before an operation), types the client, and documents the operation.
import {
  AnswersSchema,
  CONTRIBUTION_KINDS,
  CONTRIBUTION_STATUSES,
  ContributionInputSchema,
  IdSchema,
  PHASE_IDS,
  REPORT_REASONS,
  SlugSchema,
} from '@participe/core';
import * as z from 'zod/mini';

const described = <S extends z.ZodMiniType>(schema: S, description: string) =>
  z.optional(schema.check(z.describe(description)) as S);

/** The `Idempotency-Key` header: letters, digits and `-_.:`, 16 to 128; a UUID fits, a short guessable key does not. */
export const IdempotencyKeySchema = z.string().check(z.regex(/^[A-Za-z0-9_.:-]{16,128}$/));

/** `GET /api/contributions`: lists are comma-separated in the query string. */
export const ContributionQuerySchema = z.object({
  space: described(
    z.string().check(z.maxLength(64)),
    'Space id or slug, e.g. `groupe-rsa-nord`. Needed for `overdue` and for members’ views.',
  ),
  status: described(
    z.array(z.enum(CONTRIBUTION_STATUSES)).check(z.minLength(1), z.maxLength(14)),
    'Comma-separated statuses, e.g. `published,underReview`.',
  ),
  kind: described(z.enum(CONTRIBUTION_KINDS), '`observation`, `proposal`, `question` or `testimony`.'),
  theme: described(SlugSchema, 'Theme id, e.g. `mobilite`.'),
  territory: described(
    z.string().check(z.minLength(1), z.maxLength(120)),
    'Exact territory, e.g. `Quartier des Tilleuls`.',
  ),
  overdue: described(z.boolean(), 'Only contributions past the space’s answer delay (needs `space`).'),
  q: described(z.string().check(z.maxLength(200)), 'Full-text search (French stemming on PostgreSQL).'),
  cursor: described(z.string().check(z.maxLength(512)), '`nextCursor` of the previous page.'),
  limit: described(z.int().check(z.gte(1), z.lte(100)), 'How many, 20 by default.'),
});

const locale = described(z.enum(['fr', 'en']), '`fr` or `en`; default from Accept-Language, then French.');

/** The resource centre's lists and entries. */
export const ContentQuerySchema = z.object({
  locale,
  phase: described(z.enum(PHASE_IDS), 'Only entries for this phase, e.g. `diagnose`.'),
});

export const QuestionnaireQuerySchema = z.object({ locale });

export const ModerationQuerySchema = z.object({
  queue: described(z.enum(['awaitingApproval', 'reported', 'hidden']), 'Only this queue.'),
  reason: described(z.enum(REPORT_REASONS), 'Only items reported for this reason.'),
  olderThanDays: described(z.int().check(z.gte(0), z.lte(3650)), 'Only items waiting for at least this many days.'),
});

/** `GET /api/board` and `GET /api/spaces/{space}/board`. */
export const BoardQuerySchema = z.object({
  year: described(
    z.int().check(z.gte(2000), z.lte(2999)),
    'Only contributions published that year (UTC), e.g. `2026`.',
  ),
});

export const AttestationsQuerySchema = z.object({
  member: described(z.string(), 'Only this member’s attestations, e.g. `m_7h2k`.'),
});

/** The create body: the input, plus the honeypot field and the draft switch. */
export const CreateContributionSchema = z.safeExtend(ContributionInputSchema, {
  website: z.optional(z.string().check(z.describe('Honeypot: leave empty. Bots fill it; nothing is stored then.'))),
  draft: z.optional(
    z.boolean().check(z.describe('Keep it as a draft the author submits later. Default: sent at once.')),
  ),
});

export const PublishAnswersSchema = z.object({
  items: z.array(z.object({ id: IdSchema, expectedVersion: z.int().check(z.gte(1)) })).check(
    z.minLength(1, 'Choisissez au moins une réponse à publier'),
    z.maxLength(200, '200 réponses au plus à la fois'),
    z.refine(
      (items) => new Set(items.map((i) => i.id)).size === items.length,
      'La même contribution est deux fois dans la liste',
    ),
  ),
});

/** What the author proves they hold: the follow-up code and the secret code shown at creation. */
export const AuthorProofSchema = z.object({
  /** As printed on the receipt; spaces, dashes and case do not matter. */
  followUpCode: z.string().check(z.minLength(6), z.maxLength(20)),
  secret: z.string().check(z.minLength(1), z.maxLength(200)),
});

export const DiagnosticSubmissionSchema = z.object({
  /** Answers by question id; the role is the member's, from their token. */
  answers: AnswersSchema,
});
