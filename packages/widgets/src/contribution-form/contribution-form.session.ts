import { createDraftStore, createOutbox, type Outbox } from '@participe/adapters/browser';
import {
  CONTRIBUTION_KINDS,
  type ContributionFormInput,
  type ContributionKind,
  type CreatedContribution,
  contributionFormMachine,
  type DeliveryFailure,
  type DeliveryRequest,
  type DeliveryResult,
  type FormStep,
  type FormValues,
  type ParticipeBackend,
  type PublicSpace,
  toBackendError,
} from '@participe/core';
import { type Actor, fromPromise, type SnapshotFrom } from 'xstate';
import type { ParticipeSubmittedDetail } from '../events/submitted.js';

export type FormSnapshot = SnapshotFrom<typeof contributionFormMachine>;

/** What survives a reload: the answers, the step, and the key that makes a re-send safe. */
export interface FormDraft {
  values: Partial<FormValues>;
  step: FormStep;
  idempotencyKey: string;
}

// Contact details stay out of the draft: on a shared computer (a library, a social
// worker's office) a draft outlives the visit. The outbox keeps them only until delivery.
const NOT_IN_DRAFT = ['email', 'phone', 'contactConsent', 'website'] as const;

export function draftOf(snapshot: FormSnapshot): FormDraft {
  const values: Partial<FormValues> = { ...snapshot.context.values };
  for (const field of NOT_IN_DRAFT) delete values[field];
  const value = snapshot.value;
  const step: FormStep = typeof value === 'object' && 'editing' in value ? (value.editing as FormStep) : 'review';
  return { values, step, idempotencyKey: snapshot.context.idempotencyKey };
}

/** A random idempotency key; `getRandomValues` also works outside secure contexts, unlike `randomUUID`. */
export const newKey = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/** `kinds="proposal, question"` → the known kinds, in the order given; empty → all. */
export const parseKinds = (attr: string): ContributionKind[] =>
  attr
    .split(',')
    .map((k) => k.trim())
    .filter((k): k is ContributionKind => (CONTRIBUTION_KINDS as readonly string[]).includes(k));

const toResult = (created: CreatedContribution, space: PublicSpace): DeliveryResult => ({
  id: created.contribution.id,
  followUpCode: created.followUp.code,
  secret: created.followUp.secret,
  answerWithinDays: space.answerWithinDays,
});

export function toFailure(e: unknown): DeliveryFailure {
  const error = toBackendError(e);
  // A refusal for the caller's role reads like any refusal: the form shows the server's words.
  const refused = error.kind === 'rejected' || error.kind === 'forbidden' || error.kind === 'unauthorized';
  const kind = error.kind === 'offline' ? 'offline' : refused ? 'rejected' : 'error';
  return { kind, message: error.message, ...(error.issues ? { issues: error.issues } : {}) };
}

export interface Session {
  /** `null` until the space arrives: the first steps are shown without waiting for it. */
  space: PublicSpace | null;
  /** The space, or `null` when it cannot be loaded (unknown, or the server unreachable). */
  spaceReady: Promise<PublicSpace | null>;
  outbox: Outbox;
  saveDraft(draft: FormDraft): Promise<void>;
  clearDraft(): Promise<void>;
  /** The machine with delivery through the outbox. */
  logic: typeof contributionFormMachine;
  input: ContributionFormInput;
  /** A draft was found and restored (not a pending submission). */
  restored: boolean;
  toResult(created: CreatedContribution): Promise<DeliveryResult>;
}

export interface SessionOptions {
  backend: ParticipeBackend;
  space: string;
  kinds: readonly ContributionKind[];
  mode: 'public' | 'assisted';
  facilitatorId: string | undefined;
}

/** What a previous visit left on this device: a draft, and whether it waits in the outbox. */
export interface Saved {
  draft: FormDraft;
  pending: boolean;
}

/** Where a form keeps its draft and its outbox on the device: made once per form, shared by its sessions. */
export interface SessionStores {
  drafts: ReturnType<typeof createDraftStore<FormDraft>>;
  /** One outbox per form, so a submission is never in flight twice from this page. */
  outbox: Outbox;
  draftKey: string;
}

export function openStores(o: SessionOptions): SessionStores {
  return {
    drafts: createDraftStore<FormDraft>(),
    outbox: createOutbox(o.backend),
    // A facilitator's draft never resurfaces in the public form on the same device, and back.
    // Keyed by the `space` attribute as written, so it is read while the space loads.
    draftKey: o.mode === 'assisted' ? `${o.space}:assisted` : o.space,
  };
}

/** The draft left on this device for this form, if any (IndexedDB: slow on a cold phone). */
export async function readSaved({ drafts, outbox, draftKey }: SessionStores): Promise<Saved | null> {
  const draft = await drafts.load(draftKey).catch(() => null);
  if (!draft) return null;
  const pending = await outbox.has(draft.idempotencyKey).catch(() => false);
  return { draft, pending };
}

/**
 * A form session, made at once: the first step shows without waiting for the space (only the
 * theme step needs its themes) nor for IndexedDB (the widget restarts the session with the
 * saved draft when it arrives, if the person has not started typing). Delivery goes through
 * the form's durable outbox.
 */
export function openSession(
  o: SessionOptions,
  spaceReady: Promise<PublicSpace | null>,
  { drafts, outbox, draftKey }: SessionStores,
  saved: Saved | null = null,
): Session {
  const draft = saved?.draft ?? null;
  const pending = saved?.pending ?? false;
  const withSpace = async (created: CreatedContribution): Promise<DeliveryResult> => {
    const space = await spaceReady;
    if (!space) throw { kind: 'error', message: 'space unavailable' } satisfies DeliveryFailure;
    return toResult(created, space);
  };
  const deliver = fromPromise<DeliveryResult, DeliveryRequest>(async ({ input }) => {
    let created: CreatedContribution;
    try {
      created = await outbox.send(input);
    } catch (e) {
      throw toFailure(e);
    }
    return withSpace(created);
  });
  const session: Session = {
    space: null,
    spaceReady,
    outbox,
    saveDraft: (d) => drafts.save(draftKey, d),
    clearDraft: () => drafts.clear(draftKey),
    logic: contributionFormMachine.provide({ actors: { deliver } }),
    input: {
      // The attribute as written (id or slug): the API accepts both, and stores the id.
      spaceId: o.space,
      ...(o.kinds.length ? { kinds: o.kinds } : {}),
      mode: o.mode,
      facilitatorId: o.facilitatorId,
      idempotencyKey: draft?.idempotencyKey ?? newKey(),
      ...(draft ? { draft: { values: draft.values, step: draft.step } } : {}),
      pending,
    },
    restored: draft !== null && !pending,
    toResult: withSpace,
  };
  void spaceReady.then((space) => {
    session.space = space;
  });
  return session;
}

/** A draft worth keeping: at least one answer the person gave (a single offered kind is not one). */
function answered(draft: FormDraft, singleKind: boolean) {
  return Object.entries(draft.values).some(([k, v]) => v !== '' && v !== false && !(k === 'kind' && singleKind));
}

/**
 * Connects a running form to its session: the draft follows every change and is cleared
 * once the contribution is stored; the outbox's later deliveries reach a queued form;
 * `onStored` runs once per stored contribution. Returns what undoes it all.
 */
export function wireSession(
  session: Session,
  actor: Actor<Session['logic']>,
  onStored: (detail: ParticipeSubmittedDetail) => void,
): () => void {
  let lastDraft = JSON.stringify(draftOf(actor.getSnapshot()));
  let wasSent = false;
  const noop = () => undefined;
  const sub = actor.subscribe((snap) => {
    if (!snap.matches('sent')) {
      wasSent = false;
      const draft = draftOf(snap);
      const json = JSON.stringify(draft);
      if (json === lastDraft) return;
      lastDraft = json;
      // Drafts are a comfort: a failed write must not stop the person.
      if (answered(draft, snap.context.kinds.length === 1)) session.saveDraft(draft).catch(noop);
    } else if (!wasSent) {
      wasSent = true;
      lastDraft = '';
      session.clearDraft().catch(noop);
      const kind = snap.context.values.kind || snap.context.kinds[0];
      const id = snap.context.result?.id;
      if (id && kind) onStored({ contributionId: id, kind });
    }
  });
  // The outbox may deliver a queued submission at any time: at start, on `online`, on "try now".
  const unlisten = session.outbox.subscribe((e) => {
    const snap = actor.getSnapshot();
    if (e.idempotencyKey !== snap.context.idempotencyKey || !snap.matches('queued')) return;
    if (e.type === 'delivered') {
      session.toResult(e.created).then((result) => actor.send({ type: 'form.delivered', result }), noop);
    } else actor.send({ type: 'form.rejected', failure: toFailure(e.error) });
  });
  const stop = session.outbox.start();
  return () => {
    sub.unsubscribe();
    unlisten();
    stop();
  };
}
