// A commitment's planned steps (milestones) and its "late" flag, as a citizen reads them.
import type { ParticipeBackend } from '@participe/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import './participe-contribution-detail.js';
import { build, eventually, expectNoAxeViolations, NOW, seeded, shadow, text } from '../testing/browser.js';

const author = { role: 'author' as const, id: null };
const pro = { role: 'professional' as const, id: 'pro_1' };

/** Answered in January; a commitment whose first step (due 28 February) was met, the second (due 10 March) not. */
const planned = build({ title: 'Le guichet ouvre trop tard', at: '2026-01-10T09:00:00.000Z' }, [
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

async function mount(backend: ParticipeBackend, attrs: Record<string, string> = {}) {
  const el = document.createElement('participe-contribution-detail');
  el.backend = backend;
  el.now = () => NOW;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

beforeEach(() => {
  document.documentElement.lang = 'fr';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('participe-contribution-detail: a commitment’s steps', () => {
  it('lists each step, met or late, and says in words that the commitment is behind', async () => {
    const { backend } = await seeded([planned]);
    const el = await mount(backend, { contribution: planned.id });
    await eventually(() => expect(shadow(el).querySelector('[part~="steps"]')).not.toBeNull());
    const commitment = shadow(el).querySelector('[part~="commitment"]')!;
    expect(text(commitment.querySelector('[part~="late"]'))).toBe('En retard sur ce qui était prévu');
    expect([...commitment.querySelectorAll('[part~="steps"] li')].map(text)).toEqual([
      'Recruter un agent d’accueil, faite le 20 février 2026',
      'Afficher les nouveaux horaires, prévue le 10 mars 2026 : en retard',
    ]);
    await expectNoAxeViolations(el);
  });

  it('in FALC too', async () => {
    const { backend } = await seeded([planned]);
    const el = await mount(backend, { contribution: planned.id, variant: 'falc' });
    await eventually(() => expect(text(shadow(el).querySelector('[part~="late"]'))).toBe('C’est en retard.'));
    await expectNoAxeViolations(el);
  });
});
