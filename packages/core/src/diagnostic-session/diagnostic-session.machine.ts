import { assign, fromPromise } from 'xstate';
import type {
  AggregateResult,
  DiagnosticResponse,
  DiagnosticResult,
  Questionnaire,
} from '../diagnostic/diagnostic.types.js';
import { setup } from '../shared/machine-setup.js';
import { NO_BACKEND, toBackendError } from '../store/backend.error.js';
import type { ParticipeBackend } from '../store/backend.port.js';
import type {
  AggregateRequest,
  DiagnosticSessionContext,
  DiagnosticSessionEvent,
  DiagnosticSessionInput,
  PreparedDiagnostic,
  PrepareRequest,
  SessionFailure,
  ShareRequest,
} from './diagnostic-session.types.js';

// The engine (`evaluateDiagnostic`, `aggregateDiagnostics`…) is passed in rather than
// imported: a widget loads it on demand with the questionnaire, so its first bytes stay small.

/** Adds a member's answers to their space's diagnostics. */
export async function shareDiagnostic(backend: ParticipeBackend | null, request: ShareRequest) {
  if (!backend) throw NO_BACKEND;
  return backend.submitDiagnostic(request.spaceId, request.answers);
}

/** The group's picture: from the responses given, else from the space's on the back end. */
export async function loadAggregate(
  backend: ParticipeBackend | null,
  request: AggregateRequest,
  aggregate: (questionnaire: Questionnaire, responses: DiagnosticResponse[]) => AggregateResult,
): Promise<AggregateResult> {
  if (request.responses) return aggregate(request.questionnaire, request.responses);
  if (!request.spaceId)
    throw { kind: 'notFound', message: 'No space and no responses to show' } satisfies SessionFailure;
  if (!backend) throw NO_BACKEND;
  return backend.getDiagnosticAggregate(request.spaceId);
}

const notProvided = (name: string): SessionFailure => ({ kind: 'error', message: `No ${name} actor provided` });
const failureOf = (event: unknown) => toBackendError((event as { error: unknown }).error);
type Ev<T extends DiagnosticSessionEvent['type']> = Extract<DiagnosticSessionEvent, { type: T }>;

/**
 * Around the diagnostic itself (`diagnosticMachine`, which a widget runs beside this one):
 * loading what it needs, adding one's answers to the group's, and the group view.
 */
export const diagnosticSessionMachine = setup({
  types: {
    context: {} as DiagnosticSessionContext,
    events: {} as DiagnosticSessionEvent,
    input: {} as DiagnosticSessionInput,
  },
  actors: {
    // Provided by the widget: `machine.provide({ actors: { prepare, share, aggregate } })`.
    prepare: fromPromise<PreparedDiagnostic, PrepareRequest>(async () => {
      throw notProvided('prepare');
    }),
    share: fromPromise<DiagnosticResult, ShareRequest>(async () => {
      throw notProvided('share');
    }),
    aggregate: fromPromise<AggregateResult, AggregateRequest>(async () => {
      throw notProvided('aggregate');
    }),
  },
  guards: {
    groupView: ({ context }) => context.view === 'group',
    hasSpace: ({ context }) => context.spaceId !== null,
    nobodyAnswered: ({ event }) => (event as unknown as { output: AggregateResult }).output.respondents === 0,
  },
  actions: {
    keepPrepared: assign({
      prepared: ({ event }) => (event as unknown as { output: PreparedDiagnostic }).output,
      failure: null,
    }),
    keepFailure: assign({ failure: ({ event }) => failureOf(event) }),
    clearFailure: assign({ failure: null }),
    keepShareFailure: assign({ shareFailure: ({ event }) => failureOf(event) }),
    clearShareFailure: assign({ shareFailure: null }),
    forgetSaved: assign({
      prepared: ({ context }) => context.prepared && { ...context.prepared, saved: null, discarded: false },
    }),
    keepAggregate: assign({
      aggregate: ({ event }) => (event as unknown as { output: AggregateResult }).output,
      groupFailure: null,
    }),
    keepGroupFailure: assign({ groupFailure: ({ event }) => failureOf(event) }),
    clearGroupFailure: assign({ groupFailure: null }),
  },
}).createMachine({
  id: 'diagnosticSession',
  context: ({ input }) => ({
    spaceId: input.spaceId?.trim() || null,
    locale: input.locale ?? 'fr',
    view: input.view ?? 'answer',
    responses: input.responses ?? null,
    prepared: null,
    failure: null,
    shareFailure: null,
    aggregate: null,
    groupFailure: null,
  }),
  initial: 'idle',
  states: {
    idle: {
      on: { 'session.load': 'preparing' },
    },
    preparing: {
      entry: 'clearFailure',
      invoke: {
        id: 'prepare',
        src: 'prepare',
        input: ({ context }) => ({ spaceId: context.spaceId, locale: context.locale, view: context.view }),
        onDone: [
          { guard: 'groupView', target: 'group', actions: 'keepPrepared' },
          { target: 'answering', actions: 'keepPrepared' },
        ],
        onError: { target: 'failed', actions: 'keepFailure' },
      },
    },
    failed: {
      on: { 'session.retry': 'preparing' },
    },
    answering: {
      initial: 'private',
      on: {
        'session.restart': { target: '.private', actions: ['forgetSaved', 'clearShareFailure'] },
      },
      states: {
        private: {
          on: { 'session.share': { guard: 'hasSpace', target: 'sharing' } },
        },
        sharing: {
          entry: 'clearShareFailure',
          invoke: {
            id: 'share',
            src: 'share',
            input: ({ context, event }) => ({
              spaceId: context.spaceId ?? '',
              answers: (event as Ev<'session.share'>).answers,
            }),
            onDone: 'shared',
            onError: { target: 'shareFailed', actions: 'keepShareFailure' },
          },
        },
        shared: {
          on: { 'session.edit': 'private' },
        },
        shareFailed: {
          on: {
            'session.share': 'sharing',
            'session.edit': { target: 'private', actions: 'clearShareFailure' },
          },
        },
      },
    },
    group: {
      initial: 'loading',
      states: {
        loading: {
          entry: 'clearGroupFailure',
          invoke: {
            id: 'aggregate',
            src: 'aggregate',
            input: ({ context }) => ({
              spaceId: context.spaceId,
              questionnaire: context.prepared!.questionnaire,
              responses: context.responses,
            }),
            onDone: [
              { guard: 'nobodyAnswered', target: 'empty', actions: 'keepAggregate' },
              { target: 'shown', actions: 'keepAggregate' },
            ],
            onError: { target: 'failed', actions: 'keepGroupFailure' },
          },
        },
        shown: {},
        empty: {},
        failed: {
          on: { 'session.retry': 'loading' },
        },
      },
    },
  },
});

export type DiagnosticSessionMachine = typeof diagnosticSessionMachine;
