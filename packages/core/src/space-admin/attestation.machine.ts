import { assign, fromPromise } from 'xstate';
import type { Attestation } from '../meeting/meeting.types.js';
import { setup } from '../shared/machine-setup.js';
import { isDenied, NO_BACKEND, toBackendError } from '../store/backend.error.js';
import type { BackofficeBackend } from '../store/backoffice.port.js';
import {
  ATTESTATION_FIELDS,
  type AttestationContext,
  type AttestationData,
  type AttestationEvent,
  type AttestationInputOptions,
  type AttestationValues,
  type IssueRequest,
} from './attestation.types.js';
import {
  type AdminFailure,
  ATTESTATION_SKILLS,
  errorsOf,
  hasFieldIssues,
  issuesToErrors,
  OTHER_SKILLS_MAX,
  optionalText,
  requiredText,
  SIGNED_BY_MAX,
} from './space-admin.shared.js';

type Ev<T extends AttestationEvent['type']> = Extract<AttestationEvent, { type: T }>;

/** An attestation names a member, at least one skill (ticked or written) and who signs it. */
export function attestationErrors(values: AttestationValues, members: ReadonlyArray<{ id: string }>) {
  return errorsOf({
    memberId: members.some((m) => m.id === values.memberId) ? undefined : { code: 'required' as const },
    skills: values.skills.length === 0 && values.otherSkills.trim() === '' ? { code: 'noSkill' as const } : undefined,
    otherSkills: optionalText(values.otherSkills, OTHER_SKILLS_MAX),
    signedBy: requiredText(values.signedBy, SIGNED_BY_MAX),
  });
}

export async function loadAttestations(backend: BackofficeBackend | null, spaceId: string): Promise<AttestationData> {
  if (!backend) throw NO_BACKEND;
  const space = await backend.getSpace(spaceId);
  const [members, meetings, attestations] = await Promise.all([
    backend.listMembers(space.id),
    backend.listMeetings(space.id),
    backend.listAttestations(space.id),
  ]);
  return { space, members, meetings, attestations };
}

export async function issueAttestationWith(
  backend: BackofficeBackend | null,
  request: IssueRequest,
): Promise<Attestation> {
  if (!backend) throw NO_BACKEND;
  return backend.issueAttestation(request.spaceId, request.input);
}

/** The two actors over a back end, for `machine.provide({ actors })`. */
export const attestationActors = (backend: () => Promise<BackofficeBackend | null>) => ({
  load: fromPromise<AttestationData, { spaceId: string }>(async ({ input }) =>
    loadAttestations(await backend(), input.spaceId),
  ),
  issue: fromPromise<Attestation, IssueRequest>(async ({ input }) => issueAttestationWith(await backend(), input)),
});

const failureOf = (event: unknown) => toBackendError((event as { error: unknown }).error);

const emptyValues = (signedBy: string): AttestationValues => ({ memberId: '', skills: [], otherSkills: '', signedBy });

/**
 * Attestations of participation: pick a member, see the meetings they came to, tick the
 * skills they developed, sign, issue; then a printable page. Attestations issued earlier
 * open on the same page. A member who is not a facilitator sees only their own.
 */
export const attestationMachine = setup({
  types: {
    context: {} as AttestationContext,
    events: {} as AttestationEvent,
    input: {} as AttestationInputOptions,
  },
  actors: {
    // Provided by the widget: `machine.provide({ actors: attestationActors(getBackend) })`.
    load: fromPromise<AttestationData, { spaceId: string }>(async () => {
      throw { kind: 'error', message: 'No load actor provided' } satisfies AdminFailure;
    }),
    issue: fromPromise<Attestation, IssueRequest>(async () => {
      throw { kind: 'error', message: 'No issue actor provided' } satisfies AdminFailure;
    }),
  },
  guards: {
    manage: ({ context }) => context.manage,
    valid: ({ context }) =>
      context.manage && Object.keys(attestationErrors(context.values, context.members)).length === 0,
    known: ({ context, event }) =>
      context.attestations.some((a) => a.id === (event as Ev<'attestation.open'>).attestationId),
    forbidden: ({ event }) => isDenied(failureOf(event)),
    fieldIssues: ({ event }) => hasFieldIssues(failureOf(event)),
  },
  actions: {
    keepData: assign(({ event }) => {
      const { space, members, meetings, attestations } = (event as unknown as { output: AttestationData }).output;
      return { space, spaceId: space.id, members, meetings, attestations, failure: null };
    }),
    keepFailure: assign({ failure: ({ event }) => failureOf(event) }),
    clearFailure: assign({ failure: null }),
    pick: assign(({ context, event }) => {
      const values = { ...context.values, memberId: (event as Ev<'attestation.pick'>).memberId };
      return { values, errors: recheck(context, values) };
    }),
    tick: assign(({ context, event }) => {
      const { skill, checked } = event as Ev<'attestation.skill'>;
      const set = new Set(context.values.skills);
      if (checked) set.add(skill);
      else set.delete(skill);
      // Kept in the list's order, so the attestation reads the same whatever the ticking order.
      const values = { ...context.values, skills: ATTESTATION_SKILLS.filter((s) => set.has(s)) };
      return { values, errors: recheck(context, values) };
    }),
    change: assign(({ context, event }) => {
      const { field, value } = event as Ev<'attestation.change'>;
      const values = { ...context.values, [field]: value };
      return { values, errors: recheck(context, values) };
    }),
    showErrors: assign(({ context }) => ({ errors: attestationErrors(context.values, context.members) })),
    keepIssued: assign(({ context, event }) => {
      const issued = (event as unknown as { output: Attestation }).output;
      return {
        attestations: [issued, ...context.attestations.filter((a) => a.id !== issued.id)],
        shown: issued,
        justIssued: true,
        // The signature usually stays the same from one attestation to the next.
        values: emptyValues(context.values.signedBy),
        errors: {},
        failure: null,
      };
    }),
    issuesToFields: assign(({ event }) => {
      const failure = failureOf(event);
      return { failure, errors: issuesToErrors(failure, ATTESTATION_FIELDS) };
    }),
    readOnly: assign(({ event }) => ({ manage: false, errors: {}, failure: failureOf(event) })),
    open: assign(({ context, event }) => ({
      shown: context.attestations.find((a) => a.id === (event as Ev<'attestation.open'>).attestationId)!,
      justIssued: false,
      failure: null,
    })),
    close: assign({ shown: null, justIssued: false }),
  },
}).createMachine({
  id: 'attestation',
  context: ({ input }) => ({
    spaceId: input.spaceId,
    manage: input.manage ?? false,
    space: null,
    members: [],
    meetings: [],
    attestations: [],
    values: emptyValues(input.signedBy ?? ''),
    errors: {},
    shown: null,
    justIssued: false,
    failure: null,
  }),
  initial: 'idle',
  states: {
    idle: {
      on: { 'attestation.load': 'loading' },
    },
    loading: {
      entry: 'clearFailure',
      invoke: {
        id: 'load',
        src: 'load',
        input: ({ context }) => ({ spaceId: context.spaceId }),
        onDone: { target: 'ready', actions: 'keepData' },
        onError: { target: 'error', actions: 'keepFailure' },
      },
    },
    error: {
      on: { 'attestation.retry': 'loading' },
    },
    ready: {
      on: {
        'attestation.pick': { guard: 'manage', actions: 'pick' },
        'attestation.skill': { guard: 'manage', actions: 'tick' },
        'attestation.change': { guard: 'manage', actions: 'change' },
        'attestation.issue': [
          { guard: 'valid', target: 'issuing', actions: 'clearFailure' },
          { guard: 'manage', actions: 'showErrors' },
        ],
        'attestation.open': { guard: 'known', target: 'viewing', actions: 'open' },
      },
    },
    issuing: {
      invoke: {
        id: 'issue',
        src: 'issue',
        input: ({ context }) => ({
          spaceId: context.spaceId,
          input: {
            memberId: context.values.memberId,
            skills: [...context.values.skills],
            otherSkills: context.values.otherSkills.trim(),
            signedBy: context.values.signedBy.trim(),
          },
        }),
        onDone: { target: 'viewing', actions: 'keepIssued' },
        onError: [
          { guard: 'forbidden', target: 'ready', actions: 'readOnly' },
          { guard: 'fieldIssues', target: 'ready', actions: 'issuesToFields' },
          { target: 'ready', actions: 'keepFailure' },
        ],
      },
    },
    viewing: {
      on: { 'attestation.close': { target: 'ready', actions: 'close' } },
    },
  },
});

/** Errors still shown after a change: a field in error is checked again, others stay quiet. */
function recheck(context: AttestationContext, values: AttestationValues) {
  const now = attestationErrors(values, context.members);
  return Object.fromEntries(
    Object.keys(context.errors).flatMap((f) => (f in now ? [[f, now[f as keyof typeof now]]] : [])),
  ) as AttestationContext['errors'];
}

export type AttestationMachine = typeof attestationMachine;
