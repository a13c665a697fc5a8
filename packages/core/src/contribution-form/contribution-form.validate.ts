import { BODY_MAX, CONTRIBUTION_KINDS, TITLE_MAX } from '../contribution/contribution.constants.js';
import type { ContributionInput } from '../contribution/contribution.types.js';
import {
  type ContributionFormContext,
  type ContributionKind,
  type FieldError,
  FORM_STEPS,
  type FormField,
  type FormStep,
  type FormValues,
} from './contribution-form.types.js';

export const PSEUDONYM_MAX = 60;
export const TERRITORY_MAX = 120;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 .-]{6,20}$/;

/** The fields each step asks for, in the order they appear. */
export const STEP_FIELDS: Record<FormStep, readonly FormField[]> = {
  kind: ['kind'],
  content: ['title', 'body'],
  place: ['theme', 'territory'],
  followUp: ['pseudonym', 'wantsContact', 'email', 'phone', 'contactConsent'],
  assisted: ['onBehalfOf', 'consentMethod'],
  review: [],
};

/** Every question, in the order the steps ask them. */
export const FORM_FIELDS: readonly FormField[] = Object.values(STEP_FIELDS).flat();

/** `kinds="proposal, question"` → the known kinds, in the order given; empty → none (all are offered). */
export const parseKinds = (attr: string): ContributionKind[] =>
  attr
    .split(',')
    .map((k) => k.trim())
    .filter((k): k is ContributionKind => (CONTRIBUTION_KINDS as readonly string[]).includes(k));

const required = (s: string): FieldError | undefined => (s.trim() === '' ? { code: 'required' } : undefined);
const max = (s: string, n: number): FieldError | undefined => (s.length > n ? { code: 'tooLong', max: n } : undefined);

/** The error of one field, or `undefined` when it is fine. */
export function fieldError(
  field: FormField,
  v: FormValues,
  ctx: Pick<ContributionFormContext, 'kinds'>,
): FieldError | undefined {
  switch (field) {
    case 'kind':
      return v.kind === '' || !ctx.kinds.includes(v.kind) ? { code: 'required' } : undefined;
    case 'title':
      return required(v.title) ?? max(v.title, TITLE_MAX);
    case 'body':
      return required(v.body) ?? max(v.body, BODY_MAX);
    case 'theme':
      return required(v.theme);
    case 'territory':
      return max(v.territory, TERRITORY_MAX);
    case 'pseudonym':
      return required(v.pseudonym) ?? max(v.pseudonym, PSEUDONYM_MAX);
    case 'email':
      if (!v.wantsContact) return undefined;
      if (v.email.trim() === '' && v.phone.trim() === '') return { code: 'required' };
      return v.email.trim() !== '' && !EMAIL.test(v.email.trim()) ? { code: 'invalidEmail' } : undefined;
    case 'phone':
      return v.wantsContact && v.phone.trim() !== '' && !PHONE.test(v.phone.trim())
        ? { code: 'invalidPhone' }
        : undefined;
    case 'contactConsent':
      return v.wantsContact && !v.contactConsent ? { code: 'consentMissing' } : undefined;
    case 'onBehalfOf':
      return required(v.onBehalfOf) ?? max(v.onBehalfOf, PSEUDONYM_MAX);
    case 'consentMethod':
      return v.consentMethod === '' ? { code: 'required' } : undefined;
    case 'wantsContact':
      return undefined;
  }
}

/** The errors of a step's fields; empty when the step may be left. */
export function stepErrors(step: FormStep, ctx: Pick<ContributionFormContext, 'kinds' | 'values'>) {
  const errors: Partial<Record<FormField, FieldError>> = {};
  for (const field of STEP_FIELDS[step]) {
    const e = fieldError(field, ctx.values, ctx);
    if (e) errors[field] = e;
  }
  return errors;
}

/** The steps this form goes through, in order. */
export function stepsOf(ctx: Pick<ContributionFormContext, 'kinds' | 'mode'>): FormStep[] {
  return FORM_STEPS.filter(
    (s) => (s !== 'kind' || ctx.kinds.length > 1) && (s !== 'assisted' || ctx.mode === 'assisted'),
  );
}

/** The API body for a complete form. Empty optional fields are left out, never sent as "". */
export function toContributionInput(ctx: ContributionFormContext): ContributionInput & { website?: string } {
  const v = ctx.values;
  const t = (s: string) => s.trim();
  return {
    spaceId: ctx.spaceId,
    kind: v.kind === '' ? (ctx.kinds[0] ?? 'proposal') : v.kind,
    title: t(v.title),
    body: t(v.body),
    theme: v.theme,
    ...(t(v.territory) ? { territory: t(v.territory) } : {}),
    ...(ctx.lang ? { lang: ctx.lang } : {}),
    channel: ctx.mode === 'assisted' ? 'assisted' : 'online',
    author: { pseudonym: t(v.pseudonym) },
    ...(v.wantsContact && v.contactConsent
      ? {
          contact: {
            ...(t(v.email) ? { email: t(v.email) } : {}),
            // The contact hint says a number gets a text message: the consent given covers it.
            ...(t(v.phone) ? { phone: t(v.phone), smsConsent: true as const } : {}),
            consent: true as const,
          },
        }
      : {}),
    ...(ctx.mode === 'assisted' && v.consentMethod !== ''
      ? {
          assisted: {
            onBehalfOf: t(v.onBehalfOf),
            facilitatorId: ctx.facilitatorId ?? 'unknown',
            consentMethod: v.consentMethod,
          },
        }
      : {}),
    ...(v.website ? { website: v.website } : {}),
  };
}

/** A form's values: empty but for `values`, and the kind when only one is offered. */
export const valuesFor = (kinds: readonly ContributionKind[], values?: Partial<FormValues>): FormValues => ({
  ...EMPTY_VALUES,
  ...values,
  ...(kinds.length === 1 ? { kind: kinds[0] } : {}),
});

export const EMPTY_VALUES: FormValues = {
  kind: '',
  title: '',
  body: '',
  theme: '',
  territory: '',
  pseudonym: '',
  wantsContact: false,
  email: '',
  phone: '',
  contactConsent: false,
  onBehalfOf: '',
  consentMethod: '',
  website: '',
};
