import type { CONTRIBUTION_KINDS } from '../contribution/contribution.constants.js';
import type { ContributionInput } from '../contribution/contribution.types.js';
import type { CONSENT_METHODS } from '../shared/consent.js';
import type { CreatedContribution, ParticipeBackend, PublicSpace } from '../store/backend.port.js';

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

/**
 * How delivery failed. `offline`: no acknowledgement (no connection, a timeout, a 5xx): queued
 * in the outbox, which sends it again by itself with the same key until the server
 * acknowledges or refuses it.
 */
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
  /** The language the person writes in (the page's), sent with the contribution. @default none: French */
  lang?: string;
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
  /** The group, once loaded: its themes and its answer delay. `null` until then. */
  space: PublicSpace | null;
  kinds: readonly ContributionKind[];
  mode: 'public' | 'assisted';
  facilitatorId: string | undefined;
  /** See `ContributionFormInput.lang`. */
  lang?: string | undefined;
  idempotencyKey: string;
  values: FormValues;
  errors: Partial<Record<FormField, FieldError>>;
  /** The step a restored draft asked for, consumed on start. */
  resumeStep: FormStep | undefined;
  /** Start in `queued`: see `ContributionFormInput.pending`. */
  pending: boolean;
  result: DeliveryResult | null;
  failure: DeliveryFailure | null;
  /** A draft from an earlier visit took the place of the empty form (not a pending submission). */
  restored: boolean;
  /** The person did something in this form: a draft arriving late no longer replaces it. */
  touched: boolean;
  /** "Try now" while queued: flushing the outbox, or it found no connection either. */
  tryNow: 'idle' | 'trying' | 'stillOffline';
  /** Focus is inside the form: a new view takes it. */
  within: boolean;
  /** The current view arrived while focus was elsewhere: an outcome is announced instead. */
  speak: boolean;
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
  | { type: 'form.reset'; idempotencyKey: string }
  /** What a previous visit left on this device; ignored once the person has started. */
  | { type: 'form.restore'; saved: SavedForm }
  /** Drop the restored draft: an empty form, a fresh key. */
  | { type: 'form.startOver'; idempotencyKey: string }
  /** The group arrived; `null`: it cannot be loaded (unknown, or no back end), the service is unavailable. */
  | { type: 'form.space'; space: PublicSpace | null }
  /** "Try now" while queued: send what waits in the outbox. */
  | { type: 'form.tryNow' }
  /** Focus entered (`true`) or left the form. */
  | { type: 'form.focus'; within: boolean }
  // From the machine's own children, never from a host: a delivery's outcome, a flush done.
  | { type: 'xstate.done.actor.deliver'; output: DeliveryResult }
  | { type: 'xstate.error.actor.deliver'; error: unknown }
  | { type: 'xstate.done.actor.flush' };

/** What the `deliver` actor receives: a valid API body and its idempotency key. */
export interface DeliveryRequest {
  body: ContributionInput & { website?: string };
  idempotencyKey: string;
}

/** Where a new view puts focus: its heading, or the first answer to correct. */
export type FocusTarget = FormField | 'heading';

/** What survives a reload: the answers, the step, and the key that makes a re-send safe. */
export interface FormDraft {
  values: Partial<FormValues>;
  step: FormStep;
  idempotencyKey: string;
}

/** What a previous visit left on this device: a draft, and whether it waits in the outbox. */
export interface SavedForm {
  draft: FormDraft;
  pending: boolean;
}

/** Drafts kept on the device, one per key (`createDraftStore` in `@participe/adapters/browser`). */
export interface FormDraftStore {
  save(key: string, draft: FormDraft): Promise<void>;
  load(key: string): Promise<FormDraft | null>;
  clear(key: string): Promise<void>;
}

export type FormOutboxEvent =
  | { type: 'delivered'; idempotencyKey: string; created: CreatedContribution }
  | { type: 'rejected'; idempotencyKey: string; error: unknown };

/**
 * A durable outbox in front of `createContribution` (`createOutbox` in
 * `@participe/adapters/browser`): a submission is stored before it is sent and delivered
 * once, now or when the connection is back.
 */
export interface FormOutbox {
  /** Offline, the submission stays queued and the promise rejects with `{ kind: 'offline' }`. */
  send(request: DeliveryRequest): Promise<CreatedContribution>;
  flush(): Promise<void>;
  has(idempotencyKey: string): Promise<boolean>;
  subscribe(listener: (event: FormOutboxEvent) => void): () => void;
  /** Flushes now and whenever the connection comes back; returns what stops it. */
  start(): () => void;
}

/** What the form keeps on the device it runs on: drafts, and an outbox in front of the back end. */
export interface FormDevice {
  drafts: FormDraftStore;
  outbox: FormOutbox;
}

/** The back end the form reads its group from. */
export type FormBackend = Pick<ParticipeBackend, 'getSpace'>;

/**
 * What the device does for a form (`deviceActions`), loaded with the device, lazily: the
 * machine's `device` and `deliver` actors wait for it (`formActors`).
 */
export interface FormDeviceActions {
  /**
   * Brings the form a draft left on this device and the outbox's later deliveries, and
   * keeps its draft as the person answers, until `signal` aborts. `space`: the group, as it
   * loads (a delivery's answer delay comes from it).
   */
  watch(form: FormWatch, signal: AbortSignal, space: Promise<PublicSpace | null>): void;
  /** Sends through the outbox; rejects with a `DeliveryFailure`. */
  deliver(request: DeliveryRequest): Promise<DeliveryResult>;
  /** "Try now": sends what waits in the outbox. */
  flush(): Promise<void>;
}

/** The form as its device watches it (the machine's own actor). */
export interface FormState {
  value: unknown;
  context: ContributionFormContext;
}
export interface FormWatch {
  send(event: ContributionFormEvent): void;
  getSnapshot(): FormState;
  subscribe(observer: (state: FormState) => void): { unsubscribe(): void };
}
