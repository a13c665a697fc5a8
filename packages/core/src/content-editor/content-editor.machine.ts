import { assign, fromPromise } from 'xstate';
import { setup } from '../shared/machine-setup.js';
import {
  CONTENT_KIND_FIELDS,
  type ContentDraft,
  type ContentEditorKind,
  changeDraft,
  contentBodyOf,
  contentDraftOf,
  type EditableEntry,
} from './content-editor.kinds.js';
import type {
  ContentEditorContext,
  ContentEditorEvent,
  ContentEditorFocus,
  ContentEditorInput,
  ContentEditorPort,
  ContentFailure,
  ContentLoadRequest,
  ContentLoadResult,
  ContentVersionRead,
  SavedContentDraft,
} from './content-editor.types.js';

/** Whatever a call threw, as the API's failure: its status (0: no answer), code and refused fields. */
export const contentFailureOf = (e: unknown): ContentFailure => {
  const o = e as Partial<ContentFailure> | null;
  return typeof o?.status === 'number'
    ? { status: o.status, code: String(o.code ?? ''), issues: Array.isArray(o.issues) ? o.issues : [] }
    : { status: 0, code: 'offline', issues: [] };
};

/** 409: someone saved since the version read; 412: the same, said by a proxy's If-Match. */
export const isConflict = (f: ContentFailure) => f.status === 409 || f.status === 412;
/** The API refused fields it names: said under each field, not as a failure. */
export const isRefusal = (f: ContentFailure) => (f.status === 400 || f.status === 422) && f.issues.length > 0;

const NO_PORT: ContentFailure = { status: 0, code: 'noBackend', issues: [] };

/** The list of a kind, and the first time the edit kept on the device. */
export async function loadContent(
  port: ContentEditorPort | null,
  request: ContentLoadRequest,
  readSaved: () => Promise<SavedContentDraft | null> = async () => null,
): Promise<ContentLoadResult> {
  if (!port) throw NO_PORT;
  const { kind, locale, q, phase } = request;
  const [page, saved] = await Promise.all([
    port.list(kind, {
      locale,
      limit: 100,
      ...(q.trim() ? { q: q.trim() } : {}),
      ...(phase && CONTENT_KIND_FIELDS[kind].byPhase ? { phase } : {}),
    }),
    request.withSaved ? readSaved().catch(() => null) : null,
  ]);
  return { items: page.items, total: page.total, saved };
}

interface EntryRequest {
  kind: ContentEditorKind;
  id: string;
  locale: 'fr' | 'en';
}
interface SaveRequest extends EntryRequest {
  body: Record<string, unknown>;
  expectedVersion: number;
}

/** The machine's actors over one port (resolved at each call, so a token set later is used), and the device's draft. */
export const contentEditorActors = (
  port: () => Promise<ContentEditorPort | null>,
  readSaved?: () => Promise<SavedContentDraft | null>,
) => {
  const withPort = async () => {
    const p = await port();
    if (!p) throw NO_PORT;
    return p;
  };
  return {
    load: fromPromise<ContentLoadResult, ContentLoadRequest>(async ({ input }) =>
      loadContent(await port(), input, readSaved),
    ),
    get: fromPromise<EditableEntry, EntryRequest>(async ({ input }) =>
      (await withPort()).get(input.kind, input.id, input.locale),
    ),
    save: fromPromise<EditableEntry, SaveRequest>(async ({ input }) =>
      (await withPort()).put(input.kind, input.id, input.body, {
        locale: input.locale,
        expectedVersion: input.expectedVersion,
      }),
    ),
    history: fromPromise<ContentVersionRead[], EntryRequest>(async ({ input }) =>
      (await withPort()).history(input.kind, input.id, input.locale),
    ),
  };
};

type Ev<T extends ContentEditorEvent['type']> = Extract<ContentEditorEvent, { type: T }>;
type Done<T> = { output: T };
const failureIn = (event: unknown) => contentFailureOf((event as { error: unknown }).error);
const focusOn = (context: ContentEditorContext, focus: ContentEditorFocus) => ({
  focus,
  focusSeq: context.focusSeq + 1,
});

/** No notice: no refusal, failure, saved line, conflict, history or kept edit. */
const QUIET = {
  issues: [] as ContentEditorContext['issues'],
  actionFailure: null,
  saved: null,
  theirs: null,
  history: null,
  restored: false,
};

/** The form for an entry as read: nothing changed, no notice. */
const editing = (kind: ContentEditorKind, entry: EditableEntry): Partial<ContentEditorContext> => ({
  current: entry,
  draft: contentDraftOf(kind, entry),
  dirty: false,
  expectedVersion: entry.version,
  ...QUIET,
});

/** Nothing open. */
const LEFT = { opening: null, current: null, draft: null, dirty: false, expectedVersion: null, ...QUIET };

/** A saved draft that belongs to the entry opened. */
const savedFor = (saved: SavedContentDraft | null, kind: ContentEditorKind, id: string | null) =>
  saved !== null && saved.kind === kind && saved.id === id ? saved : null;

/**
 * The council's content editor: choose a kind, find an entry, edit its texts, save it against
 * the version read. A save on a version someone changed meanwhile is a conflict, never a loss:
 * their version is shown, and the editor keeps theirs or writes over it. An edit in progress
 * kept on the device is taken up after a reload, on the version it was made on.
 */
export const contentEditorMachine = setup({
  types: {
    context: {} as ContentEditorContext,
    events: {} as ContentEditorEvent,
    input: {} as ContentEditorInput,
  },
  actors: {
    ...contentEditorActors(async () => null),
  },
  guards: {
    otherKind: ({ context, event }) => (event as Ev<'content.kind'>).kind !== context.kind,
    listed: ({ context, event }) => context.items.some((e) => e.id === (event as Ev<'content.open'>).id),
    savedElsewhere: ({ context, event }) => {
      const saved = (event as unknown as Done<ContentLoadResult>).output.saved;
      return saved !== null && saved.kind !== context.kind;
    },
    savedHere: ({ context, event }) => {
      const saved = (event as unknown as Done<ContentLoadResult>).output.saved ?? context.pending;
      return saved !== null && saved.kind === context.kind;
    },
    conflict: ({ event }) => isConflict(failureIn(event)),
    refused: ({ event }) => isRefusal(failureIn(event)),
    theirsKnown: ({ context }) => context.theirs !== null,
    restored: ({ context }) => context.restored,
  },
  actions: {
    keepList: assign(({ event }) => {
      const { items, total } = (event as unknown as Done<ContentLoadResult>).output;
      return { items, total, failure: null, checkedSaved: true, ...LEFT };
    }),
    /** The edit kept on the device is of another kind: show that kind first. */
    switchToSaved: assign(({ event }) => {
      const saved = (event as unknown as Done<ContentLoadResult>).output.saved!;
      return { kind: saved.kind, q: '', phase: '' as const, pending: saved, checkedSaved: true };
    }),
    openSaved: assign(({ context, event }) => {
      const { items, total, saved } = (event as unknown as Done<ContentLoadResult>).output;
      const pending = saved ?? context.pending;
      return { items, total, failure: null, checkedSaved: true, ...LEFT, pending, opening: pending!.id };
    }),
    keepFailure: assign({ failure: ({ event }) => failureIn(event) }),
    /** A list is read: whatever was open is left. */
    clearForList: assign({ failure: null, ...LEFT }),
    chooseKind: assign(({ event }) => ({
      kind: (event as Ev<'content.kind'>).kind,
      q: '',
      phase: '' as const,
      items: [],
      total: 0,
      ...LEFT,
    })),
    search: assign(({ event }) => {
      const { q, phase } = event as Ev<'content.search'>;
      return { q, phase, ...LEFT };
    }),
    markOpening: assign({ opening: ({ event }) => (event as Ev<'content.open'>).id }),
    edit: assign(({ context, event }) => {
      const entry = (event as unknown as Done<EditableEntry>).output;
      const saved = savedFor(context.pending, context.kind, entry.id);
      return {
        ...editing(context.kind, entry),
        opening: null,
        pending: null,
        // The edit kept on the device, on the version it was made on: a newer one read is a conflict at save.
        ...(saved ? { draft: saved.draft, dirty: true, expectedVersion: saved.baseVersion, restored: true } : {}),
        ...focusOn(context, { to: 'form' }),
      };
    }),
    close: assign(({ context }) => ({
      ...LEFT,
      ...focusOn(context, context.current ? { to: 'entry', id: context.current.id } : { to: 'heading' }),
    })),
    change: assign(({ context, event }) => {
      const e = event as Ev<'content.text' | 'content.line' | 'content.add' | 'content.remove'>;
      const change =
        e.type === 'content.text'
          ? { path: e.path, side: e.side, value: e.value }
          : e.type === 'content.line'
            ? { line: e.field, value: e.value }
            : e.type === 'content.add'
              ? { add: e.list }
              : { remove: e.list, index: e.index };
      const draft: ContentDraft = changeDraft(context.draft!, change);
      const focus =
        e.type === 'content.add'
          ? focusOn(context, { to: 'item', list: e.list, index: (draft.lists[e.list]?.length ?? 1) - 1 })
          : e.type === 'content.remove'
            ? focusOn(context, { to: 'add', list: e.list })
            : {};
      return { draft, dirty: true, saved: null, ...(e.type === 'content.remove' ? { issues: [] } : {}), ...focus };
    }),
    startSave: assign({ saved: null, actionFailure: null }),
    keepSaved: assign(({ context, event }) => {
      const entry = (event as unknown as Done<EditableEntry>).output;
      const keptMine = context.theirs !== null;
      return {
        ...editing(context.kind, entry),
        saved: entry,
        items: context.items.map((e) => (e.id === entry.id ? entry : e)),
        // After "keep mine" the save button is back in the form: focus goes there, not lost.
        ...(keptMine ? focusOn(context, { to: 'save' }) : {}),
      };
    }),
    keepRefusal: assign(({ context, event }) => ({
      issues: failureIn(event).issues,
      actionFailure: null,
      ...focusOn(context, { to: 'errors' }),
    })),
    keepActionFailure: assign(({ context, event }) => ({
      actionFailure: failureIn(event),
      issues: [],
      ...focusOn(context, { to: 'failure' }),
    })),
    enterConflict: assign(({ context }) => ({ theirs: null, ...focusOn(context, { to: 'conflict' }) })),
    keepTheirs: assign({ theirs: ({ event }) => (event as unknown as Done<EditableEntry>).output }),
    keepMine: assign(({ context }) => ({ expectedVersion: context.theirs!.version })),
    takeTheirs: assign(({ context }) => ({
      ...editing(context.kind, context.theirs!),
      ...focusOn(context, { to: 'form' }),
    })),
    discard: assign(({ context }) => ({
      ...editing(context.kind, context.current!),
      ...focusOn(context, { to: 'form' }),
    })),
    historyLoading: assign({ history: 'loading' as const }),
    keepHistory: assign(({ context, event }) => ({
      history: (event as unknown as Done<ContentVersionRead[]>).output,
      ...focusOn(context, { to: 'history' }),
    })),
    historyFailed: assign(({ context }) => ({ history: 'failed' as const, ...focusOn(context, { to: 'history' }) })),
    hideHistory: assign(({ context }) => ({ history: null, ...focusOn(context, { to: 'historyButton' }) })),
  },
}).createMachine({
  id: 'contentEditor',
  initial: 'idle',
  context: ({ input }) => ({
    locale: input.locale ?? 'fr',
    kind: input.kind ?? 'resource',
    q: '',
    phase: '',
    items: [],
    total: 0,
    failure: null,
    ...LEFT,
    issues: [],
    focus: null,
    focusSeq: 0,
    pending: null,
    checkedSaved: false,
  }),
  on: {
    'content.load': { target: '.loading' },
  },
  states: {
    idle: {},
    loading: {
      entry: 'clearForList',
      invoke: {
        id: 'load',
        src: 'load',
        input: ({ context }) => ({
          kind: context.kind,
          locale: context.locale,
          q: context.q,
          phase: context.phase,
          withSaved: !context.checkedSaved,
        }),
        onDone: [
          { guard: 'savedElsewhere', target: 'loading', reenter: true, actions: 'switchToSaved' },
          { guard: 'savedHere', target: 'opening', actions: 'openSaved' },
          { target: 'list', actions: 'keepList' },
        ],
        onError: { target: 'failed', actions: 'keepFailure' },
      },
      on: {
        'content.kind': { guard: 'otherKind', target: 'loading', reenter: true, actions: 'chooseKind' },
        'content.search': { target: 'loading', reenter: true, actions: 'search' },
      },
    },
    failed: {
      on: {
        'content.retry': { target: 'loading' },
        'content.kind': { target: 'loading', actions: 'chooseKind' },
      },
    },
    list: {
      on: {
        'content.kind': { guard: 'otherKind', target: 'loading', actions: 'chooseKind' },
        'content.search': { target: 'loading', actions: 'search' },
        'content.open': { guard: 'listed', target: 'opening', actions: 'markOpening' },
      },
    },
    opening: {
      invoke: {
        id: 'get',
        src: 'get',
        input: ({ context }) => ({ kind: context.kind, id: context.opening!, locale: context.locale }),
        onDone: { target: 'editing', actions: 'edit' },
        onError: { target: 'failed', actions: 'keepFailure' },
      },
    },
    editing: {
      initial: 'ready',
      on: {
        'content.text': { actions: 'change' },
        'content.line': { actions: 'change' },
        'content.add': { actions: 'change' },
        'content.remove': { actions: 'change' },
        'content.save': { target: 'saving', actions: 'startSave' },
        'content.close': { target: 'list', actions: 'close' },
        'content.discard': { guard: 'restored', target: '.ready', actions: 'discard' },
        'content.history': { target: '.history', actions: 'historyLoading' },
        'content.hideHistory': { target: '.ready', actions: 'hideHistory' },
      },
      states: {
        ready: {},
        history: {
          invoke: {
            id: 'history',
            src: 'history',
            input: ({ context }) => ({ kind: context.kind, id: context.current!.id, locale: context.locale }),
            onDone: { target: 'ready', actions: 'keepHistory' },
            onError: { target: 'ready', actions: 'historyFailed' },
          },
        },
      },
    },
    saving: {
      invoke: {
        id: 'save',
        src: 'save',
        input: ({ context }) => ({
          kind: context.kind,
          id: context.current!.id,
          locale: context.locale,
          body: contentBodyOf(context.kind, context.current!, context.draft!),
          expectedVersion: context.expectedVersion!,
        }),
        onDone: { target: 'editing', actions: 'keepSaved' },
        onError: [
          { guard: 'conflict', target: 'conflict', actions: 'enterConflict' },
          { guard: 'refused', target: 'editing', actions: 'keepRefusal' },
          { target: 'editing', actions: 'keepActionFailure' },
        ],
      },
    },
    conflict: {
      initial: 'reading',
      states: {
        reading: {
          invoke: {
            id: 'get',
            src: 'get',
            input: ({ context }) => ({ kind: context.kind, id: context.current!.id, locale: context.locale }),
            onDone: { target: 'read', actions: 'keepTheirs' },
            // Their version could not be read: the form is offered back, with the changes.
            onError: { target: 'read' },
          },
        },
        read: {},
      },
      on: {
        'conflict.mine': { guard: 'theirsKnown', target: 'saving', actions: 'keepMine' },
        'conflict.theirs': { guard: 'theirsKnown', target: 'editing', actions: 'takeTheirs' },
        'content.close': { target: 'list', actions: 'close' },
      },
    },
  },
});

export type ContentEditorMachine = typeof contentEditorMachine;
