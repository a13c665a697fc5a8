import { IdSchema, InstantSchema, LangSchema, text } from '../shared/primitives.js';
import { ACTOR_ROLES } from '../shared/roles.js';
import * as z from '../zod.js';
import { CHANNELS, CONTRIBUTION_EVENT_TYPES } from './contribution.constants.js';
import {
  AnswerSchema,
  AssistedEntrySchema,
  AuthorSchema,
  CommitmentSchema,
  ContributionContentSchema,
  ProgressUpdateSchema,
} from './contribution.schema.js';

// Event schemas live apart from the input schemas so that a citizen form, which only
// needs `ContributionInputSchema`, does not carry them in its bundle.

export const ActorSchema = z.object({
  role: z.enum(ACTOR_ROLES),
  /** Member or account id; `null` for an anonymous citizen. */
  id: z.nullable(IdSchema),
});

const reason = text(1000, 'Propos injurieux envers une personne');

/** The data each event type carries, validated at every boundary. */
export const CONTRIBUTION_EVENT_DATA = {
  'contribution.created': z.object({
    id: IdSchema,
    spaceId: IdSchema,
    premoderated: z.boolean(),
    content: ContributionContentSchema,
    channel: z.enum(CHANNELS),
    author: AuthorSchema,
    assisted: z.optional(AssistedEntrySchema),
    meetingId: z.optional(IdSchema),
  }),
  'contribution.edit': z.partial(ContributionContentSchema),
  'contribution.submit': z.object({}),
  'contribution.approve': z.object({}),
  // `lang`: the language the facilitator wrote the reason in (the widget's); absent: French.
  'contribution.hide': z.object({ reason, lang: z.optional(LangSchema) }),
  'contribution.restore': z.object({ reason }),
  'contribution.withdraw': z.object({ reason: z.optional(z.string().check(z.maxLength(1000))) }),
  'contribution.review': z.object({}),
  'contribution.decide': z.object({ answer: AnswerSchema }),
  'contribution.publish': z.object({}),
  'contribution.commit': z.object({ commitment: CommitmentSchema }),
  'contribution.start': z.object({}),
  'contribution.progress': z.object({ update: ProgressUpdateSchema }),
  'contribution.complete': z.object({}),
} as const satisfies Record<(typeof CONTRIBUTION_EVENT_TYPES)[number], z.ZodMiniType>;

type CommandType = Exclude<(typeof CONTRIBUTION_EVENT_TYPES)[number], 'contribution.created'>;
type EventData = typeof CONTRIBUTION_EVENT_DATA;

/** A machine event as a client sends it; the server adds the actor and the time. */
export type ContributionCommandInput = {
  [K in CommandType]: { type: K; data: z.input<EventData[K]> };
}[CommandType];

/** A machine event as the server validated it. */
export type ContributionCommand = {
  [K in CommandType]: { type: K; data: z.output<EventData[K]> };
}[CommandType];

/**
 * A command a client sends: an event type and its data (the server adds actor and time).
 * Built from the list of types, so its type is stated: one member per event type.
 */
export const ContributionCommandSchema = z.discriminatedUnion(
  'type',
  CONTRIBUTION_EVENT_TYPES.filter((t) => t !== 'contribution.created').map((type) =>
    z.object({ type: z.literal(type), data: CONTRIBUTION_EVENT_DATA[type] }),
  ) as unknown as [z.ZodMiniObject, ...z.ZodMiniObject[]],
) as unknown as z.ZodMiniType<ContributionCommand, ContributionCommandInput>;

/** A stored event: the public timeline and the audit log are the same list. */
export const ContributionEventSchema = z.object({
  contributionId: IdSchema,
  /** 1 for `contribution.created`, then +1 per event: the contribution's version. */
  seq: z.int().check(z.gte(1)),
  type: z.enum(CONTRIBUTION_EVENT_TYPES),
  actor: ActorSchema,
  at: InstantSchema,
  data: z.record(z.string(), z.unknown()),
});
