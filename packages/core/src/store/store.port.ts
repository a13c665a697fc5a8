// The store port: what any persistence adapter (memory, PostgreSQL…) provides. Interfaces
// only. Every method that writes is one atomic command: it writes everything or nothing.
import type { BoardFigures, BoardQuery } from '../board/board.figures.js';
import type { ContributionView } from '../contribution/contribution.connect.js';
import type { Contact, ContributionStatus, StoredContributionEvent } from '../contribution/contribution.types.js';
import type { CycleEvent } from '../cycle/cycle.types.js';
import type { Attestation, Meeting } from '../meeting/meeting.types.js';
import type { Report } from '../moderation/moderation.types.js';
import type { Member, Space } from '../space/space.types.js';
import type { PracticeStore } from './practice.port.js';

/** What only the author (and the notification sender) may see. Never published. */
export interface ContributionPrivate {
  /** Optional, given with explicit consent. */
  contact: Contact | null;
  /** Hash of the follow-up secret; the secret itself is shown once to the author and never stored. */
  secretHash: string;
  /** Short code the author types to follow the contribution, e.g. `K7P-4QX`. */
  followUpCode: string;
}

/** A stored response to a request made with an `Idempotency-Key`. */
export interface IdempotencyRecord {
  key: string;
  /** Hash of the request body: the same key with another body is a conflict. */
  requestHash: string;
  status: number;
  body: unknown;
  createdAt: string;
}

export const NOTIFICATION_KINDS = [
  'answerPublished',
  'progressReported',
  'contributionHidden',
  'contributionRestored',
  'commitmentDone',
] as const;

/** A message to send, written in the same transaction as the event that causes it. */
export interface NotificationRecord {
  id: string;
  contributionId: string;
  kind: (typeof NOTIFICATION_KINDS)[number];
  /** `null` when the author left no contact: they read it through their follow-up code. */
  to: Contact | null;
  payload: Record<string, unknown>;
  createdAt: string;
  sentAt: string | null;
}

export interface ContributionFilter {
  spaceId?: string;
  status?: readonly ContributionStatus[];
  kind?: string;
  theme?: string;
  territory?: string;
  /** Only overdue contributions, as `isOverdue` defines it at `now`. */
  overdue?: { now: string; answerWithinDays: number };
  /** Full-text search, French stemming where the store supports it. */
  q?: string;
  /** Opaque cursor from a previous page. */
  cursor?: string;
  /** @default 20 */
  limit?: number;
}

export interface Page<T> {
  items: T[];
  /** `null` on the last page. */
  nextCursor: string | null;
}

export interface ContributionStats {
  total: number;
  byStatus: Partial<Record<ContributionStatus, number>>;
  byTheme: Record<string, number>;
  /** Median whole days between publication and the published answer; `null` before any answer. */
  medianDaysToAnswer: number | null;
  overdue: number;
}

/** Which contributions `stats` counts: what the caller may list, and whose theme they may read. */
export interface StatsScope {
  /** @default every status but `draft` */
  statuses?: readonly ContributionStatus[];
  /** Statuses whose theme is counted in `byTheme`. @default all of `statuses` */
  themesOf?: readonly ContributionStatus[];
}

export type CreateResult = { ok: true } | { ok: false; reason: 'idempotencyKeyTaken'; existing: IdempotencyRecord };

export type AppendResult =
  | { ok: true }
  /** Someone else changed the contribution since `expectedVersion`: nothing was written. */
  | { ok: false; reason: 'conflict'; currentVersion: number }
  | { ok: false; reason: 'notFound' };

export interface StoredCycleEvent {
  spaceId: string;
  /** 1, 2, 3… per space. */
  seq: number;
  event: CycleEvent;
}

export interface DiagnosticResponseRecord {
  id: string;
  spaceId: string;
  questionnaireId: string;
  questionnaireVersion: number;
  role: Member['role'];
  answers: Record<string, unknown>;
  submittedAt: string;
}

/** One event to append, with its projection and what it causes, in the same transaction. */
export interface AppendArgs {
  contributionId: string;
  expectedVersion: number;
  event: StoredContributionEvent;
  view: ContributionView;
  notifications?: readonly NotificationRecord[];
  /** Closes the contribution's open reports (a facilitator hid it, or kept it). */
  closeReports?: NonNullable<Report['closed']>;
}

export type AppendManyResult =
  | { ok: true }
  /** Nothing was written: the item at `index` failed as `appendEvent` would have. */
  | { ok: false; index: number; failure: Exclude<AppendResult, { ok: true }> };

/** A new contribution: its first events and their projection, its private part, the answer to keep. */
export interface CreateArgs {
  /** The projection after `events`: at version `events.length`. */
  view: ContributionView;
  /** `contribution.created` (seq 1), then what happened at once (seq 2…), e.g. its submission. */
  events: readonly StoredContributionEvent[];
  private: ContributionPrivate;
  idempotency?: IdempotencyRecord;
}

export interface ContributionStore {
  /**
   * Stores a new contribution with its events, its private part and the idempotent response,
   * all in one write: any failure leaves none of them. Throws when the events are not seq
   * 1, 2… of this contribution starting with `contribution.created`, or the view is not at
   * their last seq.
   */
  createContribution(args: CreateArgs): Promise<CreateResult>;
  getIdempotency(key: string): Promise<IdempotencyRecord | null>;
  /** Appends one event if the contribution is still at `expectedVersion`, with its new projection. */
  appendEvent(args: AppendArgs): Promise<AppendResult>;
  /** Appends one event to each of several contributions: all of them, or none. */
  appendEvents(batch: readonly AppendArgs[]): Promise<AppendManyResult>;
  getContribution(id: string): Promise<ContributionView | null>;
  getEvents(id: string): Promise<StoredContributionEvent[]>;
  getPrivate(id: string): Promise<ContributionPrivate | null>;
  findByFollowUpCode(code: string): Promise<string | null>;
  listContributions(filter: ContributionFilter): Promise<Page<ContributionView>>;
  stats(
    spaceId: string,
    overdue: { now: string; answerWithinDays: number },
    scope?: StatsScope,
  ): Promise<ContributionStats>;
  /** The public board's figures over `query.spaces` (see `BoardQuery`), all from one snapshot. */
  board(query: BoardQuery): Promise<BoardFigures>;
  listNotifications(contributionId?: string): Promise<NotificationRecord[]>;
  /**
   * Unsent notifications that have somewhere to go (a contact), oldest first: every
   * organisation's, whichever store is asked (the outbox dispatcher is server-wide).
   */
  listPendingNotifications(limit: number): Promise<NotificationRecord[]>;
  /** Records that a notification was handed to the mail server; `false` if it was already marked. */
  markNotificationSent(id: string, at: string): Promise<boolean>;
  /**
   * Retention: deletes the contact details of closed contributions (see `CLOSED_STATUSES`)
   * whose last change is before `closedBefore`, when nothing is left to send them; copies
   * in sent notifications go too. Returns how many contributions lost their contact. Every
   * organisation's, whichever store is asked (retention is server-wide).
   */
  forgetContacts(closedBefore: string): Promise<number>;
  /**
   * Erases what the author wrote and how to reach them: contact and secret deleted; title,
   * body and pseudonym replaced and the place removed, in the projection, the stored
   * events and whatever is searched; the notifications lose the title they quote and
   * their address. The institution's answer and the timeline's shape stay, so the public
   * record of what was answered is not rewritten. Returns `false` when there is no such
   * contribution.
   */
  eraseAuthorData(id: string, at: string): Promise<boolean>;
}

export interface SpaceStore {
  /** By id or by slug. */
  getSpace(idOrSlug: string): Promise<Space | null>;
  listSpaces(): Promise<Space[]>;
  putSpace(space: Space): Promise<void>;
  listMembers(spaceId: string): Promise<Member[]>;
  putMember(member: Member): Promise<void>;
  getCycleEvents(spaceId: string): Promise<StoredCycleEvent[]>;
  /** Appends if the space's last cycle seq is still `expectedSeq`; `false` on conflict. */
  appendCycleEvent(spaceId: string, expectedSeq: number, event: CycleEvent): Promise<boolean>;
}

export interface ReportFilter {
  spaceId: string;
  contributionId?: string;
  /** Only reports nobody closed yet. */
  open?: boolean;
}

export interface ModerationStore {
  addReport(report: Report): Promise<void>;
  /** Oldest first. */
  listReports(filter: ReportFilter): Promise<Report[]>;
  /** Closes the open reports of a contribution; returns how many were closed. */
  closeReports(contributionId: string, closed: NonNullable<Report['closed']>): Promise<number>;
}

export interface MeetingStore {
  /** Oldest first. */
  listMeetings(spaceId: string): Promise<Meeting[]>;
  getMeeting(id: string): Promise<Meeting | null>;
  /**
   * Creates the meeting (`expectedVersion` null) or replaces it if it is still at
   * `expectedVersion`; `false` when someone changed it meanwhile (or it already exists).
   */
  putMeeting(meeting: Meeting, expectedVersion: number | null): Promise<boolean>;
  putAttestation(attestation: Attestation): Promise<void>;
  getAttestation(id: string): Promise<Attestation | null>;
  /** Newest first. */
  listAttestations(spaceId: string, memberId?: string): Promise<Attestation[]>;
}

export interface DiagnosticStore {
  saveDiagnosticResponse(response: DiagnosticResponseRecord): Promise<void>;
  listDiagnosticResponses(spaceId: string): Promise<DiagnosticResponseRecord[]>;
}

export interface ParticipeStore
  extends ContributionStore,
    SpaceStore,
    DiagnosticStore,
    ModerationStore,
    MeetingStore,
    PracticeStore {
  /**
   * The same store seen by one organisation (a council): every read filters on it and every
   * write stores it, over the same connections. The store itself is organisation `default`'s.
   * Closing a scoped store does nothing: close the one it came from.
   */
  forOrganisation(organisation: string): ParticipeStore;
  close(): Promise<void>;
}

/** Text that replaces an author's words after they asked to erase their data. */
export const ERASED_TEXT = '[Texte retiré à la demande de son auteur]';
export const ERASED_PSEUDONYM = '[Personne anonyme]';
