// The content editor's phase, end to end over loopback HTTP (memory store and PGlite): a
// council's editor reads a phase with the client the widget loads, changes its texts as the
// widget's form does (core's `contentDraftOf` → `changeDraft` → `contentBodyOf`), saves it
// against the version read, and the public page — the cycle's first screen (`fields=label`)
// and the phase itself, read anonymously — shows the change; a save against an older version
// is a conflict that writes nothing.
import { type ContentDraft, changeDraft, contentBodyOf, contentDraftOf, type EditableEntry } from '@participe/core';
import { afterAll, describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../contract/endpoints.js';
import { createClientFor } from '../http/client-for.js';
import { MemoryStore } from '../memory/memory.store.js';
import { openPglite } from '../postgres/pglite.driver.js';
import { storeInFreshSchema } from '../postgres/schema.testing.js';
import { testTokens } from '../testing/tokens.js';
import { createHandler } from './handler.js';
import { type Served, serve } from './serve.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');
/** A council editor; the id is invented. */
const EDITOR = { role: 'professional', memberId: 'acc_editrice', spaceIds: [], editor: true } as const;
const ROWS = {
  getPhase: ENDPOINTS.getPhase,
  putPhase: ENDPOINTS.putPhase,
  getContentHistory: ENDPOINTS.getContentHistory,
};

type Store = Parameters<typeof createHandler>[0]['store'];
const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

const STORES: Array<[string, () => Promise<Store>]> = [
  ['memory', async () => new MemoryStore() as unknown as Store],
  [
    'PGlite',
    async () => {
      const db = await openPglite();
      closers.push(() => db.close());
      return (await storeInFreshSchema(db)) as unknown as Store;
    },
  ],
];

describe.each(STORES)('an editor edits a phase, the public page shows it (%s)', (_name, open) => {
  it('saves the phase’s name, question and a new stake against the version read; a stale save is a conflict', {
    timeout: 120_000,
  }, async () => {
    const tokens = testTokens({ now: () => NOW });
    const served: Served = await serve(
      createHandler({ store: await open(), tokens: tokens.service, now: () => NOW, rateLimit: false }),
      { port: 0 },
    );
    closers.push(() => served.close());
    const token = await tokens.sign(EDITOR);
    const api = createClientFor(ROWS, `${served.url}/api`, { token: () => token, retries: 0 });
    const read = (await api.getPhase('decide', { locale: 'fr' })) as unknown as EditableEntry;
    expect(read.version).toBe(1);

    /** The body the widget sends, as the typed client takes it. */
    const bodyOf = (d: ContentDraft) => contentBodyOf('phase', read, d) as Parameters<typeof api.putPhase>[1];
    let draft = contentDraftOf('phase', read);
    draft = changeDraft(draft, { path: 'label', side: 'standard', value: 'La réponse du conseil, et ses engagements' });
    draft = changeDraft(draft, { path: 'label', side: 'falc', value: 'Le conseil répond au groupe.' });
    draft = changeDraft(draft, {
      path: 'question',
      side: 'standard',
      value: 'Qu’est-ce que le conseil s’engage à faire ?',
    });
    draft = changeDraft(draft, { add: 'stakes' });
    const stake = draft.lists['stakes']!.length - 1;
    draft = changeDraft(draft, { path: `stakes.${stake}`, side: 'standard', value: 'Dire non avec ses raisons.' });
    const saved = (await api.putPhase('decide', bodyOf(draft), {
      locale: 'fr',
      expectedVersion: read.version,
    })) as unknown as EditableEntry;
    expect(saved.version).toBe(2);
    // The question kept its FALC text from before, the new stake has none: flagged, not refused.
    expect(saved.falcMissing).toEqual([`stakes.${stake}`]);
    expect(saved['resourceIds']).toEqual(read['resourceIds']);

    // The public page, read by anyone: the cycle's names, and the phase.
    const labels = (await (await fetch(`${served.url}/api/phases?fields=label&locale=fr`)).json()) as {
      items: Array<{ id: string; label: { standard: string; falc?: string } }>;
    };
    expect(labels.items.find((p) => p.id === 'decide')?.label).toEqual({
      standard: 'La réponse du conseil, et ses engagements',
      falc: 'Le conseil répond au groupe.',
    });
    const publicPhase = await fetch(`${served.url}/api/phases/decide?locale=fr`);
    expect(publicPhase.headers.get('etag')).toBe('"2"');
    const shown = (await publicPhase.json()) as { question: { standard: string }; stakes: Array<{ standard: string }> };
    expect(shown.question.standard).toBe('Qu’est-ce que le conseil s’engage à faire ?');
    expect(shown.stakes.at(-1)).toEqual({ standard: 'Dire non avec ses raisons.' });

    // Someone who read version 1 saves after: 409, and the phase is still version 2.
    const stale = bodyOf(contentDraftOf('phase', read));
    await expect(api.putPhase('decide', stale, { locale: 'fr', expectedVersion: 1 })).rejects.toMatchObject({
      status: 409,
    });
    const after = (await api.getPhase('decide', { locale: 'fr' })) as unknown as EditableEntry;
    expect(after.version).toBe(2);

    const history = await api.getContentHistory('phase', 'decide', { locale: 'fr' });
    expect(history[0]).toMatchObject({
      version: 2,
      actor: { id: 'acc_editrice', role: 'editor' },
      changes: ['label', 'question', 'stakes'],
    });
  });
});
