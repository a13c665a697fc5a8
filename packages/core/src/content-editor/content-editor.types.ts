import type { PhaseId } from '../cycle/cycle.phases.js';
import type { ContentDraft, ContentEditorKind, EditableEntry } from './content-editor.kinds.js';

/** One saved version of an entry: who, when, which top-level fields changed. */
export interface ContentVersionRead {
  version: number;
  at: string;
  /** `id` is `null` for the built-in pack the council started from. */
  actor: { id: string | null; role: string };
  changes: string[];
}

/** Why a call failed, as the API says it: its status (0: no answer), its code, the fields it refused. */
export interface ContentFailure {
  status: number;
  code: string;
  issues: Array<{ path: string; message: string }>;
}

type Locale = 'fr' | 'en';

/** What the editor asks of the API, one kind at a time (the widget binds it to HTTP or the service). */
export interface ContentEditorPort {
  list(
    kind: ContentEditorKind,
    query: { locale: Locale; q?: string; phase?: PhaseId; limit: number },
  ): Promise<{ items: EditableEntry[]; total: number }>;
  get(kind: ContentEditorKind, id: string, locale: Locale): Promise<EditableEntry>;
  put(
    kind: ContentEditorKind,
    id: string,
    body: Record<string, unknown>,
    options: { locale: Locale; expectedVersion: number },
  ): Promise<EditableEntry>;
  history(kind: ContentEditorKind, id: string, locale: Locale): Promise<ContentVersionRead[]>;
}

export interface ContentEditorInput {
  /** @default 'fr' */
  locale?: Locale;
  /** @default 'resource' */
  kind?: ContentEditorKind;
}

/**
 * Where focus goes after a step, named for the view: the form's title, the conflict, the
 * refusal's summary, the save's failure, the save button, the entry's button in the list,
 * the history, its button, a list item just added (`item`, with `list` and `index`), or the
 * list's add button after an item is removed (`add`).
 */
export type ContentEditorFocus =
  | { to: 'form' | 'conflict' | 'errors' | 'failure' | 'save' | 'history' | 'historyButton' | 'heading' }
  | { to: 'entry'; id: string }
  | { to: 'item'; list: string; index: number }
  | { to: 'add'; list: string };

/** Who changed the entry, when, which fields; `loading` and `failed` while it is asked for. */
export type ContentHistory = 'loading' | 'failed' | ContentVersionRead[] | null;

export interface ContentEditorContext {
  locale: Locale;
  kind: ContentEditorKind;
  /** The list's search words and phase, as last sent. */
  q: string;
  phase: PhaseId | '';
  items: EditableEntry[];
  total: number;
  /** Why the list (or an entry) could not be read. */
  failure: ContentFailure | null;
  /** The entry asked for, while it opens. */
  opening: string | null;
  /** The entry as read; its version is what a save is made against. */
  current: EditableEntry | null;
  draft: ContentDraft | null;
  /** Whether the draft differs from what was read (changes the server does not have). */
  dirty: boolean;
  /** The version the next save is made against: the one read, or theirs after "keep mine". */
  expectedVersion: number | null;
  /** The API's refusal of the last save, by field path. */
  issues: ContentFailure['issues'];
  /** A save that was not recorded, for another reason than a refusal or a conflict. */
  actionFailure: ContentFailure | null;
  /** The entry just saved, for the status line. */
  saved: EditableEntry | null;
  /** The version someone else saved meanwhile (`null` while it is read, or if it could not be). */
  theirs: EditableEntry | null;
  history: ContentHistory;
  /** Whether the draft was taken up from this device after a reload. */
  restored: boolean;
  focus: ContentEditorFocus | null;
  /** One more at each focus move, so the view moves it once. */
  focusSeq: number;
  /** The edit kept on the device, until its entry is open. */
  pending: SavedContentDraft | null;
  /** Whether the device was asked for its kept edit (once, at the first load). */
  checkedSaved: boolean;
}

export type ContentEditorEvent =
  /** Read the list (first time, after a new back end). */
  | { type: 'content.load' }
  | { type: 'content.retry' }
  /** Show another kind of content. */
  | { type: 'content.kind'; kind: ContentEditorKind }
  | { type: 'content.search'; q: string; phase: PhaseId | '' }
  | { type: 'content.open'; id: string }
  | { type: 'content.close' }
  /** One side of a text at `path` (`summary`, `steps.2`). */
  | { type: 'content.text'; path: string; side: 'standard' | 'falc'; value: string }
  | { type: 'content.line'; field: string; value: string }
  | { type: 'content.add'; list: string }
  | { type: 'content.remove'; list: string; index: number }
  | { type: 'content.save' }
  | { type: 'content.history' }
  | { type: 'content.hideHistory' }
  /** Save mine over their version. */
  | { type: 'conflict.mine' }
  /** Take their version, drop mine. */
  | { type: 'conflict.theirs' }
  /** Drop the draft taken up from the device: back to the entry as read. */
  | { type: 'content.discard' };

/**
 * An edit in progress kept on the device, so a reload loses nothing: which entry (kind, id),
 * the version it was read at, and the form's values. Never a token.
 */
export interface SavedContentDraft {
  kind: ContentEditorKind;
  id: string;
  baseVersion: number;
  draft: ContentDraft;
  /** ISO instant of the last change. */
  at: string;
}

/** What the list's read returns: a page, and the first time the edit kept on the device. */
export interface ContentLoadResult {
  items: EditableEntry[];
  total: number;
  saved: SavedContentDraft | null;
}

export interface ContentLoadRequest {
  kind: ContentEditorKind;
  locale: Locale;
  q: string;
  phase: PhaseId | '';
  /** Whether to read the edit kept on the device too (the first load only). */
  withSaved: boolean;
}
