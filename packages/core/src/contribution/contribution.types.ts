import type { ActorRole } from '../shared/roles.js';
import type * as z from '../zod.js';
import type { ActorSchema, CONTRIBUTION_EVENT_DATA, ContributionEventSchema } from './contribution.events.schema.js';
import type {
  AnswerSchema,
  AssistedEntrySchema,
  AuthorSchema,
  CommitmentSchema,
  ContactSchema,
  ContributionContentSchema,
  ContributionInputSchema,
  ProgressUpdateSchema,
} from './contribution.schema.js';
import type { CONTRIBUTION_STATUSES } from './contribution.statuses.js';

export type ContributionContent = z.output<typeof ContributionContentSchema>;
export type ContributionInput = z.input<typeof ContributionInputSchema>;
export type Author = z.output<typeof AuthorSchema>;
export type Contact = z.output<typeof ContactSchema>;
export type AssistedEntry = z.output<typeof AssistedEntrySchema>;
export type Answer = z.output<typeof AnswerSchema>;
export type Commitment = z.output<typeof CommitmentSchema>;
export type ProgressUpdate = z.output<typeof ProgressUpdateSchema>;
export type Actor = z.output<typeof ActorSchema>;
export type ContributionStatus = (typeof CONTRIBUTION_STATUSES)[number];
export type StoredContributionEvent = z.output<typeof ContributionEventSchema>;

// zod types an empty object as `Record<string, never>`; an event without data is `{}`.
type Data<T> = string extends keyof T ? unknown : T;
type EventData = { [K in keyof typeof CONTRIBUTION_EVENT_DATA]: Data<z.output<(typeof CONTRIBUTION_EVENT_DATA)[K]>> };
export type ContributionEventType = keyof EventData;

/**
 * An event the machine accepts: its type, who sends it and when, and its data.
 * Time comes in the event, never from a clock, so `replay` gives the same result every time.
 */
export type ContributionEvent = {
  [K in Exclude<ContributionEventType, 'contribution.created'>]: {
    type: K;
    actor: Actor;
    /** ISO instant, e.g. `2026-03-01T09:30:00.000Z`. */
    at: string;
  } & EventData[K];
}[Exclude<ContributionEventType, 'contribution.created'>];

/** Creates the machine's context: the data of the `contribution.created` event. */
export type ContributionMachineInput = EventData['contribution.created'] & {
  actor: Actor;
  at: string;
};

/** An answer as the machine keeps it: decided internally, published later. */
export interface AnswerRecord extends Answer {
  decidedAt: string;
  decidedBy: Actor;
  /** `null` while the answer is internal. */
  publishedAt: string | null;
}

export interface ContributionContext {
  id: string;
  spaceId: string;
  premoderated: boolean;
  channel: ContributionMachineInput['channel'];
  author: Author;
  assisted?: AssistedEntry | undefined;
  meetingId?: string | undefined;
  content: ContributionContent;
  createdAt: string;
  submittedAt: string | null;
  /** When the contribution became public: the answer delay counts from here. */
  publishedAt: string | null;
  answer: AnswerRecord | null;
  commitments: Commitment[];
  progress: Array<ProgressUpdate & { at: string }>;
  /** `lang`: the language the reason was written in; absent: French. */
  hidden: { reason: string; at: string; lang?: string } | null;
  withdrawn: { reason?: string | undefined; at: string } | null;
  /** Number of events applied, `contribution.created` included. */
  version: number;
  updatedAt: string;
}

/** Roles allowed to send each event; the machine's guards and the server's 403 both read it. */
export type EventRoles = Record<Exclude<ContributionEventType, 'contribution.created'>, readonly ActorRole[]>;
