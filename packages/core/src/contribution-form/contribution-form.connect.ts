import type { SnapshotFrom } from 'xstate';
import type { ContributionFormMachine } from './contribution-form.machine.js';
import type { ContributionFormEvent, FormField, FormStep, FormValues } from './contribution-form.types.js';
import { FORM_FIELDS, stepsOf } from './contribution-form.validate.js';

export type ContributionFormSnapshot = SnapshotFrom<ContributionFormMachine>;

/** A random idempotency key; `getRandomValues` also works outside secure contexts, unlike `randomUUID`. */
export const newIdempotencyKey = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/** What the form shows: a status, the questions of a step, or what became of the contribution. */
export type FormView = 'unavailable' | 'form' | 'sending' | 'queued' | 'failed' | 'sent';

/**
 * What the form widget shows for a snapshot, and what the person can do: each intent sends
 * the machine its event, so the element builds no event and keeps no state. Ids are scoped
 * to the element's shadow root, so fixed ids are safe with several forms on a page.
 */
export function connectContributionForm(
  snapshot: ContributionFormSnapshot,
  send: (event: ContributionFormEvent) => void,
) {
  const c = snapshot.context;
  const value = snapshot.value;
  const step = typeof value === 'object' ? (value.editing as FormStep) : undefined;
  const view = (step ? 'form' : value) as FormView;
  const steps = stepsOf(c);
  const index = step ? steps.indexOf(step) : -1;
  return {
    view,
    /** The step shown, in the `form` view. */
    step,
    steps,
    /** 1-based position of the step, for "Step 2 of 5". */
    position: index + 1,
    canGoBack: index > 0,
    values: c.values,
    kinds: c.kinds,
    /** `null` while the group loads: only the theme step needs its themes. */
    themes: c.space?.themes ?? null,
    /** The fields to correct, in order (only the current step's). */
    fieldsInError: FORM_FIELDS.filter((f) => c.errors[f]),
    /** A draft from an earlier visit was restored: say so, and offer to start over. */
    restored: c.restored,
    /** "Try now" found no connection either. */
    stillOffline: c.tryNow === 'stillOffline',
    result: c.result,
    /** The server's own words when it refused the contribution. */
    refusal: c.failure?.kind === 'rejected' ? c.failure.message : undefined,
    /** An outcome that arrived while focus was elsewhere: said by a live region. */
    announce: c.speak && (view === 'sent' || view === 'queued' || view === 'failed') ? view : undefined,

    /** A question's control: ids, value, error and `aria-describedby` (with its hint when it has one). */
    getFieldProps(field: FormField, hint = false) {
      const error = c.errors[field];
      return {
        id: `f-${field}`,
        name: field,
        hintId: `h-${field}`,
        errorId: `e-${field}`,
        value: c.values[field],
        error,
        invalid: error ? 'true' : 'false',
        describedBy: [hint ? `h-${field}` : '', error ? `e-${field}` : ''].join(' ').trim() || undefined,
      };
    },

    change: (field: FormField | 'website', v: FormValues[FormField]) => send({ type: 'form.change', field, value: v }),
    /** "Continue", or "Send" on the review. */
    submit: () => send({ type: step === 'review' ? 'form.submit' : 'form.next' }),
    /** Back a step; from a failed sending, back to the review. */
    back: () => send({ type: 'form.back' }),
    edit: (s: FormStep) => send({ type: 'form.edit', step: s }),
    retry: () => send({ type: 'form.retry' }),
    tryNow: () => send({ type: 'form.tryNow' }),
    /** Another contribution, keeping the pseudonym. */
    another: () => send({ type: 'form.reset', idempotencyKey: newIdempotencyKey() }),
    startOver: () => send({ type: 'form.startOver', idempotencyKey: newIdempotencyKey() }),
    setFocusWithin: (within: boolean) => send({ type: 'form.focus', within }),
  };
}

export type ContributionFormApi = ReturnType<typeof connectContributionForm>;
