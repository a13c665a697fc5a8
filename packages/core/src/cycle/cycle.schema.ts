import { DaySchema, IdSchema, InstantSchema } from '../shared/primitives.js';
import { ACTOR_ROLES } from '../shared/roles.js';
import * as z from '../zod.js';
import { EVALUATION_VIEWPOINTS } from './cycle.types.js';

const actor = z.object({ role: z.enum(ACTOR_ROLES), id: z.nullable(IdSchema) });
const reason = z.string().check(z.minLength(1), z.maxLength(1000));
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
  z.object({
    type: z.literal('cycle.evaluation.record'),
    viewpoints: z.array(z.enum(EVALUATION_VIEWPOINTS)).check(z.minLength(1)),
    summary: z.string().check(z.maxLength(4000)),
  }),
  z.object({ type: z.literal('cycle.override'), reason }),
  z.object({ type: z.literal('cycle.advance') }),
  z.object({ type: z.literal('cycle.back'), reason }),
]);

export const StoredCycleEventSchema = z.object({
  spaceId: IdSchema,
  seq: z.int().check(z.gte(1)),
  actor,
  at: InstantSchema,
  command: CycleCommandSchema,
});
