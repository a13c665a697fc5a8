import type { SnapshotFrom } from 'xstate';
import type { AggregateResult } from '../diagnostic/diagnostic.types.js';
import { MEMBER_ROLES } from '../shared/roles.js';
import type { DiagnosticSessionMachine } from './diagnostic-session.machine.js';

export type DiagnosticSessionSnapshot = SnapshotFrom<DiagnosticSessionMachine>;
export type DiagnosticSessionState =
  | 'idle'
  | 'preparing'
  | 'failed'
  | 'answering'
  | 'groupLoading'
  | 'group'
  | 'groupEmpty'
  | 'groupFailed';
export type ShareState = 'private' | 'sharing' | 'shared' | 'shareFailed';

/**
 * From this many points (on 100) between the means of people concerned and professionals,
 * the group view says they see a dimension differently. Under it, the gap is within what a
 * few answers either way would move.
 */
export const NOTABLE_GAP = 20;
/** How many of the most frequent recommendations the group view lists. */
export const GROUP_RECOMMENDATIONS = 5;

/** The group's picture, ready to be said in words. */
export function groupView(a: AggregateResult) {
  const phase = a.phases.mostCommon;
  return {
    respondents: a.respondents,
    /** Roles that answered, in the usual order, with how many. */
    roles: MEMBER_ROLES.filter((r) => a.counts[r] > 0).map((role) => ({ role, count: a.counts[role] })),
    dimensions: a.dimensions,
    /** `true` when both people concerned and professionals scored at least one dimension. */
    comparable: a.concernedVsProfessional.length > 0,
    /** Where they see things differently, largest gap first. `gap` is signed: concerned minus professional. */
    divergences: a.concernedVsProfessional.filter((d) => Math.abs(d.gap) >= NOTABLE_GAP),
    mostCommonPhase: phase ? { phase, count: a.phases.counts[phase] ?? 0 } : null,
    recommendations: a.recommendations.slice(0, GROUP_RECOMMENDATIONS),
    rejected: a.rejected.length,
  };
}

export type GroupView = ReturnType<typeof groupView>;

/** What the diagnostic widget shows around the questionnaire, for a session snapshot. */
export function connectDiagnosticSession(snapshot: DiagnosticSessionSnapshot) {
  const c = snapshot.context;
  const value = snapshot.value;
  let state: DiagnosticSessionState;
  let share: ShareState | null = null;
  if (typeof value === 'string') state = value as DiagnosticSessionState;
  else if ('answering' in value) {
    state = 'answering';
    share = value.answering as ShareState;
  } else {
    const group = (value as { group: 'loading' | 'shown' | 'empty' | 'failed' }).group;
    state = ({ loading: 'groupLoading', shown: 'group', empty: 'groupEmpty', failed: 'groupFailed' } as const)[group];
  }
  return {
    state,
    busy: state === 'idle' || state === 'preparing' || state === 'groupLoading',
    prepared: c.prepared,
    failure: c.failure,
    /** `null` without a space: there is no group to add one's answers to. */
    share: c.spaceId ? share : null,
    shareFailure: c.shareFailure,
    group: state === 'group' && c.aggregate ? groupView(c.aggregate) : null,
    groupFailure: c.groupFailure,
  };
}

export type DiagnosticSessionView = ReturnType<typeof connectDiagnosticSession>;
