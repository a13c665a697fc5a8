import type { SnapshotFrom } from 'xstate';
import type { PhaseId } from '../cycle/cycle.phases.js';
import { homeOf, isEditable, type PracticeEditorMachine, returnable, shareable } from './practice-editor.machine.js';
import type {
  PracticeEditorEvent,
  PracticeListField,
  PracticeTextField,
  SavedPracticeDraft,
  TestimonyField,
} from './practice-editor.types.js';
import { practiceDraftOf } from './practice-editor.values.js';

export type PracticeEditorSnapshot = SnapshotFrom<PracticeEditorMachine>;

/** The machine's states, as the view names them. */
export const PRACTICE_EDITOR_STATES = [
  'idle',
  'loading',
  'failed',
  'list',
  'editing',
  'preview',
  'checking',
  'saving',
  'submitting',
  'conflict',
  'reviewing',
  'returning',
  'acting',
] as const;
export type PracticeEditorState = (typeof PRACTICE_EDITOR_STATES)[number];

/** States in which the group's form (or its preview) is on screen. */
const WRITING: readonly PracticeEditorState[] = ['editing', 'preview', 'checking', 'saving', 'submitting', 'conflict'];

/**
 * What the widget shows for a snapshot, and what a person may do: the element renders the
 * view and calls the intents; it never builds an event itself.
 */
export function connectPracticeEditor(snapshot: PracticeEditorSnapshot, send: (event: PracticeEditorEvent) => void) {
  const c = snapshot.context;
  const state = snapshot.value as PracticeEditorState;
  const sheet = c.current;
  const home = homeOf(c.published);
  return {
    state,
    mode: c.mode,
    busy: ['idle', 'loading', 'checking', 'saving', 'submitting', 'acting'].includes(state),
    sheets: c.sheets,
    /** Editors: published sheets of their council's groups, and those other councils share. */
    published: c.published.filter((s) => s.spaceId !== null),
    /** Whether a sheet comes from another council (shown with its origin). */
    fromElsewhere: (s: { origin: { organisation: string } }) => home !== null && s.origin.organisation !== home,
    current: sheet,
    /** The sheet as it would be published: what the group typed, over the sheet's own fields. */
    preview: { ...(sheet ?? {}), ...practiceDraftOf(c.values) },
    values: c.values,
    errors: c.errors,
    dirty: c.dirty,
    kept: c.kept,
    editable: isEditable(sheet),
    writing: WRITING.includes(state),
    reason: c.reason,
    reasonError: c.reasonError,
    theirs: c.theirs,
    outcome: c.outcome,
    failure: c.failure,
    actionFailure: c.actionFailure,
    canPublish: state === 'reviewing' && sheet?.status === 'submitted',
    canReturn: state === 'reviewing' && sheet !== null && returnable(sheet, home),
    canShare: state === 'reviewing' && sheet !== null && shareable(sheet, home),
    load: () => send({ type: 'editor.load' }),
    retry: () => send({ type: 'editor.retry' }),
    create: () => send({ type: 'editor.new' }),
    open: (sheetId: string) => send({ type: 'editor.open', sheetId }),
    resume: () => send({ type: 'editor.resume' }),
    close: () => send({ type: 'editor.close' }),
    change: (field: PracticeTextField | PracticeListField, value: string) =>
      send({ type: 'editor.change', field, value }),
    setPhase: (phase: PhaseId, on: boolean) => send({ type: 'editor.phase', phase, on }),
    addTestimony: () => send({ type: 'testimony.add' }),
    changeTestimony: (index: number, field: TestimonyField, value: string) =>
      send({ type: 'testimony.change', index, field, value }),
    removeTestimony: (index: number) => send({ type: 'testimony.remove', index }),
    showPreview: () => send({ type: 'editor.preview' }),
    edit: () => send({ type: 'editor.edit' }),
    save: () => send({ type: 'editor.save' }),
    submit: () => send({ type: 'editor.submit' }),
    takeTheirs: () => send({ type: 'conflict.theirs' }),
    keepMine: () => send({ type: 'conflict.mine' }),
    publish: () => send({ type: 'review.publish' }),
    startReturn: () => send({ type: 'review.return' }),
    typeReason: (value: string) => send({ type: 'review.reason', value }),
    confirmReturn: () => send({ type: 'review.confirm' }),
    cancelReturn: () => send({ type: 'review.cancel' }),
    share: (shared: boolean) => send({ type: 'review.share', shared }),
  };
}

export type PracticeEditorView = ReturnType<typeof connectPracticeEditor>;

/**
 * What the device should keep for this snapshot: the changes the server does not have yet
 * (open, or kept when the sheet was closed), or `null` to forget what it keeps. `undefined`
 * while the list is loading: nothing to decide yet.
 */
export function deviceDraftOf(snapshot: PracticeEditorSnapshot, at: string): SavedPracticeDraft | null | undefined {
  const c = snapshot.context;
  const state = snapshot.value as PracticeEditorState;
  if (c.mode !== 'group' || state === 'idle' || state === 'loading' || state === 'failed') return undefined;
  if (c.dirty) return { sheetId: c.current?.id ?? null, baseVersion: c.baseVersion, values: c.values, at };
  return c.kept ? { ...c.kept, at } : null;
}
