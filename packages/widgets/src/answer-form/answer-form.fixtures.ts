// Seeds for the answer form's browser tests and stories (never exported, no test runner
// imported, so Storybook can bundle it): a real in-process back office over the memory
// store, with contributions at each step of the answer workflow.
import { createLocalBackoffice } from '@participe/adapters/local';
import type { BackofficeBackend } from '@participe/core';
import { author, pro, space } from '../../../adapters/src/testing/fixtures.js';
import { build, NOW, seeded, waiting } from '../testing/seed.js';

export { NOW } from '../testing/seed.js';

type Caller = Parameters<typeof createLocalBackoffice>[1]['caller'];
/** The professional the widget acts as. */
export const PROFESSIONAL: Caller = { role: 'professional', memberId: 'm_pro', spaceIds: ['s_nord'] };
/** A colleague of the same group, answering at the same time. */
export const COLLEAGUE: Caller = { role: 'professional', memberId: 'm_pro2', spaceIds: ['s_nord'] };
/** A facilitator of the group: moderates, but never answers. */
export const FACILITATOR: Caller = { role: 'facilitator', memberId: 'm_fac', spaceIds: ['s_nord'] };

export const TEMPLATES = [
  {
    id: 'retenue',
    label: 'Proposition retenue',
    verdict: 'accepted' as const,
    text: 'Merci pour votre proposition. Nous la retenons, car elle répond à un besoin que d’autres ont aussi exprimé.',
  },
  {
    id: 'question',
    label: 'Réponse à une question',
    verdict: 'answered' as const,
    text: 'Merci pour votre question. Voici ce que prévoit le règlement :',
  },
];

const reviewed = { type: 'contribution.review', actor: pro } as const;
const decided = (verdict: 'accepted' | 'answered', text: string) =>
  ({
    type: 'contribution.decide',
    actor: pro,
    answer: { verdict, text, service: 'Direction de l’insertion' },
  }) as const;

/**
 * The Nord group (answers within 60 days, two prepared answers), with:
 * - "Un bus plus tôt le matin": published 5 January, no answer yet (late);
 * - "Un guichet le samedi": under review since February;
 * - "Des ateliers numériques": decided (accepted), not published;
 * - "Horaires de la crèche": a question, decided (answered), not published;
 * - "Un banc devant la mairie": accepted and published, no commitment yet.
 */
export async function answerSeed(extra: Parameters<typeof seeded>[0] = []) {
  const { store } = await seeded([
    waiting('Un bus plus tôt le matin', '2026-01-05T09:00:00.000Z', { id: 'c_bus' }),
    build({ id: 'c_guichet', title: 'Un guichet le samedi', at: '2026-02-10T09:00:00.000Z' }, [
      { type: 'contribution.submit', actor: author },
      reviewed,
    ]),
    build(
      {
        id: 'c_ateliers',
        title: 'Des ateliers numériques',
        at: '2026-02-20T09:00:00.000Z',
        theme: 'numerique',
      },
      [
        { type: 'contribution.submit', actor: author },
        reviewed,
        decided('accepted', 'Nous ouvrons deux ateliers par mois à la médiathèque, car la demande est forte.'),
      ],
    ),
    build(
      {
        id: 'c_creche',
        title: 'Horaires de la crèche',
        at: '2026-03-01T09:00:00.000Z',
        kind: 'question',
        theme: 'famille',
      },
      [
        { type: 'contribution.submit', actor: author },
        reviewed,
        decided('answered', 'La crèche ouvre à 7 h 30 depuis janvier ; le nouvel horaire est affiché à l’accueil.'),
      ],
    ),
    build({ id: 'c_banc', title: 'Un banc devant la mairie', at: '2026-01-20T09:00:00.000Z' }, [
      { type: 'contribution.submit', actor: author },
      reviewed,
      decided('accepted', 'Un banc sera posé au printemps, car la place manque d’endroits pour s’asseoir.'),
      { type: 'contribution.publish', actor: pro },
    ]),
    ...extra,
  ]);
  await store.putSpace(space({ answerTemplates: TEMPLATES }));
  const backoffice = (caller: Caller = PROFESSIONAL): BackofficeBackend =>
    createLocalBackoffice(store, { caller: { ...caller, spaceIds: [...caller.spaceIds] }, now: () => NOW });
  return { store, backoffice };
}

type Method = keyof BackofficeBackend;

/**
 * A back office whose chosen methods wait: each call is held until `release()` lets the
 * pending ones through (loading, sending and publishing states), or fails while `failing`.
 */
export function held(backend: BackofficeBackend, methods: Method[]) {
  const waiting: Array<() => void> = [];
  let failure: unknown = null;
  let holding = true;
  const wrapped = { ...backend };
  for (const m of methods) {
    const original = backend[m] as (...args: unknown[]) => Promise<unknown>;
    (wrapped as Record<string, unknown>)[m] = async (...args: unknown[]) => {
      if (holding) await new Promise<void>((r) => waiting.push(r));
      if (failure) throw failure;
      return original.apply(backend, args);
    };
  }
  return {
    backend: wrapped as BackofficeBackend,
    /** Lets every held call through; later calls pass at once unless `hold()` is called again. */
    release() {
      holding = false;
      for (const r of waiting.splice(0)) r();
    },
    hold() {
      holding = true;
    },
    /** Held and later calls fail with `error` (`null`: they succeed again). */
    fail(error: unknown) {
      failure = error;
    },
    get pending() {
      return waiting.length;
    },
  };
}
