import type { AdministrationBackend } from '@participe/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './participe-spaces-admin.js';
import { administered, failing, gated } from '../testing/administration.seed.js';
import { eventually, expectNoAxeViolations, shadow, text } from '../testing/browser.js';

type El = HTMLElementTagNameMap['participe-spaces-admin'];

async function mount(backend: AdministrationBackend) {
  const el = document.createElement('participe-spaces-admin');
  el.backend = backend;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const part = (el: El, name: string) => shadow(el).querySelector(`[part~="${name}"]`);
const status = (el: El) => text(part(el, 'status'));
const input = (el: El, field: string) => shadow(el).querySelector<HTMLInputElement>(`#space-${field}`)!;
const button = (el: El, label: RegExp) =>
  [...shadow(el).querySelectorAll('button')].find((b) => label.test(text(b)) || label.test(b.ariaLabel ?? ''))!;

beforeEach(() => {
  document.documentElement.lang = 'fr';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('participe-spaces-admin', () => {
  it('says it is loading, then lists the groups (archived ones last), without axe violations', async () => {
    const gate = gated((await administered()).backend, ['listSpaces']);
    const el = await mount(gate.backend);
    await eventually(() => expect(status(el)).toBe('Chargement des groupes…'));
    expect(part(el, 'base')!.getAttribute('aria-busy')).toBe('true');
    await expectNoAxeViolations(el);
    gate.open();
    await eventually(() => expect(status(el)).toBe('2 groupes.'));
    const items = [...part(el, 'list')!.querySelectorAll('li')].map((li) => text(li));
    expect(items[0]).toMatch(/^Groupe ressource du secteur Nord groupe-rsa-nord/);
    expect(items[1]).toMatch(/archivé/);
    await expectNoAxeViolations(el);
  });

  it('creates a group with the keyboard only, then shows how to embed its form', async () => {
    const { backend, store } = await administered();
    const el = await mount(backend);
    await eventually(() => expect(status(el)).toBe('2 groupes.'));
    button(el, /^Nouveau groupe$/).focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(shadow(el).activeElement?.id).toBe('space-name'));
    await userEvent.keyboard('Groupe ressource RSA du secteur Sud');
    await userEvent.tab();
    await userEvent.keyboard('groupe-rsa-sud');
    await userEvent.tab();
    await userEvent.keyboard('Insertion');
    await userEvent.tab();
    await userEvent.keyboard('Secteur Sud');
    await userEvent.tab();
    await userEvent.keyboard('45');
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await expectNoAxeViolations(el);
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(status(el)).toBe('Le groupe « Groupe ressource RSA du secteur Sud » est créé.'));
    expect(text(part(el, 'embed'))).toContain('space="groupe-rsa-sud"');
    expect(await store.getSpace('groupe-rsa-sud')).toMatchObject({ answerWithinDays: 45, premoderation: true });
    await expectNoAxeViolations(el);
  });

  it('names each refused field beside it, and says when someone else saved first', async () => {
    const { backend, store } = await administered();
    const el = await mount(backend);
    await eventually(() => expect(status(el)).toBe('2 groupes.'));
    button(el, /^Modifier le groupe Groupe ressource du secteur Nord$/).click();
    await eventually(() => expect(input(el, 'slug')).toBeTruthy());
    input(el, 'slug').value = 'groupe-familles-est';
    input(el, 'answerWithinDays').value = '900';
    button(el, /^Enregistrer$/).click();
    await eventually(() => expect(input(el, 'answerWithinDays').getAttribute('aria-invalid')).toBe('true'));
    expect(part(el, 'failure')!.getAttribute('role')).toBe('alert');
    expect(input(el, 'answerWithinDays').getAttribute('aria-describedby')).toContain('space-answerWithinDays-error');
    await expectNoAxeViolations(el);

    // Someone else changes the group meanwhile: the save from the old version is refused.
    await backend.updateSpace('s_nord', { name: 'Nord, renommé ailleurs' }, 1);
    input(el, 'slug').value = 'groupe-rsa-nord';
    input(el, 'answerWithinDays').value = '30';
    button(el, /^Enregistrer$/).click();
    await eventually(() => expect(text(part(el, 'failure'))).toMatch(/Quelqu’un d’autre a modifié ce groupe/));
    button(el, /^Recharger les groupes$/).click();
    await eventually(() => expect(text(part(el, 'list'))).toContain('Nord, renommé ailleurs'));
    expect((await store.getSpace('s_nord'))!.answerWithinDays).toBe(60);
  });

  it('archives a group and brings it back', async () => {
    const { backend, store } = await administered();
    const el = await mount(backend);
    await eventually(() => expect(status(el)).toBe('2 groupes.'));
    button(el, /^Modifier le groupe Groupe ressource du secteur Nord$/).click();
    await eventually(() => expect(button(el, /^Archiver ce groupe$/)).toBeTruthy());
    button(el, /^Archiver ce groupe$/).click();
    await eventually(() => expect(status(el)).toBe('Le groupe « Groupe ressource du secteur Nord » est archivé.'));
    expect((await store.getSpace('s_nord'))!.archivedOn).toBe('2026-03-15');
  });

  it('says what went wrong and loads again on retry; says when the account is no administrator', async () => {
    const broken = failing((await administered()).backend, ['listSpaces'], { kind: 'offline', message: 'down' });
    const el = await mount(broken.backend);
    await eventually(() => expect(text(part(el, 'error'))).toMatch(/n’ont pas pu être affichés/));
    expect(part(el, 'error')!.getAttribute('role')).toBe('alert');
    await expectNoAxeViolations(el);
    broken.heal();
    part(el, 'error')!.querySelector('button')!.focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(status(el)).toBe('2 groupes.'));
    document.body.replaceChildren();
    const pro = await administered({ caller: { role: 'professional', memberId: 'pro_1', spaceIds: ['s_nord'] } });
    const denied = await mount(pro.backend);
    await eventually(() => expect(text(part(denied, 'error'))).toMatch(/Seuls les administrateurs/));
  });

  it('speaks English on an English page', async () => {
    document.documentElement.lang = 'en';
    const el = await mount((await administered({ empty: true })).backend);
    await eventually(() => expect(status(el)).toBe('No group yet. Create the first one.'));
    expect(text(part(el, 'heading'))).toBe("The council's groups");
    await expectNoAxeViolations(el);
  });
});
