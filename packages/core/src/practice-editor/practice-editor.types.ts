import type { VIEWPOINTS } from '../content/content.schema.js';
import type { Locale } from '../content/content.types.js';
import type { PhaseId } from '../cycle/cycle.phases.js';
import type { EDITABLE_PRACTICE_STATUSES } from '../practice/practice.schema.js';
import type { PracticeView } from '../practice/practice.types.js';
import type { BackendError } from '../store/backend.error.js';

/** `group`: a group's members write their sheets; `review`: a council editor reviews, publishes, shares. */
export const PRACTICE_EDITOR_MODES = ['group', 'review'] as const;
export type PracticeEditorMode = (typeof PRACTICE_EDITOR_MODES)[number];

/** Fields typed as one line or a paragraph. */
export const PRACTICE_TEXT_FIELDS = [
  'title',
  'territory',
  'territoryType',
  'startDate',
  'context',
  'sharedDiagnostic',
  'problemStatement',
  'evaluation',
  'perspectives',
  'contactRole',
] as const;
/**
 * The statuses in which the group may still change its sheet: the practice schema's, written
 * again here (checked by the compiler) so the editor's first bytes carry no schema.
 */
export const EDITABLE_STATUSES = ['draft', 'returned'] as const satisfies typeof EDITABLE_PRACTICE_STATUSES;

/** Fields typed one item per line: themes, publics, objectives… */
export const PRACTICE_LIST_FIELDS = [
  'themes',
  'public',
  'objectives',
  'actions',
  'residents',
  'professionals',
  'elected',
  'partners',
  'keysOfSuccess',
  'vigilance',
  'sources',
  'resourceIds',
] as const;
/** The four viewpoints a sheet tells the transformations from, as list fields of the form. */
export const TRANSFORMATION_FIELDS = [
  'residents',
  'professionals',
  'elected',
  'partners',
] as const satisfies typeof VIEWPOINTS;

export type PracticeTextField = (typeof PRACTICE_TEXT_FIELDS)[number];
export type PracticeListField = (typeof PRACTICE_LIST_FIELDS)[number];
export type Viewpoint = (typeof VIEWPOINTS)[number];

/** One testimony as typed: a viewpoint, a role (never a name) and the words. */
export interface TestimonyValues {
  viewpoint: Viewpoint;
  role: string;
  text: string;
}
export type TestimonyField = keyof TestimonyValues;

/**
 * Everything the group types, as strings a form control holds. List fields hold one item per
 * line; a source line is a title, optionally followed by its `https://` address.
 */
export type PracticeEditorValues = Record<PracticeTextField | PracticeListField, string> & {
  phases: PhaseId[];
  testimonies: TestimonyValues[];
};

/**
 * A field of the form, as errors name it: a text or list field, `phases`, or one field of a
 * testimony, `testimonies.0.role`.
 */
export type PracticeFieldName =
  | PracticeTextField
  | PracticeListField
  | 'phases'
  | `testimonies.${number}.${TestimonyField}`;

/** Why a field is refused; the widget words it with a valid example. */
export type PracticeErrorCode = 'required' | 'tooLong' | 'tooMany' | 'invalid';
export interface PracticeFieldError {
  code: PracticeErrorCode;
  /** What the server said, when the error came from it. */
  message?: string;
}
export type PracticeErrors = Partial<Record<PracticeFieldName, PracticeFieldError>>;

/** What the editor keeps on the device between two visits: one sheet in progress per group. */
export interface SavedPracticeDraft {
  /** The sheet it changes; `null` for one not yet saved to the server. */
  sheetId: string | null;
  /** The version the changes were made on: a later one means someone else saved meanwhile. */
  baseVersion: number | null;
  values: PracticeEditorValues;
  /** ISO instant of the last change. */
  at: string;
}

export interface PracticeEditorInput {
  /** Id or slug of the group; unused in `review` mode. */
  space: string;
  /** @default 'group' */
  mode?: PracticeEditorMode;
  /** Language of the sheets written and read. @default 'fr' */
  locale?: Locale;
}

export interface PracticeLoadRequest {
  space: string;
  mode: PracticeEditorMode;
  locale: Locale;
}

export interface PracticeLoadResult {
  /** `group`: the group's sheets, every status; `review`: the sheets waiting for review, oldest first. */
  sheets: PracticeView[];
  /** `review`: published sheets of the council's groups and those other councils share; `group`: empty. */
  published: PracticeView[];
  /** The sheet in progress kept on this device, if any (`group` mode). */
  saved: SavedPracticeDraft | null;
}

/** Save what the group typed: a new sheet (`sheetId` null) or a new version of one. */
export interface PracticeSaveRequest {
  space: string;
  locale: Locale;
  sheetId: string | null;
  expectedVersion: number | null;
  values: PracticeEditorValues;
  /** Whether the values changed since the last save: an unchanged sheet is submitted as it is. */
  changed: boolean;
  /** Then submit it for review. */
  submit: boolean;
}

/** A council editor's step on a sheet, at the version shown. */
export interface PracticeActRequest {
  sheetId: string;
  locale: Locale;
  expectedVersion: number;
  command:
    | { type: 'practice.publish' }
    | { type: 'practice.return'; reason: string }
    | { type: 'practice.share'; shared: boolean };
}

/** Check the values before a save (`draft`: a title, lengths) or a submit (`complete`: every field). */
export interface PracticeCheckRequest {
  values: PracticeEditorValues;
  level: 'draft' | 'complete';
}

export interface PracticeFetchRequest {
  sheetId: string;
  locale: Locale;
}

/**
 * What failed. A save that succeeded before its submit was refused carries the saved sheet
 * (`saved`), so the next save starts from its version.
 */
export type PracticeFailure = BackendError & { saved?: PracticeView };

/** What the last step did, for the status line. */
export interface PracticeOutcome {
  type: 'saved' | 'submitted' | 'published' | 'returned' | 'shared' | 'unshared' | 'restored' | 'changedMeanwhile';
  title: string;
}

export interface PracticeEditorContext {
  space: string;
  mode: PracticeEditorMode;
  locale: Locale;
  sheets: PracticeView[];
  published: PracticeView[];
  /** The sheet open, as the server last answered it; `null` for a new one not yet saved. */
  current: PracticeView | null;
  /** The version the changes are made on: sent as `If-Match`, so nobody's work is overwritten unseen. */
  baseVersion: number | null;
  values: PracticeEditorValues;
  /** Whether `values` hold changes the server does not have yet. */
  dirty: boolean;
  errors: PracticeErrors;
  /** Changes left when the sheet was closed unsaved (also kept on the device), to resume. */
  kept: SavedPracticeDraft | null;
  /** A council editor's reason to return a sheet, as typed. */
  reason: string;
  reasonError: 'required' | 'tooLong' | null;
  /** What the person asked while the values are checked: save them, or submit the sheet. */
  intent: 'save' | 'submit' | null;
  /** The review step on its way. */
  pending: PracticeActRequest['command'] | null;
  /** The server's version of the sheet after a conflict, once read. */
  theirs: PracticeView | null;
  outcome: PracticeOutcome | null;
  /** Why the list could not be read. */
  failure: BackendError | null;
  /** Why the last save, submit or review step was not recorded. */
  actionFailure: BackendError | null;
}

export type PracticeEditorEvent =
  /** Load the list, once the element knows its attributes; or load it again. */
  | { type: 'editor.load' }
  | { type: 'editor.retry' }
  /** Group: start a new sheet. */
  | { type: 'editor.new' }
  /** Open one of the listed sheets: to write it (group), to review it (editor). */
  | { type: 'editor.open'; sheetId: string }
  /** Group: go back to the changes kept when a sheet was closed unsaved. */
  | { type: 'editor.resume' }
  /** Back to the list; unsaved changes are kept (see `kept`). */
  | { type: 'editor.close' }
  | { type: 'editor.change'; field: PracticeTextField | PracticeListField; value: string }
  | { type: 'editor.phase'; phase: PhaseId; on: boolean }
  | { type: 'testimony.add' }
  | { type: 'testimony.change'; index: number; field: TestimonyField; value: string }
  | { type: 'testimony.remove'; index: number }
  /** See the sheet as it will be published; `editor.edit` goes back to the form. */
  | { type: 'editor.preview' }
  | { type: 'editor.edit' }
  | { type: 'editor.save' }
  /** Save if needed, then send the sheet to the council for review. */
  | { type: 'editor.submit' }
  /** After a conflict: take the other person's version (mine is dropped). */
  | { type: 'conflict.theirs' }
  /** After a conflict: save mine over theirs. */
  | { type: 'conflict.mine' }
  /** Editor: publish the sheet under review. */
  | { type: 'review.publish' }
  /** Editor: ask for a reason to return it. */
  | { type: 'review.return' }
  | { type: 'review.reason'; value: string }
  | { type: 'review.confirm' }
  | { type: 'review.cancel' }
  /** Editor: share the published sheet with every council on the server, or stop sharing it. */
  | { type: 'review.share'; shared: boolean };
