import type { CycleContext, CycleFacts, EvaluationViewpoint, PhaseId, ViewpointNotes } from '../cycle/cycle.types.js';
import type { BackendError } from '../store/backend.error.js';
import type { BackofficeBackend } from '../store/backoffice.port.js';

/** A group's cycle as its members read it: facts, history with who (by member id), what advancing needs. */
export interface StaffCycle {
  spaceId: string;
  phase: PhaseId;
  round: number;
  /** Steps stored so far: send it back as `If-Match`. */
  seq: number;
  facts: CycleFacts;
  problemStatement: CycleContext['problemStatement'];
  evaluation: CycleContext['evaluation'];
  decideOverride: CycleContext['decideOverride'];
  history: CycleContext['history'];
  /** Whether the group may move to the next phase now. */
  canAdvance: boolean;
}

/** What a facilitator sends to steer the cycle (the server adds who and when). */
export type SteeringCommand =
  | { type: 'cycle.advance' }
  | { type: 'cycle.back'; reason: string; to?: PhaseId }
  | { type: 'cycle.problem.state'; statement: string }
  | { type: 'cycle.evaluation.record'; viewpoints: EvaluationViewpoint[]; summary: string; views?: ViewpointNotes }
  | { type: 'cycle.override'; reason: string };

/** The forms of the steering panel: go back, state the problem, record the evaluation, leave `decide` with open contributions. */
export const STEERING_FORMS = ['back', 'problem', 'evaluation', 'override'] as const;
export type SteeringForm = (typeof STEERING_FORMS)[number];

/** What the forms hold while a person writes. Field names are the API's (`reason`, `to`, `statement`, `views.residents`…). */
export interface SteeringDraft {
  to: PhaseId | null;
  reason: string;
  statement: string;
  views: ViewpointNotes;
  summary: string;
}

/** One field's problem, by the API's path (`reason`, `to`, `views`…), in the person's words or as a code the widget words. */
export interface SteeringIssue {
  path: string;
  /** `required`, `tooShort`, `twoViewpoints`, or the server's own sentence. */
  code: 'required' | 'tooShort' | 'twoViewpoints' | 'server';
  message?: string;
}

export type SteeringFailure = BackendError;

export interface CycleSteeringInput {
  /** The group's id or slug. */
  space: string;
}

export interface CycleSteeringContext {
  space: string;
  cycle: StaffCycle | null;
  form: SteeringForm | null;
  draft: SteeringDraft;
  issues: SteeringIssue[];
  /** Why loading or the last step failed (`conflict`: someone moved the cycle meanwhile; it was read again). */
  failure: SteeringFailure | null;
  /** The last step taken, to say it in the live region. */
  done: SteeringCommand['type'] | null;
}

export type CycleSteeringEvent =
  | { type: 'steer.load' }
  | { type: 'steer.retry' }
  /** Open a form; closes the one open. */
  | { type: 'steer.open'; form: SteeringForm }
  | { type: 'steer.close' }
  /** A field changed: `to`, `reason`, `statement`, `summary`, or `views.<viewpoint>`. */
  | { type: 'steer.edit'; field: string; value: string }
  /** Move the group to the next phase. */
  | { type: 'steer.advance' }
  /** Send the open form. */
  | { type: 'steer.submit' };

export interface SteeringSendRequest {
  space: string;
  command: SteeringCommand;
  expectedVersion: number;
}

export type SteeringBackend = Pick<BackofficeBackend, 'getCycle' | 'sendCycleCommand'>;
