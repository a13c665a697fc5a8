import type { ActorRole } from '../shared/roles.js';
import type { PhaseId } from './cycle.phases.js';

export type { PhaseId };

/** Facts about the current round, kept up to date by the server from its stores. */
export interface CycleFacts {
  /** Members present today. @default 0 */
  memberCount: number;
  /** Day the charter was adopted, or `null`. @default null */
  charterAdoptedOn: string | null;
  /** Contributions submitted this round. @default 0 */
  contributionCount: number;
  /** Of those, how many have no published answer. @default 0 */
  unansweredCount: number;
  /** Commitments made this round. @default 0 */
  commitmentCount: number;
  /** Of those, how many have at least one progress update. @default 0 */
  commitmentsWithProgress: number;
}

export const EVALUATION_VIEWPOINTS = ['residents', 'professionals', 'elected', 'partners'] as const;
export type EvaluationViewpoint = (typeof EVALUATION_VIEWPOINTS)[number];

export interface PhaseChange {
  from: PhaseId;
  to: PhaseId;
  round: number;
  direction: 'forward' | 'back' | 'newRound';
  at: string;
  actor: { role: ActorRole; id: string | null };
  /** Required when going back; also carries the override reason in `decide`. */
  reason?: string;
}

/** What each viewpoint saw change, in its own words: residents, professionals, elected officials, partners. */
export type ViewpointNotes = Partial<Record<EvaluationViewpoint, string>>;

export interface CycleEvaluation {
  /** The viewpoints heard: at least two. */
  viewpoints: EvaluationViewpoint[];
  summary: string;
  /** What each viewpoint said, when recorded apart. @default none */
  views?: ViewpointNotes;
  at: string;
}

export interface CycleContext {
  spaceId: string;
  /** 1 for the first round; +1 each time `share` leads back to `mobilise`. */
  round: number;
  facts: CycleFacts;
  /** "Nous, habitants, considérons que notre problème principal est …" */
  problemStatement: { text: string; at: string } | null;
  evaluation: CycleEvaluation | null;
  /** Leaving `decide` with contributions still unanswered, and why. */
  decideOverride: { reason: string; at: string } | null;
  history: PhaseChange[];
}

export interface CycleInput {
  spaceId: string;
  /** @default 1 */
  round?: number;
  facts?: Partial<CycleFacts>;
}

type Sent = { actor: { role: ActorRole; id: string | null }; at: string };

export type CycleEvent = Sent &
  (
    | { type: 'cycle.facts'; facts: Partial<CycleFacts> }
    /** Stated by the people concerned (or a facilitator writing their words). */
    | { type: 'cycle.problem.state'; statement: string }
    /** `viewpoints` and the keys of `views` together name at least two viewpoints. */
    | { type: 'cycle.evaluation.record'; viewpoints: EvaluationViewpoint[]; summary: string; views?: ViewpointNotes }
    | { type: 'cycle.override'; reason: string }
    | { type: 'cycle.advance' }
    /** Back to `to`, an earlier phase of the same round. @default `to`: the previous phase */
    | { type: 'cycle.back'; reason: string; to?: PhaseId }
  );

export type CycleEventType = CycleEvent['type'];
