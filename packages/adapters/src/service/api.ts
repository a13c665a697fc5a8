// What a caller can do with Participe, whatever the back end: the service over a store
// (in-process, e.g. a widget on the memory store) and the HTTP client implement the same
// interface, so a widget switches from one to the other with one attribute.
import type {
  AggregateResult,
  Answers,
  Attestation,
  AttestationInput,
  CONTRIBUTION_EVENT_DATA,
  CONTRIBUTION_KINDS,
  Composition,
  ConsentRecord,
  Contact,
  ContributionInput,
  ContributionStats,
  ContributionStatus,
  ContributionView,
  CreatedContribution,
  CycleCommandSchema,
  CycleContext,
  CyclePhase,
  DiagnosticResult,
  GlossaryEntry,
  GuideEntry,
  Meeting,
  MeetingInput,
  Member,
  MemberInput,
  MemberPatch,
  MemberRole,
  ModerationItem,
  ModerationQuery,
  NotificationRecord,
  Page,
  PhaseId,
  PracticeSheet,
  PublicContributionView,
  Questionnaire,
  ReportInput,
  Resource,
  Space,
  SpaceSettings,
  ContributionView as StaffContributionView,
  StoredContributionEvent,
} from '@participe/core';
import type * as z from 'zod/mini';
import type { ApiLocale } from './messages.js';

/** Who is calling, as `authenticate` proves it; `null` is an anonymous citizen. */
export interface Identity {
  role: MemberRole;
  /** The member's id, used as the actor id of what they do. */
  memberId: string | null;
  /** Spaces (ids or slugs) the identity acts in. */
  spaceIds: readonly string[];
}
export type Caller = Identity | null;

type CommandType = Exclude<keyof typeof CONTRIBUTION_EVENT_DATA, 'contribution.created'>;

/** A machine event as a client sends it; the server adds the actor and the time. */
export type ContributionCommand = {
  [K in CommandType]: { type: K; data: z.input<(typeof CONTRIBUTION_EVENT_DATA)[K]> };
}[CommandType];

export type CycleCommand = z.input<typeof CycleCommandSchema>;

/** The body of `POST /api/contributions`. */
export interface CreateContributionRequest extends ContributionInput {
  /** Honeypot: a field people never see. Filled in, the request looks accepted and nothing is stored. */
  website?: string;
  /** Keep it as a draft its author submits later. @default false: it is sent (submitted) at once. */
  draft?: boolean;
}

/** A contribution as this caller may see it: the full view for a professional of its space. */
export type ContributionForCaller = ContributionView | PublicContributionView;

export interface ContributionListQuery {
  /** Space id or slug. Required for `overdue`, and to see what only members see. */
  space?: string;
  status?: ContributionStatus[];
  kind?: (typeof CONTRIBUTION_KINDS)[number];
  theme?: string;
  territory?: string;
  overdue?: boolean;
  /** Full-text search. */
  q?: string;
  cursor?: string;
  /** @default 20 */
  limit?: number;
}

/** What the author proves they hold: the follow-up code and the secret shown at creation. */
export interface AuthorProof {
  followUpCode: string;
  secret: string;
}

export interface PrivacyExport {
  followUpCode: string;
  contribution: ContributionForCaller;
  timeline: StoredContributionEvent[];
  contact: Contact | null;
  notifications: NotificationRecord[];
}

export interface ErasedReceipt {
  erased: true;
  contributionId: string;
  at: string;
}

/** A member as other members see them; consents only for facilitators. */
export type MemberView = Omit<Member, 'consents'> & { consents?: ConsentRecord[] };

export interface CycleView extends Omit<CycleContext, 'history'> {
  phase: PhaseId;
  /** Number of stored cycle events: send it back as `expectedSeq` (`If-Match`). */
  seq: number;
  history: CycleContext['history'];
  /** Whether a facilitator could move to the next phase now, with today's facts. */
  canAdvance: boolean;
}

export interface ContentQuery {
  locale?: ApiLocale;
  phase?: PhaseId;
}

export interface ParticipeApi {
  listSpaces(): Promise<Space[]>;
  getSpace(space: string): Promise<Space>;
  listMembers(space: string): Promise<MemberView[]>;
  getComposition(space: string): Promise<Composition>;
  getCycle(space: string): Promise<CycleView>;
  sendCycleCommand(space: string, command: CycleCommand, opts?: { expectedSeq?: number }): Promise<CycleView>;

  createContribution(
    request: CreateContributionRequest,
    opts?: { idempotencyKey?: string },
  ): Promise<CreatedContribution>;
  listContributions(query?: ContributionListQuery): Promise<Page<ContributionForCaller>>;
  getContribution(id: string, opts?: { secret?: string }): Promise<ContributionForCaller>;
  getTimeline(id: string, opts?: { secret?: string }): Promise<StoredContributionEvent[]>;
  /** The contribution a follow-up code points to, e.g. `K7P-4QX` (case and dashes do not matter). */
  resolveFollowUpCode(code: string): Promise<{ contributionId: string }>;
  /** Applies a machine event; `expectedVersion` refuses it if someone else changed the contribution. */
  sendEvent(
    id: string,
    command: ContributionCommand,
    opts?: { secret?: string; expectedVersion?: number },
  ): Promise<ContributionForCaller>;
  getStats(space: string): Promise<ContributionStats>;

  exportMyData(proof: AuthorProof): Promise<PrivacyExport>;
  eraseMyData(proof: AuthorProof): Promise<ErasedReceipt>;

  listPhases(query?: ContentQuery): Promise<CyclePhase[]>;
  getPhase(id: string, query?: ContentQuery): Promise<CyclePhase>;
  listResources(query?: ContentQuery): Promise<Resource[]>;
  getResource(id: string, query?: ContentQuery): Promise<Resource>;
  listPractices(query?: ContentQuery): Promise<PracticeSheet[]>;
  getPractice(id: string, query?: ContentQuery): Promise<PracticeSheet>;
  listGlossary(query?: ContentQuery): Promise<GlossaryEntry[]>;
  listGuide(query?: ContentQuery): Promise<GuideEntry[]>;

  /** The self-diagnostic questionnaire, in the caller's language. */
  getQuestionnaire(query?: Pick<ContentQuery, 'locale'>): Promise<Questionnaire>;
  /** A member answers; their role is the one of their token. Answers with their own result. */
  submitDiagnostic(space: string, submission: { answers: Answers }): Promise<DiagnosticResult>;
  /** How the group sees itself, role by role (members only). */
  getDiagnosticAggregate(space: string): Promise<AggregateResult>;

  /** Anyone: reports a published contribution to the group's facilitators. */
  reportContribution(id: string, report: ReportInput): Promise<{ received: true }>;
  /** Facilitators: approvals waiting, reported and hidden contributions, oldest first. */
  listModerationQueue(space: string, query?: ModerationQuery): Promise<ModerationItem[]>;
  /** Facilitators: keeps a reported contribution online, with a reason; closes its reports. */
  keepReported(id: string, body: { reason: string }): Promise<{ closed: number }>;
  /** Professionals: publishes decided answers together, all or none. */
  publishAnswers(
    space: string,
    body: { items: Array<{ id: string; expectedVersion: number }> },
  ): Promise<{ published: StaffContributionView[] }>;
  /** Facilitators (pre-moderation) and professionals (answer templates). */
  updateSpaceSettings(space: string, settings: SpaceSettings): Promise<Space>;
  /** Facilitators. */
  addMember(space: string, input: MemberInput): Promise<Member>;
  /** Facilitators. */
  updateMember(space: string, memberId: string, patch: MemberPatch): Promise<Member>;
  /** Members. Oldest first. */
  listMeetings(space: string): Promise<Meeting[]>;
  /** Facilitators: a new meeting, or an update of one still at `expectedVersion`. */
  saveMeeting(
    space: string,
    input: MeetingInput,
    existing?: { id: string; expectedVersion?: number },
  ): Promise<Meeting>;
  /** Facilitators. */
  issueAttestation(space: string, input: AttestationInput): Promise<Attestation>;
  /** Facilitators: all (or one member's); a member: their own. Newest first. */
  listAttestations(space: string, memberId?: string): Promise<Attestation[]>;
  getAttestation(space: string, id: string): Promise<Attestation>;
}
