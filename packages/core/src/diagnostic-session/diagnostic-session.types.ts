import type { ContentPack } from '../content/content.types.js';
import type { GuideFailure } from '../cycle-guide/cycle-guide.types.js';
import type {
  AggregateResult,
  Answers,
  DiagnosticResponse,
  Questionnaire,
  SavedDiagnostic,
} from '../diagnostic/diagnostic.types.js';

/** `answer`: a person answers and sees their result. `group`: how the group's members see it, role by role. */
export const DIAGNOSTIC_PANELS = ['answer', 'group'] as const;
export type DiagnosticPanel = (typeof DIAGNOSTIC_PANELS)[number];

export type SessionFailure = GuideFailure;

/**
 * Everything a diagnostic needs before its first question: loaded once, on demand. The
 * council's phases and resources are not in it: the results read them when they show.
 */
export interface PreparedDiagnostic {
  questionnaire: Questionnaire;
  /** A diagnostic saved on this device that fits the questionnaire, to resume; `null` to start afresh. */
  saved: SavedDiagnostic | null;
  /** A saved diagnostic was found but no longer fits the questionnaire (another version): it was set aside. */
  discarded: boolean;
}

export interface DiagnosticSessionInput {
  /** Id or slug of the space whose members answer. @default none: a diagnostic for oneself */
  spaceId?: string;
  /** Language of the questionnaire and content. @default 'fr' */
  locale?: ContentPack['locale'];
  /** @default 'answer' */
  view?: DiagnosticPanel;
  /** Responses to show in the group view instead of the space's, e.g. from a spreadsheet. */
  responses?: DiagnosticResponse[] | null;
}

export interface PrepareRequest {
  spaceId: string | null;
  locale: ContentPack['locale'];
  view: DiagnosticPanel;
}

export interface ShareRequest {
  spaceId: string;
  answers: Answers;
}

export interface AggregateRequest {
  spaceId: string | null;
  questionnaire: Questionnaire;
  /** When given, these are aggregated instead of asking the back end. */
  responses: DiagnosticResponse[] | null;
}

export interface DiagnosticSessionContext {
  spaceId: string | null;
  locale: ContentPack['locale'];
  view: DiagnosticPanel;
  responses: DiagnosticResponse[] | null;
  prepared: PreparedDiagnostic | null;
  failure: SessionFailure | null;
  /** Why the answers could not be added to the group's (not a member, offline…). */
  shareFailure: SessionFailure | null;
  aggregate: AggregateResult | null;
  groupFailure: SessionFailure | null;
}

export type DiagnosticSessionEvent =
  /** Load the questionnaire, content and any saved diagnostic. Sent once the element knows its attributes. */
  | { type: 'session.load' }
  | { type: 'session.retry' }
  /** Add one's answers to the group's (a member of `spaceId` only). */
  | { type: 'session.share'; answers: Answers }
  /** The answers may change again (the person left the results): what was shared is no longer current. */
  | { type: 'session.edit' }
  /** Start again from an empty questionnaire; the saved diagnostic is forgotten. */
  | { type: 'session.restart' };
