import type { DraftStore } from '@participe/adapters/browser';
import type { SavedContentDraft } from '@participe/core';

// Loaded once per page on first use, like the lazy message tables: the module, not state.
let drafts: Promise<DraftStore<SavedContentDraft>> | null = null;

/**
 * The edit in progress of each council (the API's address names it), in this browser's
 * IndexedDB: which entry (kind and id), the version it was read at, and the form's texts —
 * never the editor's token. A reload or a closed tab loses nothing; the record is dropped
 * once the entry is saved, its edit discarded, or the form closed. The module that opens
 * IndexedDB loads only when the editor starts.
 */
export const contentDrafts = (): Promise<DraftStore<SavedContentDraft>> => {
  drafts ??= import('@participe/adapters/browser').then((m) =>
    m.createDraftStore<SavedContentDraft>('participe-content-drafts'),
  );
  return drafts;
};

const inProcess = new WeakMap<object, string>();

/**
 * The council an editor works for, as the device keys its edit: the API's address. An API
 * given in-process (tests, stories, demos) is its own council for as long as the page has it,
 * so two stories or two tests never take up each other's edit.
 */
export function councilKey(endpoint: string, api: object | null): string {
  if (!api) return endpoint.trim().replace(/\/+$/, '');
  let key = inProcess.get(api);
  if (!key) {
    key = `in-process:${Math.random().toString(36).slice(2)}`;
    inProcess.set(api, key);
  }
  return key;
}
