import type { ContributionFormContext, FormDraft, FormState, FormStep, FormValues } from './contribution-form.types.js';

/**
 * Contact details stay out of the draft: on a shared computer (a library, a social worker's
 * office) a draft outlives the visit. The outbox keeps them only until delivery.
 */
export const NOT_IN_DRAFT = [
  'email',
  'phone',
  'contactConsent',
  'website',
] as const satisfies readonly (keyof FormValues)[];

/** What a reload gives back of the form: answers without contact details, the step, the key. */
export function draftOf({ value, context }: FormState): FormDraft {
  const values: Partial<FormValues> = { ...context.values };
  for (const field of NOT_IN_DRAFT) delete values[field];
  const step = (value as { editing?: FormStep }).editing ?? context.resumeStep ?? 'review';
  return { values, step, idempotencyKey: context.idempotencyKey };
}

/** A draft worth keeping holds at least one answer the person gave (a single offered kind is not one). */
export const worthKeeping = ({ values }: Pick<FormDraft, 'values'>, kinds: ContributionFormContext['kinds']) =>
  Object.entries(values).some(([k, v]) => v !== '' && v !== false && !(k === 'kind' && kinds.length === 1));

/**
 * Where the draft is kept: a facilitator's draft never resurfaces in the public form on the
 * same device, and back. Keyed by the space as the host wrote it, so it is read while the
 * space loads.
 */
export const draftKeyOf = ({ spaceId, mode }: Pick<ContributionFormContext, 'spaceId' | 'mode'>) =>
  mode === 'assisted' ? `${spaceId}:assisted` : spaceId;
