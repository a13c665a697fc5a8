import type { SnapshotFrom } from 'xstate';
import type { PhaseId } from '../cycle/cycle.phases.js';
import {
  CONTENT_EDITOR_KINDS,
  CONTENT_KIND_FIELDS,
  type ContentEditorKind,
  contentFalcMissingOf,
  contentNameOf,
  type EditableEntry,
} from './content-editor.kinds.js';
import type { ContentEditorMachine } from './content-editor.machine.js';
import type { ContentEditorEvent, SavedContentDraft } from './content-editor.types.js';

export type ContentEditorSnapshot = SnapshotFrom<ContentEditorMachine>;

/** The machine's states, as the view names them. */
export const CONTENT_EDITOR_STATES = [
  'idle',
  'loading',
  'failed',
  'list',
  'opening',
  'editing',
  'saving',
  'conflict',
] as const;
export type ContentEditorState = (typeof CONTENT_EDITOR_STATES)[number];

const top = (value: ContentEditorSnapshot['value']) =>
  (typeof value === 'string' ? value : Object.keys(value)[0]) as ContentEditorState;

/**
 * What the widget shows for a snapshot, and what an editor may do: the element renders the
 * view and calls the intents; it never builds an event itself.
 */
export function connectContentEditor(snapshot: ContentEditorSnapshot, send: (event: ContentEditorEvent) => void) {
  const c = snapshot.context;
  const state = top(snapshot.value);
  const fields = CONTENT_KIND_FIELDS[c.kind];
  return {
    state,
    kind: c.kind,
    kinds: CONTENT_EDITOR_KINDS,
    fields,
    busy: state === 'loading' || state === 'opening' || state === 'saving',
    /** The kind chooser and the list are on screen (the list also while it reloads). */
    listing: state === 'list' || state === 'loading' || state === 'failed' || state === 'idle',
    writing: state === 'editing' || state === 'saving',
    items: c.items,
    total: c.total,
    q: c.q,
    phase: c.phase,
    byPhase: fields.byPhase,
    failure: c.failure,
    current: c.current,
    draft: c.draft,
    dirty: c.dirty,
    /** Paths of the form's texts without their FALC version: flagged, never refused. */
    falcMissing: c.draft ? contentFalcMissingOf(c.kind, c.draft) : [],
    issues: c.issues,
    actionFailure: c.actionFailure,
    saved: c.saved,
    theirs: c.theirs,
    /** Their version is being read after a conflict. */
    readingTheirs: state === 'conflict' && c.theirs === null && snapshot.matches({ conflict: 'reading' }),
    history: c.history,
    restored: c.restored,
    focus: c.focus,
    focusSeq: c.focusSeq,
    nameOf: (entry: EditableEntry | null | undefined) => contentNameOf(c.kind, entry),
    load: () => send({ type: 'content.load' }),
    retry: () => send({ type: 'content.retry' }),
    choose: (kind: ContentEditorKind) => send({ type: 'content.kind', kind }),
    search: (q: string, phase: PhaseId | '') => send({ type: 'content.search', q, phase }),
    open: (id: string) => send({ type: 'content.open', id }),
    close: () => send({ type: 'content.close' }),
    text: (path: string, side: 'standard' | 'falc', value: string) => send({ type: 'content.text', path, side, value }),
    line: (field: string, value: string) => send({ type: 'content.line', field, value }),
    add: (list: string) => send({ type: 'content.add', list }),
    remove: (list: string, index: number) => send({ type: 'content.remove', list, index }),
    save: () => send({ type: 'content.save' }),
    showHistory: () => send({ type: 'content.history' }),
    hideHistory: () => send({ type: 'content.hideHistory' }),
    keepMine: () => send({ type: 'conflict.mine' }),
    takeTheirs: () => send({ type: 'conflict.theirs' }),
    discard: () => send({ type: 'content.discard' }),
  };
}

export type ContentEditorView = ReturnType<typeof connectContentEditor>;

/**
 * What the device should keep for this snapshot: the edit the server does not have yet, or
 * `null` to forget what it keeps (saved, taken theirs, closed). `undefined` while nothing is
 * open yet (loading, opening): nothing to decide, the kept edit may be about to be taken up.
 */
export function deviceContentDraftOf(
  snapshot: ContentEditorSnapshot,
  at: string,
): SavedContentDraft | null | undefined {
  const c = snapshot.context;
  const state = top(snapshot.value);
  if (state === 'idle' || state === 'loading' || state === 'opening' || state === 'failed') return undefined;
  if (!c.current || !c.draft || !c.dirty || c.expectedVersion === null) return null;
  return { kind: c.kind, id: c.current.id, baseVersion: c.expectedVersion, draft: c.draft, at };
}
