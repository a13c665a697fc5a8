// A commitment's planned steps (milestones) and its "late" flag, as a citizen reads them.
import type { ParticipeBackend } from '@participe/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import './participe-contribution-detail.js';
import { answeredWithSteps, eventually, expectNoAxeViolations, NOW, seeded, shadow, text } from '../testing/browser.js';

const planned = answeredWithSteps('Le guichet ouvre trop tard');

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

  it('marks each step with the language the answer was written in, inside the page’s sentence', async () => {
    document.documentElement.lang = 'en';
    const { backend } = await seeded([planned]); // an answer stored without a language: French
    const el = await mount(backend, { contribution: planned.id });
    await eventually(() => expect(shadow(el).querySelector('[part~="steps"]')).not.toBeNull());
    const steps = [...shadow(el).querySelectorAll('[part~="steps"] li')];
    expect(steps.map((li) => [li.querySelector('span')?.getAttribute('lang'), text(li.querySelector('span'))])).toEqual(
      [
        ['fr', 'Recruter un agent d’accueil'],
        ['fr', 'Afficher les nouveaux horaires'],
      ],
    );
    expect(steps.every((li) => !li.hasAttribute('lang'))).toBe(true); // the sentence around: the page's
    await expectNoAxeViolations(el);
  });

  it('in FALC too', async () => {
    const { backend } = await seeded([planned]);
    const el = await mount(backend, { contribution: planned.id, variant: 'falc' });
    await eventually(() => expect(text(shadow(el).querySelector('[part~="late"]'))).toBe('C’est en retard.'));
    await expectNoAxeViolations(el);
  });
});
