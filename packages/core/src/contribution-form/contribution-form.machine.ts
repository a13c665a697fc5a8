import { assign, fromPromise } from 'xstate';
import { CONTRIBUTION_KINDS } from '../contribution/contribution.constants.js';
import { setup } from '../shared/machine-setup.js';
import type {
  ContributionFormContext,
  ContributionFormEvent,
  ContributionFormInput,
  DeliveryFailure,
  DeliveryRequest,
  DeliveryResult,
  FormField,
  FormStep,
  FormValues,
} from './contribution-form.types.js';
import {
  EMPTY_VALUES,
  fieldError,
  STEP_FIELDS,
  stepErrors,
  stepsOf,
  toContributionInput,
} from './contribution-form.validate.js';

type Ev<T extends ContributionFormEvent['type']> = Extract<ContributionFormEvent, { type: T }>;

/** The first step, in order, whose fields hold an error; `undefined` when the form is complete. */
const firstInvalidStep = (ctx: ContributionFormContext): FormStep | undefined =>
  stepsOf(ctx).find((s) => Object.keys(stepErrors(s, ctx)).length > 0);

const neighbour = (ctx: ContributionFormContext, from: FormStep, delta: 1 | -1): FormStep | undefined => {
  const steps = stepsOf(ctx);
  return steps[steps.indexOf(from) + delta];
};

/**
 * The citizen's proposal form: one question per step, back keeps answers, errors per field,
 * then delivery through the `deliver` actor the widget provides (HTTP, or the offline outbox).
 */
export const contributionFormMachine = setup({
  types: {
    context: {} as ContributionFormContext,
    events: {} as ContributionFormEvent,
    input: {} as ContributionFormInput,
  },
  actors: {
    // Provided by the widget with `machine.provide({ actors: { deliver } })`.
    deliver: fromPromise<DeliveryResult, DeliveryRequest>(async () => {
      throw { kind: 'error', message: 'No deliver actor provided' } satisfies DeliveryFailure;
    }),
  },
  guards: {
    stepValid: ({ context }, params: { step: FormStep }) => Object.keys(stepErrors(params.step, context)).length === 0,
    formValid: ({ context }) => firstInvalidStep(context) === undefined,
    firstInvalidIs: ({ context }, params: { step: FormStep }) => firstInvalidStep(context) === params.step,
    pending: ({ context }) => context.pending,
    hasStep: ({ context }, params: { from: FormStep; delta: 1 | -1 }) =>
      neighbour(context, params.from, params.delta) !== undefined,
    isStep: ({ context }, params: { from: FormStep; delta: 1 | -1; to: FormStep }) =>
      neighbour(context, params.from, params.delta) === params.to,
    resumeAt: ({ context }, params: { step: FormStep }) =>
      context.resumeStep === params.step && stepsOf(context).includes(params.step),
    singleKind: ({ context }) => context.kinds.length === 1,
    publicMode: ({ context }) => context.mode !== 'assisted',
    offline: ({ event }) => (event as unknown as { error: DeliveryFailure }).error?.kind === 'offline',
    rejectedWithIssues: ({ event }) => {
      const error = (event as unknown as { error: DeliveryFailure }).error;
      return error?.kind === 'rejected' && (error.issues?.length ?? 0) > 0;
    },
  },
  actions: {
    change: assign(({ context, event }) => {
      const { field, value } = event as Ev<'form.change'>;
      const values = { ...context.values, [field]: value } as FormValues;
      if (field === 'website') return { values };
      // Once a field shows an error, it is re-checked as the person types; other fields stay quiet.
      const errors = { ...context.errors };
      for (const f of Object.keys(errors) as FormField[]) {
        const e = fieldError(f, values, context);
        if (e) errors[f] = e;
        else delete errors[f];
      }
      return { values, errors };
    }),
    showErrors: assign({ errors: ({ context }, params: { step: FormStep }) => stepErrors(params.step, context) }),
    clearErrors: assign({ errors: {} }),
    consumeResume: assign({ resumeStep: undefined }),
    consumePending: assign({ resumeStep: undefined, pending: false }),
    keepResult: assign({
      result: ({ event }) => (event as unknown as { output: DeliveryResult }).output,
      failure: null,
    }),
    keepDelivered: assign({ result: ({ event }) => (event as Ev<'form.delivered'>).result, failure: null }),
    keepRejection: assign({ failure: ({ event }) => (event as Ev<'form.rejected'>).failure }),
    keepFailure: assign({
      failure: ({ event }) => (event as unknown as { error: DeliveryFailure }).error ?? { kind: 'error' },
    }),
    issuesToFields: assign({
      errors: ({ context, event }) => {
        const issues = (event as unknown as { error: DeliveryFailure }).error.issues ?? [];
        const errors: ContributionFormContext['errors'] = {};
        const fields = Object.values(STEP_FIELDS).flat();
        for (const issue of issues) {
          const name = (
            issue.path[0] === 'author' ? 'pseudonym' : issue.path[0] === 'contact' ? issue.path[1] : issue.path[0]
          ) as FormField;
          if (fields.includes(name)) errors[name] = fieldError(name, context.values, context) ?? { code: 'invalid' };
        }
        return errors;
      },
    }),
    reset: assign(({ context, event }) => ({
      idempotencyKey: (event as Ev<'form.reset'>).idempotencyKey,
      values: {
        ...EMPTY_VALUES,
        pseudonym: context.values.pseudonym,
        kind: context.kinds.length === 1 ? context.kinds[0]! : '',
      },
      errors: {},
      result: null,
      failure: null,
    })),
  },
}).createMachine({
  id: 'form',
  context: ({ input }) => {
    const kinds = input.kinds?.length ? input.kinds : CONTRIBUTION_KINDS;
    const values = { ...EMPTY_VALUES, ...input.draft?.values };
    if (kinds.length === 1) values.kind = kinds[0]!;
    return {
      spaceId: input.spaceId,
      kinds,
      mode: input.mode ?? 'public',
      facilitatorId: input.facilitatorId,
      idempotencyKey: input.idempotencyKey,
      values,
      errors: {},
      resumeStep: input.draft?.step,
      pending: input.pending ?? false,
      result: null,
      failure: null,
    };
  },
  initial: 'editing',
  states: {
    editing: {
      initial: 'start',
      on: { 'form.change': { actions: 'change' } },
      states: {
        start: {
          always: [
            { guard: 'pending', target: '#form.queued', actions: 'consumePending' },
            ...(['content', 'place', 'followUp', 'assisted', 'review'] as const).map((step) => ({
              guard: { type: 'resumeAt' as const, params: { step } },
              target: step,
              actions: 'consumeResume' as const,
            })),
            { guard: 'singleKind', target: 'content', actions: 'consumeResume' },
            { target: 'kind', actions: 'consumeResume' },
          ],
        },
        kind: {
          on: {
            'form.next': [
              { guard: { type: 'stepValid', params: { step: 'kind' } }, target: 'content', actions: 'clearErrors' },
              { actions: { type: 'showErrors', params: { step: 'kind' } } },
            ],
          },
        },
        content: {
          on: {
            'form.next': [
              { guard: { type: 'stepValid', params: { step: 'content' } }, target: 'place', actions: 'clearErrors' },
              { actions: { type: 'showErrors', params: { step: 'content' } } },
            ],
            'form.back': {
              guard: { type: 'hasStep', params: { from: 'content', delta: -1 } },
              target: 'kind',
              actions: 'clearErrors',
            },
          },
        },
        place: {
          on: {
            'form.next': [
              { guard: { type: 'stepValid', params: { step: 'place' } }, target: 'followUp', actions: 'clearErrors' },
              { actions: { type: 'showErrors', params: { step: 'place' } } },
            ],
            'form.back': { target: 'content', actions: 'clearErrors' },
          },
        },
        followUp: {
          on: {
            'form.next': [
              {
                guard: { type: 'stepValid', params: { step: 'followUp' } },
                target: 'assisted',
                actions: 'clearErrors',
              },
              { actions: { type: 'showErrors', params: { step: 'followUp' } } },
            ],
            'form.back': { target: 'place', actions: 'clearErrors' },
          },
        },
        // In public mode there is no `assisted` step: it hands over to the review at once.
        assisted: {
          always: { guard: 'publicMode', target: 'review' },
          on: {
            'form.next': [
              { guard: { type: 'stepValid', params: { step: 'assisted' } }, target: 'review', actions: 'clearErrors' },
              { actions: { type: 'showErrors', params: { step: 'assisted' } } },
            ],
            'form.back': { target: 'followUp', actions: 'clearErrors' },
          },
        },
        review: {
          on: {
            // An incomplete form (a restored draft, a field the API refused) sends the
            // person to the first step that needs an answer, with its errors shown.
            'form.submit': [
              { guard: 'formValid', target: '#form.sending' },
              ...(['kind', 'content', 'place', 'followUp', 'assisted'] as const).map((step) => ({
                guard: { type: 'firstInvalidIs' as const, params: { step } },
                target: step,
                actions: { type: 'showErrors' as const, params: { step } },
              })),
            ],
            'form.back': [
              { guard: { type: 'isStep', params: { from: 'review', delta: -1, to: 'assisted' } }, target: 'assisted' },
              { target: 'followUp' },
            ],
            'form.edit': [
              ...(['kind', 'content', 'place', 'followUp', 'assisted'] as const).map((step) => ({
                guard: ({ context, event }: { context: ContributionFormContext; event: ContributionFormEvent }) =>
                  (event as Ev<'form.edit'>).step === step && stepsOf(context).includes(step),
                target: step,
              })),
            ],
          },
        },
      },
    },
    sending: {
      invoke: {
        src: 'deliver',
        input: ({ context }) => ({ body: toContributionInput(context), idempotencyKey: context.idempotencyKey }),
        onDone: { target: 'sent', actions: 'keepResult' },
        onError: [
          { guard: 'offline', target: 'queued', actions: 'keepFailure' },
          { guard: 'rejectedWithIssues', target: 'editing.review', actions: ['keepFailure', 'issuesToFields'] },
          { target: 'failed', actions: 'keepFailure' },
        ],
      },
    },
    queued: {
      on: {
        'form.delivered': { target: 'sent', actions: 'keepDelivered' },
        'form.rejected': { target: 'failed', actions: 'keepRejection' },
      },
    },
    failed: {
      on: {
        'form.retry': 'sending',
        'form.back': 'editing.review',
      },
    },
    sent: {
      on: { 'form.reset': { target: 'editing', actions: 'reset' } },
    },
  },
});

export type ContributionFormMachine = typeof contributionFormMachine;
