// The diagnostic answers the questionnaire loaded through the API for its space (an
// integrator's own, `PUT /api/spaces/{space}/diagnostics/questionnaire`), else its
// council's; the built-in one only when there is no API to ask.
import { createLocalBackend } from '@participe/adapters/local';
import { MemoryStore } from '@participe/adapters/memory';
import { createParticipeService } from '@participe/adapters/service';
import { getDefaultQuestionnaire, type ParticipeBackend } from '@participe/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './participe-diagnostic.js';
import { space } from '../../../adapters/src/testing/fixtures.js';
import { eventually, expectNoAxeViolations, failing, shadow, text } from '../testing/browser.js';
import { CONTENT, clearDrafts, tiny } from './diagnostic.fixtures.js';

type Diagnostic = HTMLElementTagNameMap['participe-diagnostic'];

const EDITOR = { role: 'professional', memberId: 'acc_editor', spaceIds: [], admin: true } as const;
const OWN_QUESTION = 'Votre groupe se réunit-il chaque mois ?';
const COUNCIL_QUESTION = 'Le conseil départemental vous a-t-il répondu ?';

/** A council whose space `groupe-rsa-nord` has its own questionnaire, and whose other spaces answer the council's. */
async function council() {
  const store = new MemoryStore();
  await store.putSpace(space());
  await store.putSpace(space({ id: 's_sud', slug: 'groupe-sud', name: 'Groupe du secteur Sud' }));
  const editor = createParticipeService({ store }).as(EDITOR);
  await editor.putSpaceQuestionnaire('groupe-rsa-nord', tiny({ label: OWN_QUESTION }), { expectedVersion: 0 });
  await editor.putQuestionnaire(
    {
      ...tiny({ label: COUNCIL_QUESTION }),
      id: 'diagnostic-du-conseil',
      title: { standard: 'Le diagnostic du conseil', falc: 'Le diagnostic du conseil' },
    },
    { expectedVersion: 0 },
  );
  return createLocalBackend(store);
}

async function mount(backend: ParticipeBackend | null, spaceRef = 'groupe-rsa-nord') {
  const el = document.createElement('participe-diagnostic');
  el.backend = backend;
  el.content = CONTENT;
  el.setAttribute('space', spaceRef);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const heading = (el: Diagnostic) => text(shadow(el).querySelector('[part~="heading"]'));
const button = (el: Diagnostic, label: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label)!;
const firstQuestion = (el: Diagnostic) => text(shadow(el).querySelector('fieldset legend'));

beforeEach(async () => {
  document.documentElement.lang = 'fr';
  await clearDrafts();
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('participe-diagnostic, questionnaire from the API', () => {
  it('shows the questionnaire an integrator PUT for the space, question by question', async () => {
    const el = await mount(await council());
    await eventually(() => expect(heading(el)).toBe('Notre petit diagnostic'));
    await userEvent.click(button(el, 'Commencer'));
    await eventually(() => expect(firstQuestion(el)).toContain(OWN_QUESTION));
    await expectNoAxeViolations(el);
  });

  it('shows the council’s questionnaire to a space without its own', async () => {
    const el = await mount(await council(), 'groupe-sud');
    await eventually(() => expect(heading(el)).toBe('Le diagnostic du conseil'));
    await userEvent.click(button(el, 'Commencer'));
    await eventually(() => expect(firstQuestion(el)).toContain(COUNCIL_QUESTION));
  });

  it('falls back to the built-in questionnaire only without an API to ask', async () => {
    const builtin = getDefaultQuestionnaire('fr').title.standard.replace(/\s+/g, ' ');
    const none = await mount(null);
    await eventually(() => expect(heading(none)).toBe(builtin));
    const { getQuestionnaire: _none, ...older } = await council();
    const without = await mount(older);
    await eventually(() => expect(heading(without)).toBe(builtin));
  });

  it('says when the API cannot give the questionnaire, and shows the space’s once it can', async () => {
    const down = failing(await council(), ['getQuestionnaire'], { kind: 'offline', message: 'down' });
    const el = await mount(down.backend);
    const alert = () => shadow(el).querySelector('[role="alert"]');
    await eventually(() => expect(text(alert())).toContain('Vous n’êtes pas connecté à Internet.'));
    await expectNoAxeViolations(el);
    down.heal();
    await userEvent.click(alert()!.querySelector('button')!);
    await eventually(() => expect(heading(el)).toBe('Notre petit diagnostic'));
    await userEvent.click(button(el, 'Commencer'));
    await eventually(() => expect(firstQuestion(el)).toContain(OWN_QUESTION));
  });
});
