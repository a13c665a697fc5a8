import type { ContributionView } from '../contribution/contribution.connect.js';
import type { ModerationItem, ReportInput, ReportReason } from '../moderation/moderation.types.js';
import type { BackendError } from '../store/backend.error.js';
import type { ModerationQuery } from '../store/backoffice.port.js';

/**
 * `REPORT_REASONS` in the order the report form and the reason filter list them. A copy,
 * because `moderation.schema.ts` builds zod schemas on load and the citizen detail widget,
 * which shows the reasons, must not bundle zod for them; a test keeps both lists equal.
 */
export const REPORT_REASON_CHOICES = [
  'insult',
  'personalData',
  'discrimination',
  'spam',
  'offTopic',
  'other',
] as const satisfies readonly ReportReason[];

/** The three queues, in the order a facilitator works through them. */
export const MODERATION_QUEUES = ['awaitingApproval', 'reported', 'hidden'] as const;
export type ModerationQueueName = (typeof MODERATION_QUEUES)[number];

/** "Waiting more than N days" choices; 0 means any age. */
export const MODERATION_AGES = [0, 2, 7, 30] as const;
export type ModerationAge = (typeof MODERATION_AGES)[number];

/**
 * What a facilitator may do with an item:
 * - `approve`: publish a contribution of a pre-moderated space (`contribution.approve`);
 * - `hide`: take it off the public pages, with a reason its author reads (`contribution.hide`);
 * - `restore`: put a hidden contribution back online, with a reason (`contribution.restore`);
 * - `keep`: leave a reported contribution online and close its reports, with a reason.
 */
export const MODERATION_ACTIONS = ['approve', 'hide', 'restore', 'keep'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** What a facilitator chose to narrow the queue. Empty strings mean "any". */
export interface QueueFilters {
  queue?: ModerationQueueName | '';
  reason?: ReportReason | '';
  /** Only items waiting more than this many days. @default 0 */
  olderThanDays?: ModerationAge;
}

/** Why the queue or an action failed; `forbidden` when the caller is not a facilitator of the space. */
export type QueueFailure = Pick<BackendError, 'kind' | 'message'>;

export interface ModerationQueueInput {
  /** Id or slug of the space. */
  space: string;
  /** Filters to start with. */
  filters?: QueueFilters;
  /** The language the facilitator writes reasons in (the widget's), kept with a hiding reason. */
  lang?: string | undefined;
}

/** What the `load` actor receives. */
export interface QueueLoadRequest {
  space: string;
  /** The filters as the back end takes them; empty ones left out. */
  query: ModerationQuery;
}

/** How many items wait in each queue, whatever the filters. */
export type QueueCounts = Record<ModerationQueueName, number>;

export interface QueueLoadResult {
  items: ModerationItem[];
  counts: QueueCounts;
  /** ISO instant the queue was read at: days waited are counted to it. */
  at: string;
}

/** What the `act` actor receives: the item as last loaded (its version), the action, the reason. */
export interface ModerationActRequest {
  item: ModerationItem;
  action: ModerationAction;
  /** Trimmed; empty for `approve`. */
  reason: string;
  /** The language the facilitator writes the reason in (the widget's). */
  lang?: string | undefined;
}

export interface ModerationActResult {
  contributionId: string;
  action: ModerationAction;
  /** The contribution after the event; `null` for `keep`, which writes no event. */
  contribution: ContributionView | null;
}

/** Why the reason typed cannot be sent. */
export type ReasonError = 'required' | 'tooLong';

export interface ModerationQueueContext {
  space: string;
  /** The language reasons are written in (the widget's). */
  lang: string | undefined;
  filters: QueueFilters;
  items: ModerationItem[];
  counts: QueueCounts;
  loadedAt: string | null;
  /** Why the queue could not be shown (state `error`). */
  failure: QueueFailure | null;
  /** The action being prepared or sent. */
  pending: { contributionId: string; action: ModerationAction } | null;
  /** The reason as last submitted; kept when the facilitator goes back or an action fails. */
  reason: string;
  reasonError: ReasonError | null;
  /** Why the last action failed (offline, forbidden…); the item stays. */
  actionFailure: QueueFailure | null;
  /** The last action that went through, and the item that took its place (for focus). */
  done: { contributionId: string; action: ModerationAction; nextId: string | null } | null;
  /** Someone else changed this contribution first: the queue was loaded again. */
  conflict: { contributionId: string; title: string } | null;
}

export type ModerationQueueEvent =
  /** Load the queue (sent once the element knows its space). */
  | { type: 'queue.load' }
  /** Apply new filters and load again. */
  | { type: 'queue.filter'; filters: QueueFilters }
  | { type: 'queue.retry' }
  /** Start an action on an item: a reason is asked for, except to approve. */
  | { type: 'queue.choose'; contributionId: string; action: ModerationAction }
  /** Send the reason typed; hiding asks for a confirmation next. */
  | { type: 'queue.submit'; reason: string }
  /** Confirm hiding. */
  | { type: 'queue.confirm' }
  /** Back one step: from the confirmation to the reason, from the reason to the queue. */
  | { type: 'queue.cancel' };

/** A citizen's report of a contribution, as the report form sends it. */
export interface ReportRequest {
  contributionId: string;
  report: Required<Omit<ReportInput, 'lang'>> & Pick<ReportInput, 'lang'>;
}

/** Why a report cannot be sent: no reason chosen, or a note over 1000 characters. */
export type ReportError = 'reason' | 'note';

export interface ReportContext {
  error: ReportError | null;
  failure: QueueFailure | null;
}

/** Send the report; `reason` is `''` when none was chosen. */
export type ReportEvent = {
  type: 'report.send';
  contributionId: string;
  reason: ReportReason | '';
  note: string;
  /** The language the note is written in: the widget's. */
  lang?: string;
};
