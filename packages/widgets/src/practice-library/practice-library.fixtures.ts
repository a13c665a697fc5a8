// The practice library's seed for its browser tests and stories (never shipped): a real
// in-process back end over the memory store, the council's built-in sheets (seeded at the
// first read, as the API does) and one sheet its group wrote, submitted and got published,
// through the same service as the HTTP API.
import { createLocalBackend, createLocalBackoffice } from '@participe/adapters/local';
import { MemoryStore } from '@participe/adapters/memory';
import type { PracticeContent } from '@participe/core';
import { space } from '../../../adapters/src/testing/fixtures.js';
import { practiceContent } from '../../../adapters/src/testing/practice.fixtures.js';

export const NOW = new Date('2026-03-15T12:00:00.000Z');

/** The council's own sheet: its group's minibus, found by "mobilité" (its theme is written without accent). */
export const OWN_SHEET = practiceContent({ resourceIds: ['frais-de-transport'] });

/** A back end whose council published `sheets` (the group's own) beside the built-in ones. */
export async function librarySeeded(sheets: PracticeContent[] = [OWN_SHEET]) {
  const store = new MemoryStore();
  await store.putSpace(space());
  const member = createLocalBackoffice(store, {
    now: () => NOW,
    caller: { role: 'facilitator', memberId: 'm_fac', spaceIds: ['s_nord'] },
  });
  const editor = createLocalBackoffice(store, {
    now: () => NOW,
    caller: { role: 'professional', memberId: 'acc_editor', spaceIds: [], admin: true },
  });
  const ids: string[] = [];
  for (const sheet of sheets) {
    const draft = await member.createPractice('groupe-rsa-nord', sheet, 'fr');
    const submitted = await member.sendPracticeCommand(draft.id, { type: 'practice.submit' }, draft.version, 'fr');
    await editor.sendPracticeCommand(draft.id, { type: 'practice.publish' }, submitted.version, 'fr');
    ids.push(draft.id);
  }
  return { store, ids, backend: createLocalBackend(store, { now: () => NOW }) };
}
