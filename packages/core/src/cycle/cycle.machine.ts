import { and, assign } from 'xstate';
import { setup } from '../shared/machine-setup.js';
import type { ActorRole } from '../shared/roles.js';
import { PHASE_IDS, type PhaseId } from './cycle.phases.js';
import type { CycleContext, CycleEvent, CycleEventType, CycleFacts, CycleInput } from './cycle.types.js';

export const CYCLE_EVENT_ROLES = {
  'cycle.facts': ['system', 'professional', 'facilitator'],
  'cycle.problem.state': ['concerned', 'facilitator'],
  'cycle.evaluation.record': ['facilitator', 'professional'],
  'cycle.override': ['professional', 'facilitator'],
  'cycle.advance': ['professional', 'facilitator'],
  'cycle.back': ['professional', 'facilitator'],
} as const satisfies Record<CycleEventType, readonly ActorRole[]>;

/** A reason to go back, or to leave `decide` with open contributions: one real sentence. */
export const CYCLE_REASON_MIN = 10;

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
const next = (phase: PhaseId): PhaseId => PHASE_IDS[(PHASE_IDS.indexOf(phase) + 1) % PHASE_IDS.length]!;

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
    severalViewpoints: ({ event }) => new Set((event as Ev<'cycle.evaluation.record'>).viewpoints).size >= 2,
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
        return { viewpoints: [...new Set(e.viewpoints)], summary: e.summary, at: e.at };
      },
    }),
    recordOverride: assign({
      decideOverride: ({ event }) => ({ reason: (event as Ev<'cycle.override'>).reason, at: event.at }),
    }),
    recordChange: assign({
      history: ({ context, event }, params: { from: PhaseId; direction: 'forward' | 'back' | 'newRound' }) => [
        ...context.history,
        {
          from: params.from,
          to: params.direction === 'back' ? previous(params.from) : next(params.from),
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
          actions: { type: 'recordChange', params: { from: 'mobilise', direction: 'forward' } },
        },
      },
    },
    diagnose: {
      on: {
        'cycle.problem.state': { guard: and(['roleAllowed', 'statementGiven']), actions: 'stateProblem' },
        'cycle.advance': {
          guard: and(['roleAllowed', 'problemStated']),
          target: 'coConstruct',
          actions: { type: 'recordChange', params: { from: 'diagnose', direction: 'forward' } },
        },
        'cycle.back': {
          guard: and(['roleAllowed', 'reasonGiven']),
          target: 'mobilise',
          actions: { type: 'recordChange', params: { from: 'diagnose', direction: 'back' } },
        },
      },
    },
    coConstruct: {
      on: {
        'cycle.advance': {
          guard: and(['roleAllowed', 'hasContribution']),
          target: 'decide',
          actions: { type: 'recordChange', params: { from: 'coConstruct', direction: 'forward' } },
        },
        'cycle.back': {
          guard: and(['roleAllowed', 'reasonGiven']),
          target: 'diagnose',
          actions: { type: 'recordChange', params: { from: 'coConstruct', direction: 'back' } },
        },
      },
    },
    decide: {
      on: {
        'cycle.override': { guard: and(['roleAllowed', 'reasonGiven']), actions: 'recordOverride' },
        'cycle.advance': {
          guard: and(['roleAllowed', 'allAnswered']),
          target: 'act',
          actions: { type: 'recordChange', params: { from: 'decide', direction: 'forward' } },
        },
        'cycle.back': {
          guard: and(['roleAllowed', 'reasonGiven']),
          target: 'coConstruct',
          actions: { type: 'recordChange', params: { from: 'decide', direction: 'back' } },
        },
      },
    },
    act: {
      on: {
        'cycle.advance': {
          guard: and(['roleAllowed', 'progressReported']),
          target: 'evaluate',
          actions: { type: 'recordChange', params: { from: 'act', direction: 'forward' } },
        },
        'cycle.back': {
          guard: and(['roleAllowed', 'reasonGiven']),
          target: 'decide',
          actions: { type: 'recordChange', params: { from: 'act', direction: 'back' } },
        },
      },
    },
    evaluate: {
      on: {
        'cycle.evaluation.record': { guard: and(['roleAllowed', 'severalViewpoints']), actions: 'recordEvaluation' },
        'cycle.advance': {
          guard: and(['roleAllowed', 'evaluated']),
          target: 'share',
          actions: { type: 'recordChange', params: { from: 'evaluate', direction: 'forward' } },
        },
        'cycle.back': {
          guard: and(['roleAllowed', 'reasonGiven']),
          target: 'act',
          actions: { type: 'recordChange', params: { from: 'evaluate', direction: 'back' } },
        },
      },
    },
    share: {
      on: {
        'cycle.advance': {
          guard: 'roleAllowed',
          target: 'mobilise',
          actions: [{ type: 'recordChange', params: { from: 'share', direction: 'newRound' } }, 'startRound'],
        },
        'cycle.back': {
          guard: and(['roleAllowed', 'reasonGiven']),
          target: 'evaluate',
          actions: { type: 'recordChange', params: { from: 'share', direction: 'back' } },
        },
      },
    },
  },
});

export type CycleMachine = typeof cycleMachine;
