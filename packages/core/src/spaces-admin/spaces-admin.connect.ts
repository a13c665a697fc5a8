import type { SnapshotFrom } from 'xstate';
import type { SpaceFields } from '../store/administration.port.js';
import type { SpacesAdminMachine } from './spaces-admin.machine.js';
import type { SpacesAdminEvent } from './spaces-admin.types.js';

export type SpacesAdminSnapshot = SnapshotFrom<SpacesAdminMachine>;

/** The machine's states, as the view names them. */
export const SPACES_ADMIN_STATES = ['idle', 'loading', 'error', 'ready', 'saving'] as const;
export type SpacesAdminState = (typeof SPACES_ADMIN_STATES)[number];

/** The form's fields, in the order it shows them. */
export const SPACE_FIELDS = ['name', 'slug', 'policyArea', 'territory', 'answerWithinDays', 'premoderation'] as const;
export type SpaceField = (typeof SPACE_FIELDS)[number];

/**
 * What the widget shows for a snapshot, and what a person may do: the element renders the
 * view and calls `api.save(fields)`, `api.select(id)`…; it never builds an event itself.
 */
export function connectSpacesAdmin(snapshot: SpacesAdminSnapshot, send: (event: SpacesAdminEvent) => void) {
  const c = snapshot.context;
  const state = snapshot.value as SpacesAdminState;
  const open = c.editing === 'new' ? null : (c.spaces.find((s) => s.id === c.editing) ?? null);
  const issues = c.refusal?.issues ?? [];
  return {
    state,
    busy: state === 'idle' || state === 'loading',
    saving: state === 'saving',
    /** Open ones first, then archived ones, each by name. */
    spaces: [...c.spaces].sort(
      (a, b) => Number(Boolean(a.archivedOn)) - Number(Boolean(b.archivedOn)) || a.name.localeCompare(b.name, 'fr'),
    ),
    /** The form: `new`, a space, or closed. */
    form: c.editing === null ? null : c.editing === 'new' || !open ? ('new' as const) : open,
    failure: c.failure,
    refusal: c.refusal,
    /** Someone else saved first: the form's version is old. */
    conflict: c.refusal?.kind === 'conflict',
    saved: c.saved,
    /** The server's message for a field, if it refused it. */
    fieldError: (field: SpaceField): string | null => issues.find((i) => i.path[0] === field)?.message ?? null,
    /** Issues that name no field of the form. */
    otherIssues: issues.filter((i) => !(SPACE_FIELDS as readonly string[]).includes(i.path[0] ?? '')),
    load: () => send({ type: 'spacesAdmin.load' }),
    retry: () => send({ type: 'spacesAdmin.retry' }),
    select: (id: string) => send({ type: 'spacesAdmin.select', id }),
    create: () => send({ type: 'spacesAdmin.create' }),
    cancel: () => send({ type: 'spacesAdmin.cancel' }),
    save: (fields: SpaceFields) => send({ type: 'spacesAdmin.save', fields }),
    archive: (archived: boolean) => send({ type: 'spacesAdmin.archive', archived }),
  };
}

export type SpacesAdminView = ReturnType<typeof connectSpacesAdmin>;
