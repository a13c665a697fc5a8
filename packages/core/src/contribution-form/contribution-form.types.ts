import type { CONTRIBUTION_KINDS } from '../contribution/contribution.constants.js';
import type { ContributionInput } from '../contribution/contribution.types.js';
import type { CONSENT_METHODS } from '../shared/consent.js';

export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

/** The steps of the citizen form, in order. `assisted` only in assisted mode. */
export const FORM_STEPS = ['kind', 'content', 'place', 'followUp', 'assisted', 'review'] as const;
export type FormStep = (typeof FORM_STEPS)[number];

/** Everything the form holds, as strings and booleans a form control can show. */
export interface FormValues {
  kind: ContributionKind | '';
  title: string;
  body: string;
  theme: string;
  territory: string;
  pseudonym: string;
  /** The person wants to be told when the answer is published. @default false */
  wantsContact: boolean;
  email: string;
  phone: string;
  /** Explicit consent to be contacted about this contribution. @default false */
  contactConsent: boolean;
  /** Assisted mode: the person the facilitator types for. */
  onBehalfOf: string;
  consentMethod: (typeof CONSENT_METHODS)[number] | '';
  /** Honeypot: people never see it; bots fill it in. */
  website: string;
}

export type FormField = Exclude<keyof FormValues, 'website'>;

/** Why a field is refused; the widget turns it into a sentence with a valid example. */
export type FieldErrorCode = 'required' | 'tooLong' | 'invalidEmail' | 'invalidPhone' | 'consentMissing' | 'invalid';
export interface FieldError {
  code: FieldErrorCode;
  /** For `tooLong`: the maximum length. */
  max?: number;
}

export interface DeliveryResult {
  id: string;
  followUpCode: string;
  /** Shown once: with the code, it lets the author follow, export or erase the contribution. */
  secret: string;
  /** Days the institution gives itself to answer. */
  answerWithinDays: number;
}

/** How delivery failed. `offline`: queued in the outbox, sent when the connection is back. */
export interface DeliveryFailure {
  kind: 'offline' | 'rejected' | 'error';
  message?: string;
  /** Field issues from the API, mapped back onto the form. */
  issues?: Array<{ path: string[]; message: string }>;
}

export interface ContributionFormInput {
  spaceId: string;
  /** Kinds offered, in order. One kind skips the first step. @default all four */
  kinds?: readonly ContributionKind[];
  /** `assisted`: a logged-in facilitator types for someone. @default 'public' */
  mode?: 'public' | 'assisted';
  /** Facilitator id, required in assisted mode. */
  facilitatorId?: string;
  /** Unique per submission, so a retry or an outbox delivery is stored once. */
  idempotencyKey: string;
  /** A saved draft to restore. */
  draft?: { values: Partial<FormValues>; step?: FormStep };
  /**
   * A submission with this idempotency key already waits in the outbox (the page was
   * reloaded while offline): the form starts in `queued` instead of asking again.
   * @default false
   */
  pending?: boolean;
}

export interface ContributionFormContext {
  spaceId: string;
  kinds: readonly ContributionKind[];
  mode: 'public' | 'assisted';
  facilitatorId: string | undefined;
  idempotencyKey: string;
  values: FormValues;
  errors: Partial<Record<FormField, FieldError>>;
  /** The step a restored draft asked for, consumed on start. */
  resumeStep: FormStep | undefined;
  /** Start in `queued`: see `ContributionFormInput.pending`. */
  pending: boolean;
  result: DeliveryResult | null;
  failure: DeliveryFailure | null;
}

export type ContributionFormEvent =
  | { type: 'form.change'; field: FormField | 'website'; value: string | boolean }
  | { type: 'form.next' }
  | { type: 'form.back' }
  /** From the review, go back to a step to change it. */
  | { type: 'form.edit'; step: FormStep }
  | { type: 'form.submit' }
  /** The outbox delivered a queued submission. */
  | { type: 'form.delivered'; result: DeliveryResult }
  /** The outbox gave up on a queued submission: the server refused it. */
  | { type: 'form.rejected'; failure: DeliveryFailure }
  | { type: 'form.retry' }
  /** Start a new contribution, with a fresh idempotency key. */
  | { type: 'form.reset'; idempotencyKey: string };

/** What the `deliver` actor receives: a valid API body and its idempotency key. */
export interface DeliveryRequest {
  body: ContributionInput & { website?: string };
  idempotencyKey: string;
}
