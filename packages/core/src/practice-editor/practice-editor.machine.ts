import { and, assign, fromPromise } from 'xstate';
import type { PracticeView } from '../practice/practice.types.js';
import { setup } from '../shared/machine-setup.js';
import { NO_BACKEND, toBackendError } from '../store/backend.error.js';
import type { BackofficeBackend } from '../store/backoffice.port.js';
import {
  EDITABLE_STATUSES,
  type PracticeActRequest,
  type PracticeCheckRequest,
  type PracticeEditorContext,
  type PracticeEditorEvent,
  type PracticeEditorInput,
  type PracticeEditorValues,
  type PracticeErrors,
  type PracticeFailure,
  type PracticeFetchRequest,
  type PracticeLoadRequest,
  type PracticeLoadResult,
  type PracticeOutcome,
  type PracticeSaveRequest,
  type SavedPracticeDraft,
} from './practice-editor.types.js';
import {
  EMPTY_PRACTICE_VALUES,
  practiceDraftOf,
  practiceErrorsOf,
  practiceValuesOf,
} from './practice-editor.values.js';

/** At most this many characters in the reason a sheet is returned with (the command schema's limit). */
export const RETURN_REASON_MAX = 2000;

export function returnReasonError(reason: string): 'required' | 'tooLong' | null {
  const length = reason.trim().length;
  return length === 0 ? 'required' : length > RETURN_REASON_MAX ? 'tooLong' : null;
}

export const isEditable = (sheet: Pick<PracticeView, 'status'> | null) =>
  sheet === null || (EDITABLE_STATUSES as readonly string[]).includes(sheet.status);

/**
 * The council the editor works for: the one the built-in sheets (never shared, no group)
 * come from. `null` when no list shows one.
 */
export const homeOf = (published: readonly PracticeView[]) =>
  published.find((s) => s.spaceId === null)?.origin.organisation ?? null;

/** Whether a sheet is the editor's council's own (another council's shared sheet is only read). */
export const ownSheet = (sheet: PracticeView, home: string | null) =>
  home === null || sheet.origin.organisation === home;

/** Whether an editor may share the sheet: a group's published sheet of their own council. */
export const shareable = (sheet: PracticeView, home: string | null) =>
  sheet.status === 'published' && sheet.spaceId !== null && ownSheet(sheet, home);

/** Whether an editor may return the sheet to its group: submitted, or published by their own council. */
export const returnable = (sheet: PracticeView, home: string | null) =>
  sheet.status === 'submitted' || (sheet.status === 'published' && ownSheet(sheet, home));

/**
 * The list the editor starts on: a group's sheets (every status), or, for a council editor,
 * what waits for review and the published sheets; and the sheet kept on this device.
 */
export async function loadPracticeEditor(
  backend: BackofficeBackend | null,
  request: PracticeLoadRequest,
  readSaved: () => Promise<SavedPracticeDraft | null> = async () => null,
): Promise<PracticeLoadResult> {
  if (!backend) throw NO_BACKEND;
  if (request.mode === 'review') {
    const [sheets, published] = await Promise.all([
      backend.listPracticeQueue(request.locale),
      backend.listPublishedPractices(request.locale),
    ]);
    return { sheets, published, saved: null };
  }
  const [sheets, saved] = await Promise.all([
    backend.listSpacePractices(request.space, request.locale),
    readSaved().catch(() => null),
  ]);
  return { sheets, published: [], saved };
}

/**
 * Saves the group's sheet (creates it the first time), then submits it if asked. A submit
 * refused after a successful save carries the saved sheet, so nothing saved is forgotten.
 */
export async function savePractice(
  backend: BackofficeBackend | null,
  request: PracticeSaveRequest,
): Promise<PracticeView> {
  if (!backend) throw NO_BACKEND;
  const { space, locale, sheetId, expectedVersion } = request;
  const draft = practiceDraftOf(request.values);
  let sheet: PracticeView | null = null;
  if (sheetId === null) sheet = await backend.createPractice(space, draft, locale);
  else if (request.changed || !request.submit)
    sheet = await backend.updatePractice(sheetId, draft, expectedVersion ?? 0, locale);
  if (!request.submit) return sheet!;
  try {
    return await backend.sendPracticeCommand(
      sheet?.id ?? sheetId!,
      { type: 'practice.submit' },
      sheet?.version ?? expectedVersion ?? 0,
      locale,
    );
  } catch (e) {
    throw sheet ? ({ ...toBackendError(e), saved: sheet } satisfies PracticeFailure) : e;
  }
}

/** A council editor's step: publish, return with a reason, share. */
export async function actOnPractice(backend: BackofficeBackend | null, request: PracticeActRequest) {
  if (!backend) throw NO_BACKEND;
  return backend.sendPracticeCommand(request.sheetId, request.command, request.expectedVersion, request.locale);
}

/** The sheet as the server has it now (after a conflict). */
export async function fetchPractice(backend: BackofficeBackend | null, request: PracticeFetchRequest) {
  if (!backend) throw NO_BACKEND;
  return backend.getPractice(request.sheetId, request.locale);
}

/** The machine's actors over one back end, and the device's saved sheet. */
export const practiceEditorActors = (
  backend: () => Promise<BackofficeBackend | null>,
  readSaved?: (space: string) => Promise<SavedPracticeDraft | null>,
) => ({
  load: fromPromise<PracticeLoadResult, PracticeLoadRequest>(async ({ input }) =>
    loadPracticeEditor(await backend(), input, () => readSaved?.(input.space) ?? Promise.resolve(null)),
  ),
  save: fromPromise<PracticeView, PracticeSaveRequest>(async ({ input }) => savePractice(await backend(), input)),
  act: fromPromise<PracticeView, PracticeActRequest>(async ({ input }) => actOnPractice(await backend(), input)),
  fetch: fromPromise<PracticeView, PracticeFetchRequest>(async ({ input }) => fetchPractice(await backend(), input)),
  check: fromPromise<PracticeErrors, PracticeCheckRequest>(async ({ input }) =>
    (await import('./practice-editor.check.js')).checkPracticeValues(input.values, input.level),
  ),
});

type Ev<T extends PracticeEditorEvent['type']> = Extract<PracticeEditorEvent, { type: T }>;
type Done<T> = { output: T };
type Failed = { error: unknown };
const failureOf = (event: unknown): PracticeFailure => {
  const error = (event as Failed).error;
  const saved = (error as { saved?: PracticeView } | null)?.saved;
  return { ...toBackendError(error), ...(saved ? { saved } : {}) };
};

const upsert = (list: readonly PracticeView[], sheet: PracticeView) =>
  list.some((s) => s.id === sheet.id) ? list.map((s) => (s.id === sheet.id ? sheet : s)) : [sheet, ...list];
const without = (list: readonly PracticeView[], id: string) => list.filter((s) => s.id !== id);
const find = (c: PracticeEditorContext, id: string | null) =>
  id === null ? null : ([...c.sheets, ...c.published].find((s) => s.id === id) ?? null);
const outcome = (type: PracticeOutcome['type'], title: string): PracticeOutcome => ({ type, title });

/** Whether a saved draft can be taken up: a new sheet, or one of the list the group may still change. */
const restorable = (c: PracticeEditorContext, saved: SavedPracticeDraft | null): saved is SavedPracticeDraft =>
  saved !== null && (saved.sheetId === null || isEditable(find(c, saved.sheetId) ?? { status: 'published' }));

/** Opens the sheet a saved draft changes (or a new one) with the saved values. */
const openSaved = (c: PracticeEditorContext, saved: SavedPracticeDraft) => ({
  current: find(c, saved.sheetId),
  baseVersion: saved.baseVersion,
  values: saved.values,
  dirty: true,
  errors: {},
  kept: null,
  actionFailure: null,
  outcome: outcome('restored', saved.values.title.trim()),
});

const NOTICES = { outcome: null, actionFailure: null } as const;

/**
 * The practice editor. A group's members write a sheet (every field of the practice schema),
 * see it as published, save it, submit it; a council editor publishes a submitted sheet,
 * returns it with a reason its authors read, shares a published one with every council.
 * A save or a step made on a version someone changed meanwhile is a conflict, never a loss.
 */
export const practiceEditorMachine = setup({
  types: {
    context: {} as PracticeEditorContext,
    events: {} as PracticeEditorEvent,
    input: {} as PracticeEditorInput,
  },
  actors: {
    ...practiceEditorActors(async () => null),
  },
  guards: {
    isGroup: ({ context }) => context.mode === 'group',
    isReview: ({ context }) => context.mode === 'review',
    listed: ({ context, event }) => find(context, (event as Ev<'editor.open'>).sheetId) !== null,
    editableOpened: ({ context, event }) => isEditable(find(context, (event as Ev<'editor.open'>).sheetId)),
    hasKept: ({ context }) => restorable(context, context.kept),
    hasSaved: ({ context, event }) => restorable(context, (event as unknown as Done<PracticeLoadResult>).output.saved),
    canEdit: ({ context }) => isEditable(context.current),
    checkedOk: ({ event }) => Object.keys((event as unknown as Done<PracticeErrors>).output).length === 0,
    toSave: ({ context }) => context.intent === 'save',
    wasConflict: ({ event }) => failureOf(event).kind === 'conflict',
    wasRejected: ({ event }) => failureOf(event).kind === 'rejected' && (failureOf(event).issues?.length ?? 0) > 0,
    theirsKnown: ({ context }) => context.theirs !== null,
    theirsEditable: ({ context }) => context.theirs !== null && isEditable(context.theirs),
    submitted: ({ context }) => context.current?.status === 'submitted',
    returnable: ({ context }) => context.current !== null && returnable(context.current, homeOf(context.published)),
    shareOk: ({ context }) => context.current !== null && shareable(context.current, homeOf(context.published)),
    reasonOk: ({ context }) => returnReasonError(context.reason) === null,
  },
  actions: {
    clearFailure: assign({ failure: null }),
    keepList: assign(({ event }) => {
      const { sheets, published } = (event as unknown as Done<PracticeLoadResult>).output;
      return { sheets, published, current: null, ...NOTICES };
    }),
    keepFailure: assign({ failure: ({ event }) => toBackendError((event as unknown as Failed).error) }),
    restoreSaved: assign(({ context, event }) =>
      openSaved(context, (event as unknown as Done<PracticeLoadResult>).output.saved!),
    ),
    resumeKept: assign(({ context }) => openSaved(context, context.kept!)),
    openNew: assign({
      current: null,
      baseVersion: null,
      values: () => structuredClone(EMPTY_PRACTICE_VALUES),
      dirty: false,
      errors: {},
      ...NOTICES,
    }),
    openSheet: assign(({ context, event }) => {
      const sheet = find(context, (event as Ev<'editor.open'>).sheetId)!;
      return {
        current: sheet,
        baseVersion: sheet.version,
        values: practiceValuesOf(sheet),
        dirty: false,
        errors: {},
        reason: '',
        reasonError: null,
        pending: null,
        ...NOTICES,
      };
    }),
    /** Leaves the sheet; changes not saved are kept to resume, here and on the device. */
    close: assign(({ context }) => ({
      kept: context.dirty
        ? {
            sheetId: context.current?.id ?? null,
            baseVersion: context.baseVersion,
            values: context.values,
            at: '',
          }
        : context.kept,
      current: null,
      dirty: false,
      errors: {},
      theirs: null,
      reason: '',
      reasonError: null,
      pending: null,
      ...NOTICES,
    })),
    change: assign(({ context, event }) => {
      const { field, value } = event as Ev<'editor.change'>;
      const errors = { ...context.errors };
      delete errors[field];
      return { values: { ...context.values, [field]: value }, errors, dirty: true, kept: null, ...NOTICES };
    }),
    phase: assign(({ context, event }) => {
      const { phase, on } = event as Ev<'editor.phase'>;
      const phases = context.values.phases.filter((p) => p !== phase);
      const errors = { ...context.errors };
      delete errors.phases;
      return {
        values: { ...context.values, phases: on ? [...phases, phase] : phases },
        errors,
        dirty: true,
        kept: null,
        ...NOTICES,
      };
    }),
    addTestimony: assign(({ context }) => ({
      values: {
        ...context.values,
        testimonies: [...context.values.testimonies, { viewpoint: 'residents' as const, role: '', text: '' }],
      },
      dirty: true,
      kept: null,
      ...NOTICES,
    })),
    changeTestimony: assign(({ context, event }) => {
      const { index, field, value } = event as Ev<'testimony.change'>;
      const testimonies = context.values.testimonies.map((t, i) => (i === index ? { ...t, [field]: value } : t));
      const errors = { ...context.errors };
      delete errors[`testimonies.${index}.${field}`];
      return { values: { ...context.values, testimonies } as PracticeEditorValues, errors, dirty: true, kept: null };
    }),
    removeTestimony: assign(({ context, event }) => {
      const { index } = event as Ev<'testimony.remove'>;
      // The errors of the testimonies after it would name the wrong one: checked again at the next save.
      const errors = Object.fromEntries(Object.entries(context.errors).filter(([k]) => !k.startsWith('testimonies.')));
      return {
        values: { ...context.values, testimonies: context.values.testimonies.filter((_, i) => i !== index) },
        errors,
        dirty: true,
        kept: null,
        ...NOTICES,
      };
    }),
    intendSave: assign({ intent: 'save' as const, ...NOTICES }),
    intendSubmit: assign({ intent: 'submit' as const, ...NOTICES }),
    keepCheck: assign({ errors: ({ event }) => (event as unknown as Done<PracticeErrors>).output, intent: null }),
    checkFailed: assign({
      actionFailure: ({ event }) => toBackendError((event as unknown as Failed).error),
      intent: null,
    }),
    clearNotices: assign({ ...NOTICES, errors: {} }),
    keepSaved: assign(({ context, event }) => {
      const sheet = (event as unknown as Done<PracticeView>).output;
      return {
        current: sheet,
        baseVersion: sheet.version,
        sheets: upsert(context.sheets, sheet),
        dirty: false,
        errors: {},
        kept: null,
        theirs: null,
        outcome: outcome(sheet.status === 'submitted' ? 'submitted' : 'saved', sheet.title),
        actionFailure: null,
      };
    }),
    keepActionFailure: assign(({ context, event }) => {
      const failure = failureOf(event);
      const { saved, ...rest } = failure;
      const errors = rest.kind === 'rejected' ? practiceErrorsOf(rest.issues ?? [], true) : {};
      return {
        actionFailure: rest,
        errors,
        // Saved, then the submit was refused: the next save starts from the saved version.
        ...(saved
          ? { current: saved, baseVersion: saved.version, sheets: upsert(context.sheets, saved), dirty: false }
          : {}),
      };
    }),
    keepTheirs: assign({ theirs: ({ event }) => (event as unknown as Done<PracticeView>).output }),
    takeTheirs: assign(({ context }) => ({
      current: context.theirs,
      baseVersion: context.theirs!.version,
      values: practiceValuesOf(context.theirs!),
      sheets: upsert(context.sheets, context.theirs!),
      dirty: false,
      errors: {},
      theirs: null,
      ...NOTICES,
    })),
    mineOnTheirs: assign(({ context }) => ({ current: context.theirs, baseVersion: context.theirs!.version })),
    choosePublish: assign({ pending: { type: 'practice.publish' }, ...NOTICES }),
    chooseShare: assign({
      pending: ({ event }) => ({ type: 'practice.share' as const, shared: (event as Ev<'review.share'>).shared }),
      ...NOTICES,
    }),
    startReturn: assign({ reason: '', reasonError: null, ...NOTICES }),
    keepReason: assign(({ event }) => ({ reason: (event as Ev<'review.reason'>).value, reasonError: null })),
    refuseReason: assign({ reasonError: ({ context }) => returnReasonError(context.reason) }),
    chooseReturn: assign({
      pending: ({ context }) => ({ type: 'practice.return' as const, reason: context.reason.trim() }),
    }),
    keepReviewed: assign(({ context, event }) => {
      const sheet = (event as unknown as Done<PracticeView>).output;
      const type: PracticeOutcome['type'] =
        context.pending?.type === 'practice.share'
          ? context.pending.shared
            ? 'shared'
            : 'unshared'
          : sheet.status === 'returned'
            ? 'returned'
            : 'published';
      return {
        current: sheet,
        baseVersion: sheet.version,
        sheets: without(context.sheets, sheet.id),
        published:
          sheet.status === 'published' ? upsert(context.published, sheet) : without(context.published, sheet.id),
        pending: null,
        reason: '',
        outcome: outcome(type, sheet.title),
        actionFailure: null,
      };
    }),
    keepReviewFailure: assign({ actionFailure: ({ event }) => failureOf(event), pending: null }),
  },
}).createMachine({
  id: 'practiceEditor',
  context: ({ input }) => ({
    space: input.space.trim(),
    mode: input.mode ?? 'group',
    locale: input.locale ?? 'fr',
    sheets: [],
    published: [],
    current: null,
    baseVersion: null,
    values: structuredClone(EMPTY_PRACTICE_VALUES),
    dirty: false,
    errors: {},
    kept: null,
    reason: '',
    reasonError: null,
    intent: null,
    pending: null,
    theirs: null,
    outcome: null,
    failure: null,
    actionFailure: null,
  }),
  initial: 'idle',
  states: {
    idle: {
      on: { 'editor.load': 'loading' },
    },
    loading: {
      entry: 'clearFailure',
      invoke: {
        id: 'load',
        src: 'load',
        input: ({ context }) => ({ space: context.space, mode: context.mode, locale: context.locale }),
        onDone: [
          { guard: 'hasSaved', target: 'editing', actions: ['keepList', 'restoreSaved'] },
          { target: 'list', actions: 'keepList' },
        ],
        onError: { target: 'failed', actions: 'keepFailure' },
      },
    },
    failed: {
      on: { 'editor.retry': 'loading', 'editor.load': 'loading' },
    },
    list: {
      on: {
        'editor.load': 'loading',
        'editor.new': { guard: 'isGroup', target: 'editing', actions: 'openNew' },
        'editor.resume': { guard: and(['isGroup', 'hasKept']), target: 'editing', actions: 'resumeKept' },
        'editor.open': [
          { guard: and(['isReview', 'listed']), target: 'reviewing', actions: 'openSheet' },
          { guard: and(['listed', 'editableOpened']), target: 'editing', actions: 'openSheet' },
          { guard: 'listed', target: 'preview', actions: 'openSheet' },
        ],
      },
    },
    editing: {
      on: {
        'editor.change': { actions: 'change' },
        'editor.phase': { actions: 'phase' },
        'testimony.add': { actions: 'addTestimony' },
        'testimony.change': { actions: 'changeTestimony' },
        'testimony.remove': { actions: 'removeTestimony' },
        'editor.preview': { target: 'preview', actions: 'clearNotices' },
        'editor.save': { target: 'checking', actions: 'intendSave' },
        'editor.submit': { target: 'checking', actions: 'intendSubmit' },
        'editor.close': { target: 'list', actions: 'close' },
      },
    },
    // The schemas' checks, loaded on first use: a save needs a title, a submit every field.
    checking: {
      invoke: {
        id: 'check',
        src: 'check',
        input: ({ context }) => ({ values: context.values, level: context.intent === 'save' ? 'draft' : 'complete' }),
        onDone: [
          { guard: and(['checkedOk', 'toSave']), target: 'saving', actions: 'keepCheck' },
          { guard: 'checkedOk', target: 'submitting', actions: 'keepCheck' },
          { target: 'editing', actions: 'keepCheck' },
        ],
        onError: { target: 'editing', actions: 'checkFailed' },
      },
    },
    preview: {
      on: {
        'editor.edit': { guard: 'canEdit', target: 'editing', actions: 'clearNotices' },
        'editor.submit': { guard: 'canEdit', target: 'checking', actions: 'intendSubmit' },
        'editor.close': { target: 'list', actions: 'close' },
      },
    },
    saving: {
      invoke: {
        id: 'save',
        src: 'save',
        input: ({ context }) => saveRequest(context, false),
        onDone: { target: 'editing', actions: 'keepSaved' },
        onError: [
          { guard: 'wasConflict', target: 'conflict', actions: 'keepActionFailure' },
          { target: 'editing', actions: 'keepActionFailure' },
        ],
      },
    },
    submitting: {
      invoke: {
        id: 'save',
        src: 'save',
        input: ({ context }) => saveRequest(context, true),
        onDone: { target: 'list', actions: 'keepSaved' },
        onError: [
          { guard: 'wasConflict', target: 'conflict', actions: 'keepActionFailure' },
          { target: 'editing', actions: 'keepActionFailure' },
        ],
      },
    },
    conflict: {
      entry: assign({ theirs: null }),
      invoke: {
        id: 'fetch',
        src: 'fetch',
        input: ({ context }) => ({ sheetId: context.current?.id ?? '', locale: context.locale }),
        onDone: { actions: 'keepTheirs' },
        onError: { actions: 'keepActionFailure' },
      },
      on: {
        // Theirs may have been submitted meanwhile: then it is only read.
        'conflict.theirs': [
          { guard: 'theirsEditable', target: 'editing', actions: 'takeTheirs' },
          { guard: 'theirsKnown', target: 'preview', actions: 'takeTheirs' },
        ],
        'conflict.mine': { guard: 'theirsEditable', target: 'saving', actions: 'mineOnTheirs' },
        'editor.close': { target: 'list', actions: 'close' },
      },
    },
    reviewing: {
      on: {
        'review.publish': { guard: 'submitted', target: 'acting', actions: 'choosePublish' },
        'review.return': { guard: 'returnable', target: 'returning', actions: 'startReturn' },
        'review.share': { guard: 'shareOk', target: 'acting', actions: 'chooseShare' },
        'editor.close': { target: 'list', actions: 'close' },
        'editor.load': 'loading',
      },
    },
    returning: {
      on: {
        'review.reason': { actions: 'keepReason' },
        'review.confirm': [
          { guard: 'reasonOk', target: 'acting', actions: 'chooseReturn' },
          { actions: 'refuseReason' },
        ],
        'review.cancel': { target: 'reviewing', actions: assign({ reason: '', reasonError: null }) },
        'editor.close': { target: 'list', actions: 'close' },
      },
    },
    acting: {
      invoke: {
        id: 'act',
        src: 'act',
        input: ({ context }) => ({
          sheetId: context.current!.id,
          locale: context.locale,
          expectedVersion: context.baseVersion ?? context.current!.version,
          command: context.pending!,
        }),
        onDone: { target: 'reviewing', actions: 'keepReviewed' },
        onError: { target: 'reviewing', actions: 'keepReviewFailure' },
      },
    },
  },
});

function saveRequest(context: PracticeEditorContext, submit: boolean): PracticeSaveRequest {
  return {
    space: context.space,
    locale: context.locale,
    sheetId: context.current?.id ?? null,
    expectedVersion: context.baseVersion,
    values: context.values,
    changed: context.dirty,
    submit,
  };
}

export type PracticeEditorMachine = typeof practiceEditorMachine;
