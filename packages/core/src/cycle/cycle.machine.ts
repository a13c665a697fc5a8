import { and, assign } from 'xstate';
import { setup } from '../shared/machine-setup.js';
import type { ActorRole } from '../shared/roles.js';
import { backTargets, CYCLE_REASON_MIN, PHASE_IDS, type PhaseId } from './cycle.phases.js';
import {
  type CycleContext,
  type CycleEvent,
  type CycleEventType,
  type CycleFacts,
  type CycleInput,
  EVALUATION_VIEWPOINTS,
  type EvaluationViewpoint,
} from './cycle.types.js';

export const CYCLE_EVENT_ROLES = {
  'cycle.facts': ['system', 'professional', 'facilitator'],
  'cycle.problem.state': ['concerned', 'facilitator'],
  'cycle.evaluation.record': ['facilitator', 'professional'],
  'cycle.override': ['professional', 'facilitator'],
  'cycle.advance': ['professional', 'facilitator'],
  'cycle.back': ['professional', 'facilitator'],
} as const satisfies Record<CycleEventType, readonly ActorRole[]>;

const EMPTY_FACTS: CycleFacts = {
  memberCount: 0,
  charterAdoptedOn: null,
  contributionCount: 0,
  unansweredCount: 0,
  commitmentCount: 0,
  commitmentsWithProgress: 0,
};

type Ev<T extends CycleEventType> = Extract<CycleEvent, { type: T }>;

const previous = (phase: PhaseId): PhaseId => PHASE_IDS[Math.max(0, PHASE_IDS.indexOf(phase) - 1)]!;

/** The viewpoints an evaluation names, listed or given their own words, in the usual order (stores may reorder keys). */
export const viewpointsOf = (e: { viewpoints: readonly EvaluationViewpoint[]; views?: object | undefined }) => {
  const named = new Set<string>([
    ...e.viewpoints,
    ...Object.entries(e.views ?? {})
      .filter(([, text]) => typeof text === 'string' && text.trim() !== '')
      .map(([v]) => v),
  ]);
  return EVALUATION_VIEWPOINTS.filter((v) => named.has(v));
};

/**
 * Going back from `from`: one transition per earlier phase of the round, the one the event
 * names (`to`, the previous phase by default) taken. Always with a reason.
 */
const backFrom = (from: PhaseId) =>
  backTargets(from)
    .reverse()
    .map((to) => ({
      guard: and(['roleAllowed', 'reasonGiven', { type: 'backTo' as const, params: { from, to } }]),
      target: to,
      actions: { type: 'recordChange' as const, params: { from, to, direction: 'back' as const } },
    }));
const forward = (from: PhaseId, to: PhaseId, direction: 'forward' | 'newRound' = 'forward') => ({
  type: 'recordChange' as const,
  params: { from, to, direction },
});

export const cycleMachine = setup({
  types: {
    context: {} as CycleContext,
    events: {} as CycleEvent,
    input: {} as CycleInput,
  },
  guards: {
    roleAllowed: ({ event }) => (CYCLE_EVENT_ROLES[event.type] as readonly ActorRole[]).includes(event.actor.role),
    groupFormed: ({ context }) => context.facts.memberCount > 0 && context.facts.charterAdoptedOn !== null,
    problemStated: ({ context }) => context.problemStatement !== null,
    hasContribution: ({ context }) => context.facts.contributionCount > 0,
    allAnswered: ({ context }) => context.facts.unansweredCount === 0 || context.decideOverride !== null,
    progressReported: ({ context }) =>
      context.facts.commitmentCount > 0 && context.facts.commitmentsWithProgress >= context.facts.commitmentCount,
    evaluated: ({ context }) => (context.evaluation?.viewpoints.length ?? 0) >= 2,
    reasonGiven: ({ event }) => ((event as Ev<'cycle.back'>).reason ?? '').trim().length >= CYCLE_REASON_MIN,
    severalViewpoints: ({ event }) => viewpointsOf(event as Ev<'cycle.evaluation.record'>).length >= 2,
    backTo: ({ event }, params: { from: PhaseId; to: PhaseId }) =>
      ((event as Ev<'cycle.back'>).to ?? previous(params.from)) === params.to,
    statementGiven: ({ event }) => (event as Ev<'cycle.problem.state'>).statement.trim().length > 0,
  },
  actions: {
    updateFacts: assign({
      facts: ({ context, event }) => ({ ...context.facts, ...(event as Ev<'cycle.facts'>).facts }),
    }),
    stateProblem: assign({
      problemStatement: ({ event }) => ({ text: (event as Ev<'cycle.problem.state'>).statement.trim(), at: event.at }),
    }),
    recordEvaluation: assign({
      evaluation: ({ event }) => {
        const e = event as Ev<'cycle.evaluation.record'>;
        const views = Object.fromEntries(
          Object.entries(e.views ?? {})
            .filter(([, text]) => text.trim() !== '')
            .map(([v, text]) => [v, text.trim()]),
        );
        return {
          viewpoints: viewpointsOf(e),
          summary: e.summary,
          ...(Object.keys(views).length ? { views } : {}),
          at: e.at,
        };
      },
    }),
    recordOverride: assign({
      decideOverride: ({ event }) => ({ reason: (event as Ev<'cycle.override'>).reason, at: event.at }),
    }),
    recordChange: assign({
      history: (
        { context, event },
        params: { from: PhaseId; to: PhaseId; direction: 'forward' | 'back' | 'newRound' },
      ) => [
        ...context.history,
        {
          from: params.from,
          to: params.to,
          round: params.direction === 'newRound' ? context.round + 1 : context.round,
          direction: params.direction,
          at: event.at,
          actor: event.actor,
          ...(params.direction === 'back' ? { reason: (event as Ev<'cycle.back'>).reason } : {}),
          ...(params.from === 'decide' && params.direction === 'forward' && context.decideOverride
            ? { reason: context.decideOverride.reason }
            : {}),
        },
      ],
    }),
    startRound: assign({
      round: ({ context }) => context.round + 1,
      problemStatement: null,
      evaluation: null,
      decideOverride: null,
      facts: ({ context }) => ({
        ...EMPTY_FACTS,
        memberCount: context.facts.memberCount,
        charterAdoptedOn: context.facts.charterAdoptedOn,
      }),
    }),
  },
}).createMachine({
  id: 'cycle',
  context: ({ input }) => ({
    spaceId: input.spaceId,
    round: input.round ?? 1,
    facts: { ...EMPTY_FACTS, ...input.facts },
    problemStatement: null,
    evaluation: null,
    decideOverride: null,
    history: [],
  }),
  on: {
    'cycle.facts': { guard: 'roleAllowed', actions: 'updateFacts' },
  },
  initial: 'mobilise',
  states: {
    mobilise: {
      on: {
        'cycle.advance': {
          guard: and(['roleAllowed', 'groupFormed']),
          target: 'diagnose',
          actions: forward('mobilise', 'diagnose'),
        },
      },
    },
    diagnose: {
      on: {
        'cycle.problem.state': { guard: and(['roleAllowed', 'statementGiven']), actions: 'stateProblem' },
        'cycle.advance': {
          guard: and(['roleAllowed', 'problemStated']),
          target: 'coConstruct',
          actions: forward('diagnose', 'coConstruct'),
        },
        'cycle.back': backFrom('diagnose'),
      },
    },
    coConstruct: {
      on: {
        'cycle.advance': {
          guard: and(['roleAllowed', 'hasContribution']),
          target: 'decide',
          actions: forward('coConstruct', 'decide'),
        },
        'cycle.back': backFrom('coConstruct'),
      },
    },
    decide: {
      on: {
        'cycle.override': { guard: and(['roleAllowed', 'reasonGiven']), actions: 'recordOverride' },
        'cycle.advance': {
          guard: and(['roleAllowed', 'allAnswered']),
          target: 'act',
          actions: forward('decide', 'act'),
        },
        'cycle.back': backFrom('decide'),
      },
    },
    act: {
      on: {
        'cycle.advance': {
          guard: and(['roleAllowed', 'progressReported']),
          target: 'evaluate',
          actions: forward('act', 'evaluate'),
        },
        'cycle.back': backFrom('act'),
      },
    },
    evaluate: {
      on: {
        'cycle.evaluation.record': { guard: and(['roleAllowed', 'severalViewpoints']), actions: 'recordEvaluation' },
        'cycle.advance': {
          guard: and(['roleAllowed', 'evaluated']),
          target: 'share',
          actions: forward('evaluate', 'share'),
        },
        'cycle.back': backFrom('evaluate'),
      },
    },
    share: {
      on: {
        'cycle.advance': {
          guard: 'roleAllowed',
          target: 'mobilise',
          actions: [forward('share', 'mobilise', 'newRound'), 'startRound'],
        },
        'cycle.back': backFrom('share'),
      },
    },
  },
});

export type CycleMachine = typeof cycleMachine;
