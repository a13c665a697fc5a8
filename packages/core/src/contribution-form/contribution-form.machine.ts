import { assign, fromPromise, spawnChild } from 'xstate';
import { CONTRIBUTION_KINDS } from '../contribution/contribution.constants.js';
import { setup } from '../shared/machine-setup.js';
import type {
  ContributionFormContext,
  ContributionFormEvent,
  ContributionFormInput,
  ContributionKind,
  DeliveryFailure,
  DeliveryRequest,
  DeliveryResult,
  FocusTarget,
  FormField,
  FormStep,
  FormValues,
  FormWatch,
} from './contribution-form.types.js';
import {
  FORM_FIELDS,
  fieldError,
  stepErrors,
  stepsOf,
  toContributionInput,
  valuesFor,
} from './contribution-form.validate.js';

type Ev<T extends ContributionFormEvent['type']> = Extract<ContributionFormEvent, { type: T }>;
type Context = ContributionFormContext;

/** The first step, in order, whose fields hold an error; `undefined` when the form is complete. */
const firstInvalidStep = (ctx: Context): FormStep | undefined =>
  stepsOf(ctx).find((s) => Object.keys(stepErrors(s, ctx)).length > 0);

const errorOf = (event: unknown) => (event as { error?: DeliveryFailure }).error;

/** A fresh contribution: no errors, no outcome, a new key. */
const fresh = (idempotencyKey: string) => ({ idempotencyKey, errors: {}, result: null, failure: null });

/**
 * A new view takes focus when the person is inside the form (its heading, or the first answer
 * to correct); otherwise an outcome is announced. Every view runs these on entry.
 */
const ARRIVE = [
  'arrive',
  {
    type: 'focus',
    params: ({ context }: { context: Context }) =>
      context.within ? (FORM_FIELDS.find((f) => context.errors[f]) ?? 'heading') : null,
  },
] as const;

/**
 * The citizen's proposal form: one question per step, back keeps answers, errors per field,
 * then delivery through the `deliver` actor (the device's outbox: see `formActors`). The
 * `device` actor brings the group, a draft from an earlier visit and the outbox's later
 * deliveries; the host provides `focus` and `stored` (its DOM event). Step 1 is the initial
 * view: nothing it shows waits for the device or the network, so the host's first render has it.
 */
export const contributionFormMachine = setup({
  types: {
    context: {} as Context,
    events: {} as ContributionFormEvent,
    input: {} as ContributionFormInput,
    children: {} as { device: 'device'; deliver: 'deliver'; flush: 'flush' },
  },
  actors: {
    // Provided by the host: `machine.provide({ actors: formActors(device) })`.
    deliver: fromPromise<DeliveryResult, DeliveryRequest>(async () => {
      throw { kind: 'error', message: 'No deliver actor provided' } satisfies DeliveryFailure;
    }),
    device: fromPromise<never, FormWatch>(() => new Promise<never>(() => undefined)),
    flush: fromPromise<void>(async () => undefined),
  },
  guards: {
    stepValid: ({ context }, params: { step: FormStep }) => Object.keys(stepErrors(params.step, context)).length === 0,
    formValid: ({ context }) => firstInvalidStep(context) === undefined,
    firstInvalidIs: ({ context }, params: { step: FormStep }) => firstInvalidStep(context) === params.step,
    pending: ({ context }) => context.pending,
    // A step of this form: `kind` only when several kinds are offered, `assisted` only in assisted mode.
    inForm: ({ context }, params: { step: FormStep }) => stepsOf(context).includes(params.step),
    resumeAt: ({ context }, params: { step: FormStep }) =>
      context.resumeStep === params.step && stepsOf(context).includes(params.step),
    singleKind: ({ context }) => context.kinds.length === 1,
    publicMode: ({ context }) => context.mode !== 'assisted',
    // Nothing answered and no error shown: the person has not started.
    untouched: ({ context }) => !context.touched,
    hasSpace: ({ event }) => (event as Ev<'form.space'>).space !== null,
    idle: ({ context }) => context.tryNow !== 'trying',
    offline: ({ event }) => errorOf(event)?.kind === 'offline',
    rejectedWithIssues: ({ event }) => {
      const error = errorOf(event);
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
      return { values, errors, touched: true };
    }),
    // Continue and Back touch the form too: a draft arriving later no longer replaces it.
    showErrors: assign({
      errors: ({ context }, params: { step: FormStep }) => stepErrors(params.step, context),
      touched: true,
    }),
    clearErrors: assign({ errors: {}, touched: true }),
    // A restored draft's step and pending submission are used once, on start.
    consume: assign({ resumeStep: undefined, pending: false }),
    keepSpace: assign({ space: ({ event }) => (event as Ev<'form.space'>).space }),
    keepWithin: assign({ within: ({ event }) => (event as Ev<'form.focus'>).within }),
    arrive: assign(({ context }) => ({ speak: !context.within, tryNow: 'idle' as const })),
    // From the delivery, or later from the outbox.
    keepResult: assign({
      result: ({ event }) => (event as { output?: DeliveryResult }).output ?? (event as Ev<'form.delivered'>).result,
      failure: null,
    }),
    keepFailure: assign({
      failure: ({ event }) => errorOf(event) ?? (event as Ev<'form.rejected'>).failure ?? { kind: 'error' },
    }),
    issuesToFields: assign({
      errors: ({ context, event }) => {
        const errors: Context['errors'] = {};
        for (const issue of errorOf(event)?.issues ?? []) {
          const name = (
            issue.path[0] === 'author' ? 'pseudonym' : issue.path[0] === 'contact' ? issue.path[1] : issue.path[0]
          ) as FormField;
          if (FORM_FIELDS.includes(name))
            errors[name] = fieldError(name, context.values, context) ?? { code: 'invalid' };
        }
        return errors;
      },
    }),
    restore: assign(({ context, event }) => {
      const { draft, pending } = (event as Ev<'form.restore'>).saved;
      return {
        ...fresh(draft.idempotencyKey),
        values: valuesFor(context.kinds, draft.values),
        resumeStep: draft.step,
        pending,
        restored: !pending,
      };
    }),
    reset: assign(({ context, event }) => ({
      ...fresh((event as Ev<'form.reset'>).idempotencyKey),
      values: valuesFor(context.kinds, { pseudonym: context.values.pseudonym }),
    })),
    startOver: assign(({ context, event }) => ({
      ...fresh((event as Ev<'form.startOver'>).idempotencyKey),
      values: valuesFor(context.kinds),
      restored: false,
    })),
    tryNow: assign({ tryNow: 'trying' }),
    flush: spawnChild('flush', { id: 'flush' }),
    // Spawned rather than invoked, so that `createTestModel` accepts the machine; each ends
    // (or lives as long as the form) on its own.
    watch: spawnChild('device', { id: 'device', input: ({ self }) => self as unknown as FormWatch }),
    deliver: spawnChild('deliver', {
      id: 'deliver',
      input: ({ context }) => ({ body: toContributionInput(context), idempotencyKey: context.idempotencyKey }),
    }),
    stillOffline: assign({ tryNow: 'stillOffline' }),
    // Provided by the host.
    focus: (_, _target: FocusTarget | null) => undefined,
    stored: (_, _detail: { contributionId: string; kind: ContributionKind }) => undefined,
  },
}).createMachine({
  id: 'form',
  context: ({ input }) => {
    const kinds = input.kinds?.length ? input.kinds : CONTRIBUTION_KINDS;
    return {
      spaceId: input.spaceId,
      space: null,
      kinds,
      mode: input.mode ?? 'public',
      facilitatorId: input.facilitatorId,
      lang: input.lang,
      idempotencyKey: input.idempotencyKey,
      values: valuesFor(kinds, input.draft?.values),
      errors: {},
      resumeStep: input.draft?.step,
      pending: input.pending ?? false,
      result: null,
      failure: null,
      restored: false,
      touched: false,
      tryNow: 'idle',
      within: false,
      speak: false,
    };
  },
  entry: 'watch',
  on: {
    'form.space': [{ guard: 'hasSpace', actions: 'keepSpace' }, { target: '.unavailable' }],
    'form.focus': { actions: 'keepWithin' },
  },
  initial: 'editing',
  states: {
    // No group to send to (unknown, or no back end): the service is unavailable.
    unavailable: { entry: 'arrive' },
    editing: {
      initial: 'start',
      on: {
        'form.change': { actions: 'change' },
        // A draft from an earlier visit takes the place of the empty form, unless the
        // person has already started: then what they are typing wins (and becomes the draft).
        'form.restore': { guard: 'untouched', target: 'editing', reenter: true, actions: 'restore' },
        'form.startOver': { target: 'editing', reenter: true, actions: 'startOver' },
      },
      states: {
        start: {
          always: [
            { guard: 'pending', target: '#form.queued', actions: 'consume' },
            ...(['content', 'place', 'followUp', 'assisted', 'review'] as const).map((step) => ({
              guard: { type: 'resumeAt' as const, params: { step } },
              target: step,
              actions: 'consume' as const,
            })),
            { guard: 'singleKind', target: 'content', actions: 'consume' },
            { target: 'kind', actions: 'consume' },
          ],
        },
        kind: {
          entry: ARRIVE,
          on: {
            'form.next': [
              { guard: { type: 'stepValid', params: { step: 'kind' } }, target: 'content', actions: 'clearErrors' },
              { actions: [{ type: 'showErrors', params: { step: 'kind' } }, ARRIVE[1]] },
            ],
          },
        },
        content: {
          entry: ARRIVE,
          on: {
            'form.next': [
              { guard: { type: 'stepValid', params: { step: 'content' } }, target: 'place', actions: 'clearErrors' },
              { actions: [{ type: 'showErrors', params: { step: 'content' } }, ARRIVE[1]] },
            ],
            'form.back': {
              guard: { type: 'inForm', params: { step: 'kind' } },
              target: 'kind',
              actions: 'clearErrors',
            },
          },
        },
        place: {
          entry: ARRIVE,
          on: {
            'form.next': [
              { guard: { type: 'stepValid', params: { step: 'place' } }, target: 'followUp', actions: 'clearErrors' },
              { actions: [{ type: 'showErrors', params: { step: 'place' } }, ARRIVE[1]] },
            ],
            'form.back': {
              guard: { type: 'inForm', params: { step: 'content' } },
              target: 'content',
              actions: 'clearErrors',
            },
          },
        },
        followUp: {
          entry: ARRIVE,
          on: {
            'form.next': [
              {
                guard: { type: 'stepValid', params: { step: 'followUp' } },
                target: 'assisted',
                actions: 'clearErrors',
              },
              { actions: [{ type: 'showErrors', params: { step: 'followUp' } }, ARRIVE[1]] },
            ],
            'form.back': {
              guard: { type: 'inForm', params: { step: 'place' } },
              target: 'place',
              actions: 'clearErrors',
            },
          },
        },
        // In public mode there is no `assisted` step: it hands over to the review at once.
        assisted: {
          always: { guard: 'publicMode', target: 'review' },
          entry: ARRIVE,
          on: {
            'form.next': [
              { guard: { type: 'stepValid', params: { step: 'assisted' } }, target: 'review', actions: 'clearErrors' },
              { actions: [{ type: 'showErrors', params: { step: 'assisted' } }, ARRIVE[1]] },
            ],
            'form.back': {
              guard: { type: 'inForm', params: { step: 'followUp' } },
              target: 'followUp',
              actions: 'clearErrors',
            },
          },
        },
        review: {
          entry: ARRIVE,
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
            'form.back': [{ guard: { type: 'inForm', params: { step: 'assisted' } }, target: 'assisted' }, 'followUp'],
            'form.edit': [
              ...(['kind', 'content', 'place', 'followUp', 'assisted'] as const).map((step) => ({
                guard: ({ context, event }: { context: Context; event: ContributionFormEvent }) =>
                  (event as Ev<'form.edit'>).step === step && stepsOf(context).includes(step),
                target: step,
              })),
            ],
          },
        },
      },
    },
    sending: {
      entry: [...ARRIVE, 'deliver'],
      on: {
        'xstate.done.actor.deliver': { target: 'sent', actions: 'keepResult' },
        'xstate.error.actor.deliver': [
          { guard: 'offline', target: 'queued', actions: 'keepFailure' },
          { guard: 'rejectedWithIssues', target: 'editing.review', actions: ['keepFailure', 'issuesToFields'] },
          { target: 'failed', actions: 'keepFailure' },
        ],
      },
    },
    queued: {
      entry: ARRIVE,
      on: {
        'form.delivered': { target: 'sent', actions: 'keepResult' },
        'form.rejected': { target: 'failed', actions: 'keepFailure' },
        'form.tryNow': { guard: 'idle', actions: ['tryNow', 'flush'] },
        // The outbox was flushed and this submission is still here: still no connection.
        'xstate.done.actor.flush': [{ guard: 'idle' }, { actions: 'stillOffline' }],
      },
    },
    failed: {
      entry: ARRIVE,
      on: {
        'form.retry': 'sending',
        'form.back': 'editing.review',
      },
    },
    sent: {
      entry: [
        ...ARRIVE,
        assign({ restored: false }),
        {
          type: 'stored',
          params: ({ context }) => ({
            contributionId: context.result?.id ?? '',
            kind: context.values.kind || context.kinds[0]!,
          }),
        },
      ],
      on: { 'form.reset': { target: 'editing', actions: 'reset' } },
    },
  },
});

export type ContributionFormMachine = typeof contributionFormMachine;
