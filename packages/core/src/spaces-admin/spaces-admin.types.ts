import type { AdminSpace, SpaceFields } from '../store/administration.port.js';
import type { BackendError } from '../store/backend.error.js';

export interface SpacesAdminInput {
  /** Id or slug of the space to open first, if any. @default none: the list alone */
  spaceId?: string;
}

/** What the widget changes: a new space, a space's fields, or whether it is archived. */
export type SpacesAdminSaveRequest =
  | { kind: 'create'; fields: SpaceFields }
  | { kind: 'update'; id: string; patch: Partial<SpaceFields>; version: number }
  | { kind: 'archive'; id: string; archived: boolean; version: number };

export interface SpacesAdminContext {
  /** Every space of the council, archived ones included, in the back end's order. */
  spaces: AdminSpace[];
  /** The space open in the form: its id, `'new'` for a new one, or none. */
  editing: string | null;
  /** Why the last load failed; `null` while loading and once one succeeds. */
  failure: BackendError | null;
  /** Why the last save was refused (field issues, a conflict); cleared by the next action. */
  refusal: BackendError | null;
  /** What the last save did, for the status line. */
  saved: { kind: SpacesAdminSaveRequest['kind']; name: string; archived: boolean } | null;
}

export type SpacesAdminEvent =
  /** Load the spaces, or load them again (after a conflict, to see the other change). */
  | { type: 'spacesAdmin.load' }
  /** Load again after a failure. */
  | { type: 'spacesAdmin.retry' }
  /** Open a space's settings. */
  | { type: 'spacesAdmin.select'; id: string }
  /** Open an empty form for a new space. */
  | { type: 'spacesAdmin.create' }
  /** Close the form without saving. */
  | { type: 'spacesAdmin.cancel' }
  /** Save the form: creates the new space, or changes the open one from the version read. */
  | { type: 'spacesAdmin.save'; fields: SpaceFields }
  /** Archive the open space (or bring it back). */
  | { type: 'spacesAdmin.archive'; archived: boolean };
