// Seeds for the moderation queue's browser tests and stories (never exported, no test
// runner imported, so Storybook can bundle it): a real in-process back office over the
// memory store, with something in every queue.
import { createLocalBackend, createLocalBackoffice } from '@participe/adapters/local';
import type { BackofficeBackend } from '@participe/core';
import { space } from '../../../adapters/src/testing/fixtures.js';
import { hiddenOne, NOW, seeded, waiting } from '../testing/seed.js';

export { NOW } from '../testing/seed.js';

/** A facilitator of the Nord group; the caller of the back office unless told otherwise. */
export const FACILITATOR = { role: 'facilitator', memberId: 'm_fac', spaceIds: ['s_nord'] } as const;
/** A professional of the same group: may answer, may not moderate. */
export const PROFESSIONAL = { role: 'professional', memberId: 'm_pro', spaceIds: ['s_nord'] } as const;

const clock = (iso: string) => () => new Date(iso);

/**
 * The Nord group, pre-moderated from mid-March, with:
 * - "Un bus plus tôt le matin": reported as an insult on 1 March, with a note;
 * - "Horaires de la crèche": reported as advertising on 13 March;
 * - "Un nom cité par erreur": hidden on 1 February;
 * - "Un atelier CV le samedi": sent on 14 March, waiting for approval.
 * `extra` contributions are stored too (published, not reported).
 */
export async function moderationSeed(extra: Parameters<typeof seeded>[0] = []) {
  const { store } = await seeded([
    waiting('Un bus plus tôt le matin', '2026-02-20T09:00:00.000Z', { id: 'c_bus' }),
    waiting('Horaires de la crèche', '2026-03-10T09:00:00.000Z', {
      id: 'c_creche',
      kind: 'question',
      theme: 'famille',
    }),
    hiddenOne('Un nom cité par erreur', { id: 'c_masque' }),
    ...extra,
  ]);
  await createLocalBackend(store, { now: clock('2026-03-01T10:00:00.000Z') }).reportContribution('c_bus', {
    reason: 'insult',
    note: 'La dernière phrase vise une conseillère.',
  });
  await createLocalBackend(store, { now: clock('2026-03-13T10:00:00.000Z') }).reportContribution('c_creche', {
    reason: 'spam',
    note: '',
  });
  await store.putSpace(space({ premoderation: true }));
  const { contribution } = await createLocalBackend(store, {
    now: clock('2026-03-14T10:00:00.000Z'),
  }).createContribution(
    {
      spaceId: 's_nord',
      kind: 'proposal',
      title: 'Un atelier CV le samedi',
      body: 'Beaucoup d’entre nous travaillent en semaine.',
      theme: 'emploi-insertion',
      author: { pseudonym: 'Sam' },
    },
    'seed-atelier-cv-0000001',
  );
  const backoffice = (caller: typeof FACILITATOR | typeof PROFESSIONAL = FACILITATOR): BackofficeBackend =>
    createLocalBackoffice(store, { caller: { ...caller, spaceIds: [...caller.spaceIds] }, now: () => NOW });
  return { store, backoffice, awaitingId: contribution.id };
}

/** A back office whose queue never answers: the loading state. */
export function stalled(backend: BackofficeBackend): BackofficeBackend {
  return { ...backend, listModerationQueue: () => new Promise<never>(() => {}) };
}
