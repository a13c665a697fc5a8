import { assign, fromPromise } from 'xstate';
import { backTargets, CYCLE_REASON_MIN } from '../cycle/cycle.phases.js';
import { EVALUATION_VIEWPOINTS } from '../cycle/cycle.types.js';
import { setup } from '../shared/machine-setup.js';
import { toBackendError } from '../store/backend.error.js';
import type {
  CycleSteeringContext,
  CycleSteeringEvent,
  CycleSteeringInput,
  StaffCycle,
  SteeringCommand,
  SteeringDraft,
  SteeringForm,
  SteeringIssue,
  SteeringSendRequest,
} from './cycle-steering.types.js';

const EMPTY_DRAFT: SteeringDraft = { to: null, reason: '', statement: '', views: {}, summary: '' };

/** The forms a phase offers: back from any phase but the first, the problem in `diagnose`, the evaluation in `evaluate`, the override in `decide` with open contributions. */
export function formsOffered(cycle: StaffCycle | null): SteeringForm[] {
  if (!cycle) return [];
  const forms: SteeringForm[] = [];
  if (backTargets(cycle.phase).length) forms.push('back');
  if (cycle.phase === 'diagnose') forms.push('problem');
  if (cycle.phase === 'evaluate') forms.push('evaluation');
  if (cycle.phase === 'decide' && cycle.facts.unansweredCount > 0 && !cycle.decideOverride) forms.push('override');
  return forms;
}

const filled = (s: string) => s.trim() !== '';
const viewpointsIn = (d: SteeringDraft) => EVALUATION_VIEWPOINTS.filter((v) => filled(d.views[v] ?? ''));

/** What is wrong with a form before it is sent, field by field (the server checks again). */
export function steeringIssues(form: SteeringForm, d: SteeringDraft, cycle: StaffCycle): SteeringIssue[] {
  const reason = (): SteeringIssue[] =>
    !filled(d.reason)
      ? [{ path: 'reason', code: 'required' }]
      : d.reason.trim().length < CYCLE_REASON_MIN
        ? [{ path: 'reason', code: 'tooShort' }]
        : [];
  switch (form) {
    case 'back':
      return [
        ...(d.to && backTargets(cycle.phase).includes(d.to) ? [] : [{ path: 'to', code: 'required' as const }]),
        ...reason(),
      ];
    case 'override':
      return reason();
    case 'problem':
      return filled(d.statement) ? [] : [{ path: 'statement', code: 'required' }];
    case 'evaluation':
      return viewpointsIn(d).length >= 2 ? [] : [{ path: 'views', code: 'twoViewpoints' }];
  }
}

/** The command a form sends. */
export function steeringCommand(form: SteeringForm, d: SteeringDraft): SteeringCommand {
  switch (form) {
    case 'back':
      return { type: 'cycle.back', reason: d.reason.trim(), ...(d.to ? { to: d.to } : {}) };
    case 'override':
      return { type: 'cycle.override', reason: d.reason.trim() };
    case 'problem':
      return { type: 'cycle.problem.state', statement: d.statement.trim() };
    case 'evaluation': {
      const viewpoints = viewpointsIn(d);
      return {
        type: 'cycle.evaluation.record',
        viewpoints,
        summary: d.summary.trim(),
        views: Object.fromEntries(viewpoints.map((v) => [v, d.views[v]!.trim()])),
      };
    }
  }
}

/** A field of the draft by the API's path: `views.residents` is one viewpoint's words. */
function edited(d: SteeringDraft, field: string, value: string): SteeringDraft {
  if (field.startsWith('views.')) {
    const v = field.slice(6);
    return (EVALUATION_VIEWPOINTS as readonly string[]).includes(v) ? { ...d, views: { ...d.views, [v]: value } } : d;
  }
  if (field === 'to') return { ...d, to: (value || null) as SteeringDraft['to'] };
  if (field === 'reason' || field === 'statement' || field === 'summary') return { ...d, [field]: value };
  return d;
}

type Ev<T extends CycleSteeringEvent['type']> = Extract<CycleSteeringEvent, { type: T }>;
const output = (event: unknown) => (event as { output: StaffCycle }).output;
const failureOf = (event: unknown) => toBackendError((event as { error: unknown }).error);

/**
 * A group's facilitator steers its cycle: moves it to the next phase, back to an earlier one
 * with a reason, states the problem in the words of the people concerned, records an
 * evaluation from several viewpoints. Every step is sent with the version read (If-Match);
 * when someone moved the cycle meanwhile, it is read again and the person is told.
 */
export const cycleSteeringMachine = setup({
  types: {
    context: {} as CycleSteeringContext,
    events: {} as CycleSteeringEvent,
    input: {} as CycleSteeringInput,
  },
  actors: {
    // Provided by the widget: the group's cycle as its members read it, and a step sent.
    load: fromPromise<StaffCycle, { space: string }>(async () => {
      throw { kind: 'error', message: 'No load actor provided' };
    }),
    send: fromPromise<StaffCycle, SteeringSendRequest>(async () => {
      throw { kind: 'error', message: 'No send actor provided' };
    }),
  },
  guards: {
    formOffered: ({ context, event }) => formsOffered(context.cycle).includes((event as Ev<'steer.open'>).form),
    canAdvance: ({ context }) => context.cycle?.canAdvance === true,
    draftValid: ({ context }) =>
      context.form !== null &&
      context.cycle !== null &&
      !steeringIssues(context.form, context.draft, context.cycle).length,
    conflict: ({ event }) => failureOf(event).kind === 'conflict',
    fromForm: ({ context }) => context.form !== null,
    // After reading the cycle again, the open form is kept only if the phase still offers it.
    formStillOffered: ({ context, event }) =>
      context.form !== null && formsOffered(output(event)).includes(context.form),
  },
  actions: {
    keepCycle: assign({ cycle: ({ event }) => output(event) }),
    keepFailure: assign({ failure: ({ event }) => failureOf(event) }),
    clearFailure: assign({ failure: null }),
    open: assign({
      form: ({ event }) => (event as Ev<'steer.open'>).form,
      draft: EMPTY_DRAFT,
      issues: [],
      failure: null,
      done: null,
    }),
    close: assign({ form: null, draft: EMPTY_DRAFT, issues: [] }),
    edit: assign({
      draft: ({ context, event }) =>
        edited(context.draft, (event as Ev<'steer.edit'>).field, (event as Ev<'steer.edit'>).value),
      // A field's error goes once the person changes it.
      issues: ({ context, event }) => {
        const field = (event as Ev<'steer.edit'>).field;
        return context.issues.filter((i) => i.path !== field && !field.startsWith(`${i.path}.`));
      },
    }),
    showIssues: assign({
      issues: ({ context }) =>
        context.form && context.cycle ? steeringIssues(context.form, context.draft, context.cycle) : [],
    }),
    // The server's issues name the API's fields: the form shows them beside the same fields.
    keepServerIssues: assign({
      issues: ({ event }) =>
        (failureOf(event).issues ?? []).map((i) => ({
          path: i.path.join('.'),
          code: 'server' as const,
          message: i.message,
        })),
    }),
    succeed: assign({
      cycle: ({ event }) => output(event),
      done: ({ context }) =>
        context.form && context.cycle ? steeringCommand(context.form, context.draft).type : 'cycle.advance',
      form: null,
      draft: EMPTY_DRAFT,
      issues: [],
      failure: null,
    }),
    startAdvance: assign({ done: null, failure: null }),
  },
}).createMachine({
  id: 'cycleSteering',
  context: ({ input }) => ({
    space: input.space.trim(),
    cycle: null,
    form: null,
    draft: EMPTY_DRAFT,
    issues: [],
    failure: null,
    done: null,
  }),
  initial: 'idle',
  states: {
    idle: { on: { 'steer.load': 'loading' } },
    loading: {
      entry: 'clearFailure',
      invoke: {
        id: 'load',
        src: 'load',
        input: ({ context }) => ({ space: context.space }),
        onDone: { target: 'ready', actions: 'keepCycle' },
        onError: { target: 'error', actions: 'keepFailure' },
      },
    },
    error: { on: { 'steer.retry': 'loading' } },
    ready: {
      initial: 'choosing',
      states: {
        choosing: {
          on: {
            'steer.open': { guard: 'formOffered', target: 'editing', actions: 'open' },
            'steer.advance': { guard: 'canAdvance', target: 'sending', actions: 'startAdvance' },
          },
        },
        editing: {
          on: {
            'steer.open': { guard: 'formOffered', actions: 'open' },
            'steer.edit': { actions: 'edit' },
            'steer.close': { target: 'choosing', actions: 'close' },
            'steer.submit': [
              { guard: 'draftValid', target: 'sending', actions: 'clearFailure' },
              { actions: 'showIssues' },
            ],
          },
        },
        sending: {
          invoke: {
            id: 'send',
            src: 'send',
            input: ({ context }) => ({
              space: context.space,
              command: context.form ? steeringCommand(context.form, context.draft) : { type: 'cycle.advance' },
              expectedVersion: context.cycle?.seq ?? 0,
            }),
            onDone: { target: 'choosing', actions: 'succeed' },
            onError: [
              // Someone moved the cycle meanwhile: read it again, keep what the person wrote.
              { guard: 'conflict', target: 'reloading', actions: 'keepFailure' },
              { guard: 'fromForm', target: 'editing', actions: ['keepFailure', 'keepServerIssues'] },
              { target: 'choosing', actions: 'keepFailure' },
            ],
          },
        },
        reloading: {
          invoke: {
            id: 'load',
            src: 'load',
            input: ({ context }) => ({ space: context.space }),
            onDone: [
              { guard: 'formStillOffered', target: 'editing', actions: 'keepCycle' },
              { target: 'choosing', actions: ['keepCycle', 'close'] },
            ],
            onError: { target: '#cycleSteering.error', actions: ['keepFailure', 'close'] },
          },
        },
      },
    },
  },
});

export type CycleSteeringMachine = typeof cycleSteeringMachine;
