import { assign, fromPromise } from 'xstate';
import { setup } from '../shared/machine-setup.js';
import { MEMBER_ROLES } from '../shared/roles.js';
import type { MemberPatch } from '../space/space.types.js';
import { isDenied, NO_BACKEND, toBackendError } from '../store/backend.error.js';
import type { BackofficeBackend } from '../store/backoffice.port.js';
import {
  type AdminFailure,
  DISPLAY_NAME_MAX,
  errorsOf,
  hasFieldIssues,
  isDay,
  issuesToErrors,
  requiredDay,
  requiredText,
} from './space-admin.shared.js';
import {
  type AddMemberRequest,
  type CompositionData,
  EDIT_FIELDS,
  MEMBER_FIELDS,
  type MemberDraft,
  type MemberEdit,
  type MemberSaved,
  type SpaceCompositionContext,
  type SpaceCompositionEvent,
  type SpaceCompositionInput,
  type UpdateMemberRequest,
} from './space-composition.types.js';

type Ev<T extends SpaceCompositionEvent['type']> = Extract<SpaceCompositionEvent, { type: T }>;

/** The errors of the "add a member" form; empty when it may be sent. */
export function memberDraftErrors(draft: MemberDraft) {
  return errorsOf({
    displayName: requiredText(draft.displayName, DISPLAY_NAME_MAX),
    role: (MEMBER_ROLES as readonly string[]).includes(draft.role) ? undefined : { code: 'required' as const },
    joinedOn: requiredDay(draft.joinedOn),
  });
}

/** The errors of the "change a member" form: a leaving day is a real day, not before arrival. */
export function memberEditErrors(edit: MemberEdit, joinedOn: string) {
  const leftOn = edit.values.leftOn.trim();
  return errorsOf({
    role: (MEMBER_ROLES as readonly string[]).includes(edit.values.role) ? undefined : { code: 'required' as const },
    leftOn:
      leftOn === ''
        ? undefined
        : !isDay(leftOn)
          ? { code: 'invalidDate' as const }
          : leftOn < joinedOn
            ? { code: 'beforeJoined' as const }
            : undefined,
    leavesAtRenewal: undefined,
  });
}

/** Only what changed, so a save never overwrites a field nobody touched. */
export function memberPatch(context: SpaceCompositionContext): MemberPatch {
  const edit = context.edit;
  const member = context.members.find((m) => m.id === edit?.memberId);
  if (!edit || !member) return {};
  const leftOn = edit.values.leftOn.trim() === '' ? null : edit.values.leftOn.trim();
  return {
    ...(edit.values.role !== member.role ? { role: edit.values.role } : {}),
    ...(leftOn !== member.leftOn ? { leftOn } : {}),
    ...(edit.values.leavesAtRenewal !== (member.leavesAtRenewal === true)
      ? { leavesAtRenewal: edit.values.leavesAtRenewal }
      : {}),
  };
}

const emptyDraft = (today: string): MemberDraft => ({ displayName: '', role: '', joinedOn: today });

/** Loads the space, its members and its composition. */
export async function loadComposition(backend: BackofficeBackend | null, spaceId: string): Promise<CompositionData> {
  if (!backend) throw NO_BACKEND;
  const space = await backend.getSpace(spaceId);
  const [members, composition] = await Promise.all([backend.listMembers(space.id), backend.getComposition(space.id)]);
  return { space, members, composition };
}

/** Adds a member, then reads the group again: its composition changed. */
export async function addMemberAndReload(
  backend: BackofficeBackend | null,
  request: AddMemberRequest,
): Promise<MemberSaved> {
  if (!backend) throw NO_BACKEND;
  const member = await backend.addMember(request.spaceId, request.input);
  const [members, composition] = await Promise.all([
    backend.listMembers(request.spaceId),
    backend.getComposition(request.spaceId),
  ]);
  return { member, members, composition };
}

/** Changes a member, then reads the group again. */
export async function updateMemberAndReload(
  backend: BackofficeBackend | null,
  request: UpdateMemberRequest,
): Promise<MemberSaved> {
  if (!backend) throw NO_BACKEND;
  const member = await backend.updateMember(request.spaceId, request.memberId, request.patch);
  const [members, composition] = await Promise.all([
    backend.listMembers(request.spaceId),
    backend.getComposition(request.spaceId),
  ]);
  return { member, members, composition };
}

/** The three actors over a back end, for `machine.provide({ actors })`. */
export const compositionActors = (backend: () => Promise<BackofficeBackend | null>) => ({
  load: fromPromise<CompositionData, { spaceId: string }>(async ({ input }) =>
    loadComposition(await backend(), input.spaceId),
  ),
  addMember: fromPromise<MemberSaved, AddMemberRequest>(async ({ input }) =>
    addMemberAndReload(await backend(), input),
  ),
  updateMember: fromPromise<MemberSaved, UpdateMemberRequest>(async ({ input }) =>
    updateMemberAndReload(await backend(), input),
  ),
});

const failureOf = (event: unknown) => toBackendError((event as { error: unknown }).error);
const savedOf = (event: unknown) => (event as { output: MemberSaved }).output;

/**
 * The members of a group and its composition. Everyone sees who is in the group, the parity
 * share, the target size and the next renewal; a facilitator (`manage`) also adds members and
 * changes their role, leaving day or "leaves at the next renewal". A refusal (`forbidden`)
 * turns the widget read-only; the form keeps what was typed after any other failure.
 */
export const spaceCompositionMachine = setup({
  types: {
    context: {} as SpaceCompositionContext,
    events: {} as SpaceCompositionEvent,
    input: {} as SpaceCompositionInput,
  },
  actors: {
    // Provided by the widget: `machine.provide({ actors: compositionActors(getBackend) })`.
    load: fromPromise<CompositionData, { spaceId: string }>(async () => {
      throw { kind: 'error', message: 'No load actor provided' } satisfies AdminFailure;
    }),
    addMember: fromPromise<MemberSaved, AddMemberRequest>(async () => {
      throw { kind: 'error', message: 'No addMember actor provided' } satisfies AdminFailure;
    }),
    updateMember: fromPromise<MemberSaved, UpdateMemberRequest>(async () => {
      throw { kind: 'error', message: 'No updateMember actor provided' } satisfies AdminFailure;
    }),
  },
  guards: {
    manage: ({ context }) => context.manage,
    draftValid: ({ context }) => context.manage && Object.keys(memberDraftErrors(context.draft)).length === 0,
    knownMember: ({ context, event }) =>
      context.manage && context.members.some((m) => m.id === (event as Ev<'member.edit'>).memberId),
    editValid: ({ context }) => {
      const member = context.members.find((m) => m.id === context.edit?.memberId);
      return !!member && Object.keys(memberEditErrors(context.edit!, member.joinedOn)).length === 0;
    },
    unchanged: ({ context }) => Object.keys(memberPatch(context)).length === 0,
    forbidden: ({ event }) => isDenied(failureOf(event)),
    fieldIssues: ({ event }) => hasFieldIssues(failureOf(event)),
  },
  actions: {
    keepData: assign(({ event }) => {
      const { space, members, composition } = (event as unknown as { output: CompositionData }).output;
      return { space, spaceId: space.id, members, composition, failure: null };
    }),
    keepFailure: assign({ failure: ({ event }) => failureOf(event) }),
    clearFailure: assign({ failure: null }),
    change: assign(({ context, event }) => {
      const { field, value } = event as Ev<'member.change'>;
      const draft = { ...context.draft, [field]: value } as MemberDraft;
      // A field that shows an error is checked again as the facilitator types; others stay quiet.
      const now = memberDraftErrors(draft);
      const errors = Object.fromEntries(
        Object.keys(context.errors).flatMap((f) => (f in now ? [[f, now[f as keyof typeof now]]] : [])),
      );
      return { draft, errors };
    }),
    showErrors: assign(({ context }) => ({ errors: memberDraftErrors(context.draft), notice: null })),
    startAdd: assign({ errors: {}, notice: null, failure: null }),
    keepAdded: assign(({ context, event }) => {
      const { member, members, composition } = savedOf(event);
      return {
        members,
        composition,
        draft: emptyDraft(context.today),
        errors: {},
        notice: { kind: 'added' as const, memberId: member.id, name: member.displayName },
        failure: null,
      };
    }),
    addIssuesToFields: assign(({ event }) => {
      const failure = failureOf(event);
      return { failure, errors: issuesToErrors(failure, MEMBER_FIELDS) };
    }),
    openEdit: assign(({ context, event }) => {
      const member = context.members.find((m) => m.id === (event as Ev<'member.edit'>).memberId)!;
      return {
        edit: {
          memberId: member.id,
          values: { role: member.role, leftOn: member.leftOn ?? '', leavesAtRenewal: member.leavesAtRenewal === true },
          errors: {},
        },
        notice: null,
        failure: null,
      };
    }),
    changeEdit: assign(({ context, event }) => {
      const { field, value } = event as Ev<'edit.change'>;
      const edit = context.edit!;
      const values = { ...edit.values, [field]: value } as MemberEdit['values'];
      const member = context.members.find((m) => m.id === edit.memberId);
      const now = memberEditErrors({ ...edit, values }, member?.joinedOn ?? '');
      const errors = Object.fromEntries(
        Object.keys(edit.errors).flatMap((f) => (f in now ? [[f, now[f as keyof typeof now]]] : [])),
      );
      return { edit: { ...edit, values, errors } };
    }),
    showEditErrors: assign(({ context }) => {
      const member = context.members.find((m) => m.id === context.edit!.memberId);
      return { edit: { ...context.edit!, errors: memberEditErrors(context.edit!, member?.joinedOn ?? '') } };
    }),
    closeEdit: assign({ edit: null }),
    keepUpdated: assign(({ event }) => {
      const { member, members, composition } = savedOf(event);
      return {
        members,
        composition,
        edit: null,
        notice: { kind: 'updated' as const, memberId: member.id, name: member.displayName },
        failure: null,
      };
    }),
    editIssuesToFields: assign(({ context, event }) => {
      const failure = failureOf(event);
      return { failure, edit: { ...context.edit!, errors: issuesToErrors(failure, EDIT_FIELDS) } };
    }),
    readOnly: assign(({ event }) => ({ manage: false, edit: null, errors: {}, failure: failureOf(event) })),
  },
}).createMachine({
  id: 'composition',
  context: ({ input }) => ({
    spaceId: input.spaceId,
    today: input.today,
    manage: input.manage ?? false,
    space: null,
    members: [],
    composition: null,
    draft: emptyDraft(input.today),
    errors: {},
    edit: null,
    notice: null,
    failure: null,
  }),
  initial: 'idle',
  states: {
    idle: {
      on: { 'composition.load': 'loading' },
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
      on: { 'composition.retry': 'loading' },
    },
    ready: {
      on: {
        'member.change': { guard: 'manage', actions: 'change' },
        'member.add': [
          { guard: 'draftValid', target: 'adding', actions: 'startAdd' },
          { guard: 'manage', actions: 'showErrors' },
        ],
        'member.edit': { guard: 'knownMember', target: 'editing', actions: 'openEdit' },
      },
    },
    adding: {
      invoke: {
        id: 'addMember',
        src: 'addMember',
        input: ({ context }) => ({
          spaceId: context.spaceId,
          input: {
            displayName: context.draft.displayName.trim(),
            role: context.draft.role as Exclude<MemberDraft['role'], ''>,
            joinedOn: context.draft.joinedOn.trim(),
          },
        }),
        onDone: { target: 'ready', actions: 'keepAdded' },
        onError: [
          { guard: 'forbidden', target: 'ready', actions: 'readOnly' },
          { guard: 'fieldIssues', target: 'ready', actions: 'addIssuesToFields' },
          { target: 'ready', actions: 'keepFailure' },
        ],
      },
    },
    editing: {
      on: {
        'edit.change': { actions: 'changeEdit' },
        'edit.save': [
          // Nothing changed: nothing to send, the form just closes.
          { guard: 'unchanged', target: 'ready', actions: 'closeEdit' },
          { guard: 'editValid', target: 'updating', actions: 'clearFailure' },
          { actions: 'showEditErrors' },
        ],
        'edit.cancel': { target: 'ready', actions: ['closeEdit', 'clearFailure'] },
      },
    },
    updating: {
      invoke: {
        id: 'updateMember',
        src: 'updateMember',
        input: ({ context }) => ({
          spaceId: context.spaceId,
          memberId: context.edit!.memberId,
          patch: memberPatch(context),
        }),
        onDone: { target: 'ready', actions: 'keepUpdated' },
        onError: [
          { guard: 'forbidden', target: 'ready', actions: 'readOnly' },
          { guard: 'fieldIssues', target: 'editing', actions: 'editIssuesToFields' },
          { target: 'editing', actions: 'keepFailure' },
        ],
      },
    },
  },
});

export type SpaceCompositionMachine = typeof spaceCompositionMachine;
