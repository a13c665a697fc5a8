import { DaySchema, IdSchema, InstantSchema } from '../shared/primitives.js';
import { ACTOR_ROLES } from '../shared/roles.js';
import * as z from '../zod.js';
import { CYCLE_REASON_MIN, PHASE_IDS } from './cycle.phases.js';
import { EVALUATION_VIEWPOINTS } from './cycle.types.js';

const actor = z.object({ role: z.enum(ACTOR_ROLES), id: z.nullable(IdSchema) });
/** One real sentence: the machine refuses a shorter one, the API says so with the field. */
const reason = z.string().check(
  z.maxLength(1000),
  z.refine((s) => s.trim().length >= CYCLE_REASON_MIN, {
    message: `Donnez la raison en une phrase, d’au moins ${CYCLE_REASON_MIN}\u00a0caractères (exemple\u00a0: Trop peu d’habitants sont venus aux deux dernières réunions.)`,
  }),
);
const viewpointNote = z.string().check(z.maxLength(2000));
const count = z.int().check(z.gte(0));

/** A cycle event as a client sends it (the server adds actor and time). */
export const CycleCommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('cycle.facts'),
    facts: z.partial(
      z.object({
        memberCount: count,
        charterAdoptedOn: z.nullable(DaySchema),
        contributionCount: count,
        unansweredCount: count,
        commitmentCount: count,
        commitmentsWithProgress: count,
      }),
    ),
  }),
  z.object({ type: z.literal('cycle.problem.state'), statement: z.string().check(z.minLength(1), z.maxLength(500)) }),
  z
    .object({
      type: z.literal('cycle.evaluation.record'),
      viewpoints: z.array(z.enum(EVALUATION_VIEWPOINTS)).check(z.maxLength(EVALUATION_VIEWPOINTS.length)),
      summary: z.string().check(z.maxLength(4000)),
      /** What each viewpoint saw change, in its words. */
      views: z.optional(z.partialRecord(z.enum(EVALUATION_VIEWPOINTS), viewpointNote)),
    })
    .check(
      z.refine(
        (e) =>
          new Set([
            ...e.viewpoints,
            ...Object.entries(e.views ?? {})
              .filter(([, t]) => (t ?? '').trim() !== '')
              .map(([v]) => v),
          ]).size >= 2,
        {
          message: 'Une évaluation croise au moins deux regards (exemple\u00a0: habitants et professionnels)',
          path: ['viewpoints'],
        },
      ),
    ),
  z.object({ type: z.literal('cycle.override'), reason }),
  z.object({ type: z.literal('cycle.advance') }),
  z.object({
    type: z.literal('cycle.back'),
    reason,
    /** An earlier phase of the same round. @default the previous phase */
    to: z.optional(z.enum(PHASE_IDS)),
  }),
]);

export const StoredCycleEventSchema = z.object({
  spaceId: IdSchema,
  seq: z.int().check(z.gte(1)),
  actor,
  at: InstantSchema,
  command: CycleCommandSchema,
});
