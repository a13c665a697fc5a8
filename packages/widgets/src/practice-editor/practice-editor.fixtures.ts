// Seeds for the practice editor's browser tests and stories (never exported, no test runner
// imported, so Storybook can bundle it): a real in-process back office over the memory store,
// a group with a draft, a returned and a submitted sheet, and a council editor.
import { createLocalBackoffice } from '@participe/adapters/local';
import { MemoryStore } from '@participe/adapters/memory';
import type { BackofficeBackend } from '@participe/core';
import { space } from '../../../adapters/src/testing/fixtures.js';
import { practiceContent } from '../../../adapters/src/testing/practice.fixtures.js';
import { NOW } from '../testing/seed.js';

/** A facilitator of the Nord group: writes and submits the group's sheets. */
export const MEMBER = { role: 'facilitator', memberId: 'm_fac', spaceIds: ['s_nord'] } as const;
/** A council editor (an administrator): reviews, publishes, returns, shares. */
export const EDITOR = { role: 'professional', memberId: 'acc_editor', spaceIds: [], admin: true } as const;

export const RETURN_REASON = 'Ajoutez ce qu’en disent les partenaires.';

/**
 * The Nord group with three sheets: "Des réunions à horaire fixe" (a draft),
 * "Un minibus solidaire…" (complete, returned with `RETURN_REASON`), and "Un atelier
 * courriers" (complete, submitted, waiting for review).
 */
export async function practiceSeed() {
  const store = new MemoryStore();
  await store.putSpace(space());
  const as = (caller: typeof MEMBER | typeof EDITOR): BackofficeBackend =>
    createLocalBackoffice(store, {
      caller: { ...caller, spaceIds: [...caller.spaceIds] },
      now: () => NOW,
    });
  const member = as(MEMBER);
  const editor = as(EDITOR);
  const draft = await member.createPractice('groupe-rsa-nord', { title: 'Des réunions à horaire fixe' }, 'fr');
  const minibus = await member.createPractice('groupe-rsa-nord', practiceContent(), 'fr');
  const sent = await member.sendPracticeCommand(minibus.id, { type: 'practice.submit' }, 1, 'fr');
  const returned = await editor.sendPracticeCommand(
    minibus.id,
    { type: 'practice.return', reason: RETURN_REASON },
    sent.version,
    'fr',
  );
  const letters = await member.createPractice(
    'groupe-rsa-nord',
    practiceContent({ title: 'Un atelier courriers', themes: ['accès aux droits'] }),
    'fr',
  );
  const submitted = await member.sendPracticeCommand(letters.id, { type: 'practice.submit' }, 1, 'fr');
  return { store, member, editor, as, ids: { draft: draft.id, returned: returned.id, submitted: submitted.id } };
}

/** A back office whose practice lists never answer: the loading state. */
export function stalled(backend: BackofficeBackend): BackofficeBackend {
  const never = () => new Promise<never>(() => {});
  return { ...backend, listSpacePractices: never, listPracticeQueue: never, listPublishedPractices: never };
}

/** Every practice draft this browser keeps, forgotten: each test starts from none. */
export async function clearDevice(...spaces: string[]) {
  const { practiceDrafts } = await import('./practice-editor.drafts.js');
  const drafts = await practiceDrafts();
  for (const s of spaces) await drafts.clear(s);
}
