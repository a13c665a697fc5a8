import { keyValueTable } from './idb.js';

/** Drafts of one form, one per space, kept in the person's own browser. */
export interface DraftStore<T> {
  save(space: string, draft: T): Promise<void>;
  /** The saved draft of `space`, or `null`. */
  load(space: string): Promise<T | null>;
  clear(space: string): Promise<void>;
}

/**
 * Drafts in the IndexedDB database `name`, keyed by space id or slug, so a reload or a
 * crashed tab loses nothing. Nothing leaves the device; the widget clears the draft once
 * the contribution is acknowledged.
 */
export function createDraftStore<T>(name = 'participe-drafts'): DraftStore<T> {
  const table = keyValueTable<T>(name, 'drafts');
  return {
    save: (space, draft) => table.put(space, draft),
    load: async (space) => (await table.get(space)) ?? null,
    clear: (space) => table.delete(space),
  };
}
