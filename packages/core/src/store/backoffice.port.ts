// What the professional widgets (answer form, moderation queue, space composition,
// meetings, attestations) need from a back end. Two implementations in
// @participe/adapters: over HTTP with a bearer token (`createHttpBackoffice`) and
// in-process over a store (`createLocalBackoffice`, for tests, Storybook and demos).
// Every method rejects with a `BackendError` (see backend.error.ts): `conflict` when
// someone else changed the thing since the version sent, `rejected` with field `issues`
// for bad input, `forbidden` when the caller's role may not do it.
import type { ContributionView } from '../contribution/contribution.connect.js';
import type { ContributionCommandInput } from '../contribution/contribution.events.schema.js';
import type { ContributionStatus, StoredContributionEvent } from '../contribution/contribution.types.js';
import type { StaffCycle, SteeringCommand } from '../cycle-steering/cycle-steering.types.js';
import type { Attestation, AttestationInput, Meeting, MeetingInput } from '../meeting/meeting.types.js';
import type { ModerationItem, ReportReason } from '../moderation/moderation.types.js';
import type { PracticeCommand, PracticeDraft, PracticeView } from '../practice/practice.types.js';
import type { Composition, Member, MemberInput, MemberPatch, Space } from '../space/space.types.js';
import type { Page } from './store.port.js';

export type { ContributionCommandInput };

export interface BackofficeContributionQuery {
  /** Space id or slug. */
  space: string;
  status?: readonly ContributionStatus[];
  q?: string;
  overdue?: boolean;
  cursor?: string;
  /** @default 20 */
  limit?: number;
}

export interface ModerationQuery {
  queue?: ModerationItem['queue'];
  reason?: ReportReason;
  /** Only items waiting for at least this many whole days. */
  olderThanDays?: number;
}

/** What a facilitator types when a meeting produced a contribution; the group is its author. */
export interface MeetingContributionInput {
  kind: 'observation' | 'proposal' | 'question' | 'testimony';
  title: string;
  body: string;
  theme: string;
}

export interface BackofficeBackend {
  /** The space as its members see it, answer templates included. */
  getSpace(space: string): Promise<Space>;
  /** Contributions as the caller's role sees them (a professional sees internal decisions). */
  listContributions(query: BackofficeContributionQuery): Promise<Page<ContributionView>>;
  getContribution(id: string): Promise<{ contribution: ContributionView; timeline: StoredContributionEvent[] }>;
  /**
   * Sends a machine event (review, decide, publish, commit, start, progress, complete,
   * approve, hide, restore). Rejects with `conflict` when the contribution is no longer
   * at `expectedVersion`: nothing is written, and the caller shows both versions.
   */
  sendEvent(id: string, command: ContributionCommandInput, expectedVersion: number): Promise<ContributionView>;
  /**
   * Publishes prepared (decided) answers together: all of them, or none. Rejects with
   * `conflict` naming the items (`issues[].path` = `items.N`) that changed or cannot be published.
   */
  publishAnswers(
    space: string,
    items: ReadonlyArray<{ id: string; expectedVersion: number }>,
  ): Promise<ContributionView[]>;

  /** Facilitators: what waits for approval, what citizens reported, what is hidden. */
  listModerationQueue(space: string, query?: ModerationQuery): Promise<ModerationItem[]>;
  /** Facilitators: keep a reported contribution online, with a reason; closes its reports. */
  keepReported(id: string, reason: string): Promise<{ closed: number }>;

  listMembers(space: string): Promise<Member[]>;
  getComposition(space: string): Promise<Composition>;
  /** Facilitators only. */
  addMember(space: string, input: MemberInput): Promise<Member>;
  /** Facilitators only: role, name, leaving day, leaving at renewal. */
  updateMember(space: string, memberId: string, patch: MemberPatch): Promise<Member>;

  /** Oldest first. */
  listMeetings(space: string): Promise<Meeting[]>;
  /** Facilitators: records a meeting, or updates one still at `expectedVersion` (`conflict` otherwise). */
  saveMeeting(space: string, input: MeetingInput, existing?: { id: string; expectedVersion: number }): Promise<Meeting>;
  /** Facilitators: a contribution from a meeting, channel `meeting`, attributed to the group. */
  captureFromMeeting(space: string, meetingId: string, input: MeetingContributionInput): Promise<ContributionView>;

  /** Facilitators: issues an attestation of participation with the meetings attended. */
  issueAttestation(space: string, input: AttestationInput): Promise<Attestation>;
  /** Newest first; facilitators see all, a member their own. */
  listAttestations(space: string, memberId?: string): Promise<Attestation[]>;
  /** The group's cycle as its members read it: facts, what advancing needs, every move. */
  getCycle(space: string): Promise<StaffCycle>;
  /**
   * Facilitators (and the people concerned for the problem) steer the cycle: move on, go
   * back with a reason, state the problem, record the evaluation. Rejects with `conflict`
   * when the cycle moved since `expectedVersion`, `rejected` with field `issues` for bad input.
   */
  sendCycleCommand(space: string, command: SteeringCommand, expectedVersion: number): Promise<StaffCycle>;

  /** The practice sheets a group wrote, in every status, each with the council's last review. */
  listSpacePractices(space: string, locale: PracticeLocale): Promise<PracticeView[]>;
  /** Council editors: sheets submitted by the council's groups, waiting for review, oldest first. */
  listPracticeQueue(locale: PracticeLocale): Promise<PracticeView[]>;
  /** Published sheets: the council's and those other councils share, each with its origin. */
  listPublishedPractices(locale: PracticeLocale): Promise<PracticeView[]>;
  /** One sheet; its group and the council's editors also read it unpublished. */
  getPractice(id: string, locale: PracticeLocale): Promise<PracticeView>;
  /** A group starts a sheet, as a draft at version 1. */
  createPractice(space: string, draft: PracticeDraft, locale: PracticeLocale): Promise<PracticeView>;
  /** Replaces what a sheet says; `conflict` when it is no longer at `expectedVersion`. */
  updatePractice(
    id: string,
    draft: PracticeDraft,
    expectedVersion: number,
    locale: PracticeLocale,
  ): Promise<PracticeView>;
  /**
   * Submit (its group), publish, return with a reason, share (an editor); `conflict` when it is
   * no longer at `expectedVersion`, `rejected` naming each missing field on submit.
   */
  sendPracticeCommand(
    id: string,
    command: PracticeCommand,
    expectedVersion: number,
    locale: PracticeLocale,
  ): Promise<PracticeView>;
}

/** The language a practice sheet is written in. */
export type PracticeLocale = PracticeView['locale'];
