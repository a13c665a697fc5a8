import type { ContributionView } from '../contribution/contribution.connect.js';
import type { VERDICTS } from '../contribution/contribution.constants.js';
import type { StoredContributionEvent } from '../contribution/contribution.types.js';
import type { Space } from '../space/space.types.js';
import type { BackendError } from '../store/backend.error.js';
import type { ContributionCommandInput } from '../store/backoffice.port.js';

export type Verdict = (typeof VERDICTS)[number];

/** The commands a professional sends from this widget, in the order of the workflow. */
export const ANSWER_COMMANDS = [
  'contribution.review',
  'contribution.decide',
  'contribution.publish',
  'contribution.commit',
  'contribution.start',
  'contribution.progress',
  'contribution.complete',
] as const;
export type AnswerCommandType = (typeof ANSWER_COMMANDS)[number];
export type AnswerCommand = Extract<ContributionCommandInput, { type: AnswerCommandType }>;

/** Everything the professional types, as strings a form control can hold. */
export interface AnswerValues {
  verdict: Verdict | '';
  /** The reasons, in words the author understands. */
  text: string;
  /** The service that signs the answer, e.g. `Direction de l’insertion`. */
  service: string;
  /** For `duplicate`: the id of the contribution this one joins. */
  duplicateOf: string;
  /** The answer template last applied, `''` for none. */
  templateId: string;
  /** A new commitment: what, who carries it, and by when (`AAAA-MM-JJ`). */
  what: string;
  owner: string;
  due: string;
  /** A progress report: on which commitment, what was done, how far (0 to 100). */
  commitmentId: string;
  progressText: string;
  percent: string;
}
export type AnswerField = Exclude<keyof AnswerValues, 'templateId'>;

/** Why a field is refused; the widget words it with a valid example. */
export type AnswerErrorCode = 'required' | 'tooLong' | 'tooShort' | 'invalid';
export interface AnswerFieldError {
  code: AnswerErrorCode;
  /** `tooLong`: the maximum; `tooShort`: the minimum length. */
  limit?: number;
  /** What the server said, when the error came from it. */
  message?: string;
}
export type AnswerErrors = Partial<Record<AnswerField, AnswerFieldError>>;

/** Why the widget cannot go on: `denied` covers `forbidden` and `unauthorized`. */
export type AnswerFailure = Pick<BackendError, 'kind' | 'message'>;

/** A command on its way, with the version the professional saw when they sent it. */
export interface PendingCommand {
  command: AnswerCommand;
  expectedVersion: number;
  /** The answer as the professional saw it when they sent this command (for publish). */
  seenAnswer: {
    verdict: Verdict;
    text: string;
    service: string;
    duplicateOf?: string | undefined;
    lang?: string | undefined;
  } | null;
}

/** What the last send did, for the status line. `published`: the author will be told. */
export interface AnswerOutcome {
  type: AnswerCommandType | 'bulkPublished' | 'bulkConflict' | 'discarded';
  /** Contribution ids concerned: published together, or changed meanwhile. */
  ids: string[];
  /** Their titles, in the same order (the list is read again and may no longer show them). */
  titles: string[];
}

export interface AnswerFormInput {
  /** Id or slug of the space. */
  space: string;
  /** A contribution to open at once; without it the widget starts on the list of what awaits an answer. */
  contributionId?: string;
  /** The language the professional writes in (the page's), sent with the answer. @default none: French */
  lang?: string;
}

export interface AnswerListResult {
  space: Space;
  items: ContributionView[];
  /** ISO instant the list was read at: days waited and overdue are counted to it. */
  at: string;
}
export interface AnswerLoadRequest {
  contributionId: string;
  /** Id or slug of the space; `''` means the contribution's own space. */
  space: string;
  /** Already known: not fetched again. */
  known: Space | null;
}
export interface AnswerLoadResult {
  space: Space;
  contribution: ContributionView;
  timeline: StoredContributionEvent[];
  at: string;
}
export interface AnswerSendRequest {
  contributionId: string;
  command: AnswerCommand;
  expectedVersion: number;
}
export interface AnswerSendResult {
  contribution: ContributionView;
  /** `null` when the timeline could not be read again: the old one stays until the next load. */
  timeline: StoredContributionEvent[] | null;
}
export interface BulkPublishRequest {
  space: string;
  items: Array<{ id: string; expectedVersion: number }>;
}

/** Who published what, for the host page's `participe-answer-published` events. */
export interface PublishedAnswer {
  contributionId: string;
  verdict: Verdict;
}

export interface AnswerFormContext {
  space: string;
  /** Given in the input: the widget shows this one contribution and offers no list. */
  fixed: boolean;
  contributionId: string | null;
  /** See `AnswerFormInput.lang`. */
  lang?: string | undefined;
  spaceRecord: Space | null;
  items: ContributionView[];
  loadedAt: string | null;
  /** Ids ticked for publishing together. */
  selected: string[];
  contribution: ContributionView | null;
  timeline: StoredContributionEvent[];
  values: AnswerValues;
  errors: AnswerErrors;
  pending: PendingCommand | null;
  outcome: AnswerOutcome | null;
  /** The answers the last publish made public; a new array each time (the widget's event source). */
  published: PublishedAnswer[] | null;
  failure: AnswerFailure | null;
}

export type AnswerFormEvent =
  /** Start once the element knows its space and back end. */
  | { type: 'form.load' }
  | { type: 'form.retry' }
  /** Back to the list (only when the widget was not given one contribution). */
  | { type: 'form.back' }
  | { type: 'list.open'; contributionId: string }
  | { type: 'list.toggle'; contributionId: string }
  | { type: 'list.reload' }
  /** Show what will be published together, and ask to confirm. */
  | { type: 'bulk.review' }
  | { type: 'bulk.cancel' }
  | { type: 'bulk.confirm' }
  | { type: 'answer.change'; field: AnswerField; value: string }
  /** Fill verdict and text from one of the space's answer templates (`''`: none). */
  | { type: 'answer.template'; templateId: string }
  /** Take the contribution up: `contribution.review`. */
  | { type: 'answer.review' }
  /** Record the internal decision: `contribution.decide`. */
  | { type: 'answer.decide' }
  /** Make the decided answer public: `contribution.publish`. */
  | { type: 'answer.publish' }
  /** Add a commitment; the widget makes its id (`k_…`), so the machine stays deterministic. */
  | { type: 'answer.commit'; commitmentId: string }
  | { type: 'answer.start' }
  | { type: 'answer.progress' }
  | { type: 'answer.complete' }
  /** After a conflict: send mine again on the current version. */
  | { type: 'conflict.useMine' }
  /** After a conflict: drop mine and keep what the other professional did. */
  | { type: 'conflict.keepTheirs' };
