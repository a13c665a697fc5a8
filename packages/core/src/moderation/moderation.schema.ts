import { IdSchema, InstantSchema, LangSchema } from '../shared/primitives.js';
import * as z from '../zod.js';

/** Why someone reports a contribution. */
export const REPORT_REASONS = ['insult', 'personalData', 'discrimination', 'spam', 'offTopic', 'other'] as const;

/** What a citizen sends to report a contribution. */
export const ReportInputSchema = z.object({
  reason: z.enum(REPORT_REASONS),
  /** Optional words to explain, e.g. which sentence. */
  note: z._default(z.string().check(z.maxLength(1000)), ''),
  /** The language the note is written in (the page's); absent: French. */
  lang: z.optional(LangSchema),
});

/** How a facilitator closed a report. */
export const REPORT_OUTCOMES = ['hidden', 'kept'] as const;

export const ReportSchema = z.object({
  id: IdSchema,
  contributionId: IdSchema,
  spaceId: IdSchema,
  reason: z.enum(REPORT_REASONS),
  note: z.string().check(z.maxLength(1000)),
  /** The language the note was written in; absent on older reports: French. */
  lang: z.optional(LangSchema),
  createdAt: InstantSchema,
  /** `null` while a facilitator has not looked at it. */
  closed: z.nullable(
    z.object({
      outcome: z.enum(REPORT_OUTCOMES),
      at: InstantSchema,
      /** The facilitator's reason, shown to the author when the contribution is hidden. */
      reason: z.string().check(z.maxLength(1000)),
    }),
  ),
});

/** A facilitator keeps a reported contribution online and says why. */
export const DismissReportsInputSchema = z.object({
  reason: z.string().check(
    z.refine(
      (s) => s.trim().length > 0,
      'Ce champ ne peut pas être vide (exemple : Le propos critique un service, sans insulte)',
    ),
    z.maxLength(1000),
  ),
});
