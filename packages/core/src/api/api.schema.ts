// What a client receives from the Participe API, as zod schemas built from the domain's
// own. The server's route table documents its responses with them, its route tests parse
// every successful response with them, and the build writes each as JSON Schema
// (`@participe/core/schemas/<Name>.json`), so integrators in any language read the same
// contract the server keeps.
import * as z from 'zod/mini';
import {
  ActorSchema,
  AnswerSchema,
  AssistedEntrySchema,
  AuthorSchema,
  CHANNELS,
  CONTRIBUTION_STATUSES,
  CommitmentSchema,
  ContactSchema,
  ContributionContentSchema,
  ContributionEventSchema,
  ProgressUpdateSchema,
} from '../contribution/index.js';
import { EVALUATION_VIEWPOINTS, PHASE_IDS } from '../cycle/index.js';
import { RecommendationRuleSchema } from '../diagnostic/index.js';
import { ReportSchema } from '../moderation/index.js';
import { ACTOR_ROLES, DaySchema, IdSchema, InstantSchema, MEMBER_ROLES } from '../shared/index.js';
import { ConsentRecordSchema, MemberSchema } from '../space/index.js';
import { NOTIFICATION_KINDS } from '../store/index.js';

const AnswerRecordSchema = z.object({
  ...AnswerSchema.shape,
  decidedAt: InstantSchema,
  decidedBy: ActorSchema,
  publishedAt: z.nullable(InstantSchema),
});

const viewShape = {
  id: IdSchema,
  spaceId: IdSchema,
  premoderated: z.boolean(),
  channel: z.enum(CHANNELS),
  author: AuthorSchema,
  meetingId: z.optional(IdSchema),
  createdAt: InstantSchema,
  submittedAt: z.nullable(InstantSchema),
  publishedAt: z.nullable(InstantSchema),
  answer: z.nullable(AnswerRecordSchema),
  commitments: z.array(CommitmentSchema),
  progress: z.array(z.object({ ...ProgressUpdateSchema.shape, at: InstantSchema })),
  hidden: z.nullable(z.object({ reason: z.string(), at: InstantSchema })),
  withdrawn: z.nullable(z.object({ reason: z.optional(z.string()), at: InstantSchema })),
  version: z.int(),
  updatedAt: InstantSchema,
  status: z.enum(CONTRIBUTION_STATUSES),
};

/** What a professional of the space sees: everything, the internal decision included. */
export const ContributionViewSchema = z.object({
  ...viewShape,
  content: ContributionContentSchema,
  assisted: z.optional(AssistedEntrySchema),
});

/** What anyone sees: no internal decision, no facilitator id; `content` is null while hidden. */
export const PublicContributionViewSchema = z.object({
  ...viewShape,
  content: z.nullable(ContributionContentSchema),
  assisted: z.optional(z.object({ onBehalfOf: z.string() })),
});

/** What a facilitator of the space (moderating) and the author see: the words, never an unpublished answer. */
export const ModeratorContributionViewSchema = z.object({
  ...viewShape,
  content: ContributionContentSchema,
  assisted: z.optional(z.object({ onBehalfOf: z.string() })),
});

export const ContributionForCallerSchema = z.union([ContributionViewSchema, PublicContributionViewSchema]);

/** A page of a list, newest first; `nextCursor` asks for the next one. */
export const pageOf = <T extends z.ZodMiniType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.nullable(z.string()) });

export const ContributionPageSchema = pageOf(ContributionForCallerSchema);

export const CreatedContributionSchema = z.object({
  contribution: PublicContributionViewSchema,
  followUp: z.object({
    /** e.g. `K7P-4QX`, to type on the follow-up page. */
    code: z.string(),
    /** Shown once: keep it. With the code it proves authorship. */
    secret: z.string(),
  }),
});

export const FollowUpSchema = z.object({ contributionId: IdSchema });

export const StatsSchema = z.object({
  total: z.int(),
  byStatus: z.record(z.string(), z.int()),
  byTheme: z.record(z.string(), z.int()),
  medianDaysToAnswer: z.nullable(z.number()),
  overdue: z.int(),
});

export const CompositionSchema = z.object({
  size: z.int(),
  targetSize: z.int(),
  concerned: z.int(),
  concernedShare: z.number(),
  parityOk: z.boolean(),
  byRole: z.record(z.enum(MEMBER_ROLES), z.int()),
  renewalOn: DaySchema,
  leavingAtRenewal: z.int(),
  warnings: z.array(z.enum(['parity', 'belowTarget', 'aboveTarget', 'renewalDue'])),
});

export const MemberViewSchema = z.object({
  ...MemberSchema.shape,
  consents: z.optional(z.array(ConsentRecordSchema)),
});

const PhaseChangeSchema = z.object({
  from: z.enum(PHASE_IDS),
  to: z.enum(PHASE_IDS),
  round: z.int(),
  direction: z.enum(['forward', 'back', 'newRound']),
  at: InstantSchema,
  actor: z.object({ role: z.enum(ACTOR_ROLES), id: z.nullable(z.string()) }),
  reason: z.optional(z.string()),
});

export const CycleViewSchema = z.object({
  spaceId: IdSchema,
  phase: z.enum(PHASE_IDS),
  round: z.int(),
  seq: z.int(),
  facts: z.object({
    memberCount: z.int(),
    charterAdoptedOn: z.nullable(DaySchema),
    contributionCount: z.int(),
    unansweredCount: z.int(),
    commitmentCount: z.int(),
    commitmentsWithProgress: z.int(),
  }),
  problemStatement: z.nullable(z.object({ text: z.string(), at: InstantSchema })),
  evaluation: z.nullable(
    z.object({
      viewpoints: z.array(z.enum(EVALUATION_VIEWPOINTS)),
      summary: z.string(),
      views: z.optional(z.partialRecord(z.enum(EVALUATION_VIEWPOINTS), z.string())),
      at: InstantSchema,
    }),
  ),
  decideOverride: z.nullable(z.object({ reason: z.string(), at: InstantSchema })),
  history: z.array(PhaseChangeSchema),
  canAdvance: z.boolean(),
});

export const PrivacyExportSchema = z.object({
  followUpCode: z.string(),
  contribution: PublicContributionViewSchema,
  timeline: z.array(ContributionEventSchema),
  contact: z.nullable(ContactSchema),
  notifications: z.array(
    z.object({
      id: IdSchema,
      contributionId: IdSchema,
      kind: z.enum(NOTIFICATION_KINDS),
      to: z.nullable(ContactSchema),
      payload: z.record(z.string(), z.unknown()),
      createdAt: InstantSchema,
      sentAt: z.nullable(InstantSchema),
    }),
  ),
});

export const ErasedReceiptSchema = z.object({ erased: z.literal(true), contributionId: IdSchema, at: InstantSchema });

export const HealthSchema = z.object({ status: z.literal('ok'), time: InstantSchema });

const ScoreSummarySchema = z.object({
  score: z.nullable(z.number()),
  level: z.nullable(z.string()),
  respondents: z.int(),
});
const PhaseIdOut = z.enum(PHASE_IDS);

/** One member's result of the self-diagnostic. */
export const DiagnosticResultSchema = z.object({
  questionnaireId: z.string(),
  version: z.int(),
  visible: z.array(z.string()),
  missingRequired: z.array(z.string()),
  complete: z.boolean(),
  dimensions: z.array(
    z.object({ id: z.string(), score: z.nullable(z.number()), level: z.nullable(z.string()), answered: z.int() }),
  ),
  phase: z.nullable(z.object({ current: PhaseIdOut, completed: z.array(PhaseIdOut) })),
  recommendations: z.array(
    z.object({
      id: z.string(),
      phase: PhaseIdOut,
      priority: z.number(),
      rule: RecommendationRuleSchema,
      /** Which parts of the rule's condition held. */
      reasons: z.array(z.record(z.string(), z.unknown())),
    }),
  ),
});

/** The group's self-diagnostic, role by role. */
export const AggregateResultSchema = z.object({
  questionnaireId: z.string(),
  version: z.int(),
  respondents: z.int(),
  counts: z.record(z.enum(MEMBER_ROLES), z.int()),
  rejected: z.array(
    z.object({
      index: z.int(),
      issues: z.array(
        z.object({ path: z.array(z.union([z.string(), z.number()])), code: z.string(), message: z.string() }),
      ),
    }),
  ),
  dimensions: z.array(
    z.object({
      id: z.string(),
      overall: ScoreSummarySchema,
      byRole: z.record(z.string(), ScoreSummarySchema),
      divergence: z.nullable(
        z.object({ gap: z.number(), highest: z.enum(MEMBER_ROLES), lowest: z.enum(MEMBER_ROLES) }),
      ),
    }),
  ),
  concernedVsProfessional: z.array(
    z.object({ dimension: z.string(), concerned: z.number(), professional: z.number(), gap: z.number() }),
  ),
  phases: z.object({ counts: z.record(z.string(), z.int()), mostCommon: z.nullable(PhaseIdOut) }),
  recommendations: z.array(
    z.object({ id: z.string(), phase: PhaseIdOut, count: z.int(), byRole: z.record(z.string(), z.int()) }),
  ),
});

export const ModerationItemSchema = z.object({
  contribution: ModeratorContributionViewSchema,
  queue: z.enum(['awaitingApproval', 'reported', 'hidden']),
  reports: z.array(ReportSchema),
  since: InstantSchema,
});

export const PublishedAnswersSchema = z.object({ published: z.array(ContributionViewSchema) });
export const ReportReceiptSchema = z.object({ received: z.literal(true) });
export const ReportsClosedSchema = z.object({ closed: z.int().check(z.gte(0)) });
