import type { DraftStore } from '@participe/adapters/browser';
import type { SavedPracticeDraft } from '@participe/core';

// Loaded once per page on first use, like the lazy message tables: the module, not state.
let drafts: Promise<DraftStore<SavedPracticeDraft>> | null = null;

/**
 * Sheets in progress, one per group, in this browser's IndexedDB: a reload or a closed tab
 * loses nothing. The module that opens IndexedDB loads only when a group's editor starts.
 */
export const practiceDrafts = (): Promise<DraftStore<SavedPracticeDraft>> => {
  drafts ??= import('@participe/adapters/browser').then((m) =>
    m.createDraftStore<SavedPracticeDraft>('participe-practice-drafts'),
  );
  return drafts;
};
