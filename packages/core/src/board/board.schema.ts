// The public board's figures: what the API answers for a space or the whole council, and
// what the board widget draws. One schema, so the contract, the OpenAPI document and the
// widget agree on every field.
import { VERDICTS } from '../contribution/contribution.constants.js';
import { MilestoneSchema } from '../contribution/contribution.schema.js';
import { DaySchema, IdSchema, InstantSchema } from '../shared/primitives.js';
import * as z from '../zod.js';

const count = z.int().check(z.gte(0));
const days = z.nullable(z.number().check(z.gte(0)));

export const BoardOverdueSchema = z.object({
  id: IdSchema,
  spaceId: IdSchema,
  title: z.string(),
  /** The language the title is written in (the contribution's). */
  lang: z.string(),
  publishedAt: InstantSchema,
  /** Whole days since it was published. */
  daysWaiting: count,
});

export const BoardCommitmentSchema = z.object({
  contributionId: IdSchema,
  spaceId: IdSchema,
  /** The title of the contribution the commitment answers. */
  title: z.string(),
  /** The language the title is written in (the contribution's). */
  titleLang: z.string(),
  /** The language the commitment and its milestones are written in (the answer's). */
  lang: z.string(),
  id: IdSchema,
  what: z.string(),
  owner: z.string(),
  due: DaySchema,
  percent: z.int().check(z.gte(0), z.lte(100)),
  done: z.boolean(),
  late: z.boolean(),
  milestones: z.array(z.object({ ...MilestoneSchema.shape, metAt: z.nullable(InstantSchema), late: z.boolean() })),
});

export const BoardSchema = z.object({
  /** The space the figures are about; `null` for the whole council. */
  spaceId: z.nullable(IdSchema),
  /** Only contributions published that year (UTC); `null` for all years. */
  year: z.nullable(z.int()),
  /** Contributions made public (withdrawn and hidden ones aside). */
  received: count,
  /** Of those, the ones with a published answer. */
  answered: count,
  /** Whole days from publication to the published answer, over the answered ones. */
  meanDaysToAnswer: days,
  medianDaysToAnswer: days,
  /** 90 % of the answers came within this many days (linear interpolation, as PostgreSQL's `percentile_cont`). */
  p90DaysToAnswer: days,
  overdueCount: count,
  /** The oldest overdue contributions first, at most 20. */
  overdue: z.array(BoardOverdueSchema),
  byVerdict: z.array(z.object({ verdict: z.enum(VERDICTS), count })),
  /** `label`: the theme's name in the space (or the first space) that has it; its id when none does. */
  byTheme: z.array(z.object({ theme: z.string(), label: z.string(), received: count, answered: count })),
  /** By month of publication, `2026-03`, oldest first. */
  byMonth: z.array(z.object({ month: z.string(), received: count, answered: count })),
  commitments: z.array(BoardCommitmentSchema),
});
