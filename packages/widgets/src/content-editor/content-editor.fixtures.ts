// Seeds for the content editor's browser tests and stories (never exported, no test runner
// imported, so Storybook can bundle it): the real service in-process over the memory store,
// seeded from the built-in packs on first read, acting as a council editor or another role.
import { MemoryStore } from '@participe/adapters/memory';
import { createParticipeService } from '@participe/adapters/service';
import type { ContentEditorApi } from './content-editor.api.js';

export const NOW = new Date('2026-03-15T12:00:00.000Z');

/** A council editor (not an administrator). Ids are invented. */
export const EDITOR = { role: 'professional', memberId: 'acc_editrice', spaceIds: [], editor: true } as const;
/** Another editor of the same council, who saves meanwhile. */
export const OTHER_EDITOR = { role: 'professional', memberId: 'acc_redacteur', spaceIds: [], editor: true } as const;
/** A group's facilitator: may not edit the council's content. */
export const FACILITATOR = { role: 'facilitator', memberId: 'm_fac', spaceIds: ['s_nord'] } as const;

type Who = typeof EDITOR | typeof OTHER_EDITOR | typeof FACILITATOR | null;

/** One council's content; `as(who)` is the API as that person calls it. */
export function contentSeed() {
  const store = new MemoryStore();
  const service = createParticipeService({ store, now: () => NOW });
  const as = (who: Who): ContentEditorApi =>
    service.as(who && { ...who, spaceIds: [...who.spaceIds] }, 'fr') as unknown as ContentEditorApi;
  return { store, as, editor: as(EDITOR) };
}

/** An API whose list never answers: the loading state. */
export function stalledContent(api: ContentEditorApi): ContentEditorApi {
  return { ...api, listResources: () => new Promise<never>(() => {}) };
}
