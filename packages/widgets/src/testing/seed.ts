// Seeds shared by the widgets' browser tests and their stories (never exported): a real
// in-process back end over the memory store, filled through the contribution machine.
// No test runner is imported here, so Storybook can bundle it. The adapters' builders are
// not exported, so they are reached by path.
import { createLocalBackend } from '@participe/adapters/local';
import { MemoryStore } from '@participe/adapters/memory';
import type { ParticipeStore } from '@participe/core';
import { author, contribution, facilitator, pro, space } from '../../../adapters/src/testing/fixtures.js';

type Options = NonNullable<Parameters<typeof contribution>[0]>;
type Steps = NonNullable<Options['apply']>;
export type Built = ReturnType<typeof contribution>;

/** A contribution built through the machine: its creation, then `steps` (events). */
export const build = (opts: Omit<Options, 'apply'>, steps: Steps = []) => contribution({ ...opts, apply: steps });

/** The tests' "today": contributions published in early January are past a 60-day delay. */
export const NOW = new Date('2026-03-15T12:00:00.000Z');

export const waiting = (title: string, at: string, over: Omit<Options, 'apply'> = {}) =>
  build({ title, at, ...over }, [{ type: 'contribution.submit', actor: author }]);

/** Answered on 21 January, with a commitment 40 % done. */
export const answeredWithProgress = (title: string, over: Omit<Options, 'apply'> = {}) =>
  build({ title, at: '2026-01-02T09:00:00.000Z', ...over }, [
    { type: 'contribution.submit', actor: author },
    { type: 'contribution.review', actor: pro },
    {
      type: 'contribution.decide',
      actor: pro,
      answer: {
        verdict: 'accepted',
        text: 'Nous ajoutons un départ à 8 h 10, car le guichet ouvre à 8 h 30.',
        service: 'Direction des mobilités',
      },
    },
    { type: 'contribution.publish', actor: pro, at: '2026-01-21T10:00:00.000Z' },
    {
      type: 'contribution.commit',
      actor: pro,
      commitment: { id: 'k_1', what: 'Ajouter un départ à 8 h 10', owner: 'Service mobilité', due: '2026-09-01' },
    },
    { type: 'contribution.start', actor: pro },
    {
      type: 'contribution.progress',
      actor: pro,
      update: { commitmentId: 'k_1', text: 'Le nouvel horaire est voté.', percent: 40 },
    },
  ]);

/**
 * Answered in 4 days (10 → 15 January), with a commitment in two planned steps: the first (due
 * 28 February) met on 20 February at 50 %, the second (due 10 March) not — late on `NOW`.
 */
export const answeredWithSteps = (title: string, over: Omit<Options, 'apply'> = {}) =>
  build({ title, at: '2026-01-10T09:00:00.000Z', ...over }, [
    { type: 'contribution.submit', actor: author },
    { type: 'contribution.review', actor: pro },
    {
      type: 'contribution.decide',
      actor: pro,
      answer: { verdict: 'accepted', text: 'Nous ouvrons plus tôt.', service: 'Maison des solidarités' },
    },
    { type: 'contribution.publish', actor: pro, at: '2026-01-15T09:00:00.000Z' },
    {
      type: 'contribution.commit',
      actor: pro,
      commitment: {
        id: 'k_2',
        what: 'Ouvrir le guichet à 8 h 30',
        owner: 'Maison des solidarités',
        due: '2026-06-30',
        milestones: [
          { id: 'm_1', label: 'Recruter un agent d’accueil', due: '2026-02-28' },
          { id: 'm_2', label: 'Afficher les nouveaux horaires', due: '2026-03-10' },
        ],
      },
    },
    { type: 'contribution.start', actor: pro },
    {
      type: 'contribution.progress',
      actor: pro,
      at: '2026-02-20T10:00:00.000Z',
      update: { commitmentId: 'k_2', text: 'L’agent est recruté.', percent: 50, milestonesMet: ['m_1'] },
    },
  ]);

export const hiddenOne = (title: string, over: Omit<Options, 'apply'> = {}) =>
  build({ title, at: '2026-02-01T09:00:00.000Z', ...over }, [
    { type: 'contribution.submit', actor: author },
    { type: 'contribution.hide', actor: facilitator, reason: 'Le texte cite le nom d’une personne.' },
  ]);

/**
 * Stores a built contribution with all its events, as the service would. The adapters'
 * `storeBuilt` does the same but lives beside vitest assertions, which a story cannot load.
 */
async function store(target: ParticipeStore, c: Built) {
  const created = await target.createContribution({ view: c.initialView, events: [c.created], private: c.private });
  if (!created.ok) throw new Error(`seed: could not create ${c.id}`);
  for (const [i, step] of c.steps.entries()) {
    const r = await target.appendEvent({
      contributionId: c.id,
      expectedVersion: i + 1,
      event: step.event,
      view: step.view,
    });
    if (!r.ok) throw new Error(`seed: ${step.event.type} on ${c.id} failed: ${r.reason}`);
  }
}

/** The follow-up code and the secret code the author of an `authored` contribution holds. */
export const AUTHOR_CODE = 'K7P-4QX';
export const AUTHOR_SECRET = 'lapin-sapin-orage-galet-cerise-moulin';

/** The same contribution with its author's follow-up code, secret code and e-mail, as the service stores them. */
export async function authored(c: Built, code = AUTHOR_CODE, secret = AUTHOR_SECRET): Promise<Built> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(secret));
  const secretHash = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  // The fixtures' type says "no contact"; the store keeps whatever the service would.
  const contact = { email: 'camille@exemple.fr', consent: true } as unknown as Built['private']['contact'];
  return { ...c, private: { contact, followUpCode: code, secretHash } };
}

/** A memory store with the default space (`groupe-rsa-nord`) and the given contributions, and its back end. */
export async function seeded(built: Built[], now = NOW) {
  const memory = new MemoryStore();
  await memory.putSpace(space());
  for (const c of built) await store(memory, c);
  return { store: memory, backend: createLocalBackend(memory, { now: () => now }) };
}

export { failing, gated } from './doubles.js';
