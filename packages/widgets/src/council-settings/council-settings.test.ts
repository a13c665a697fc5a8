import type { AdministrationBackend } from '@participe/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './participe-council-settings.js';
import { administered, failing, gated } from '../testing/administration.seed.js';
import { eventually, expectNoAxeViolations, shadow, text } from '../testing/browser.js';

type El = HTMLElementTagNameMap['participe-council-settings'];

async function mount(backend: AdministrationBackend) {
  const el = document.createElement('participe-council-settings');
  el.backend = backend;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const part = (el: El, name: string) => shadow(el).querySelector(`[part~="${name}"]`);
const status = (el: El) => text(part(el, 'status'));
const input = (el: El, field: string) => shadow(el).querySelector<HTMLInputElement>(`#council-${field}`)!;

beforeEach(() => {
  document.documentElement.lang = 'fr';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('participe-council-settings', () => {
  it('loads, then saves the settings with the keyboard only; new groups take the default delay', async () => {
    const gate = gated((await administered()).backend, ['getSettings']);
    const el = await mount(gate.backend);
    await eventually(() => expect(status(el)).toBe('Chargement des réglages…'));
    await expectNoAxeViolations(el);
    gate.open();
    await eventually(() => expect(input(el, 'name')).toBeTruthy());
    input(el, 'name').focus();
    await userEvent.keyboard('Département des Hautes-Combes');
    await userEvent.tab();
    await userEvent.keyboard('Participation <participation@hautes-combes.example>');
    await userEvent.tab();
    await userEvent.keyboard('45');
    await expectNoAxeViolations(el);
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(status(el)).toBe('Les réglages sont enregistrés.'));
    expect(await gate.backend.getSettings()).toEqual({
      name: 'Département des Hautes-Combes',
      mailFrom: 'Participation <participation@hautes-combes.example>',
      answerWithinDays: 45,
      version: 1,
    });
    const created = await gate.backend.createSpace({
      slug: 'groupe-sud',
      name: 'Groupe Sud',
      policyArea: 'Insertion',
      territory: 'Sud',
    });
    expect(created.answerWithinDays).toBe(45);
  });

  it('names a refused field beside it, and says when someone else saved first', async () => {
    const { backend } = await administered();
    const el = await mount(backend);
    await eventually(() => expect(input(el, 'answerWithinDays')).toBeTruthy());
    input(el, 'answerWithinDays').value = '900';
    shadow(el).querySelector<HTMLButtonElement>('button.primary')!.click();
    await eventually(() => expect(input(el, 'answerWithinDays').getAttribute('aria-invalid')).toBe('true'));
    expect(part(el, 'failure')!.getAttribute('role')).toBe('alert');
    await expectNoAxeViolations(el);
    await backend.updateSettings({ name: 'Ailleurs' }, 0);
    input(el, 'answerWithinDays').value = '30';
    shadow(el).querySelector<HTMLButtonElement>('button.primary')!.click();
    await eventually(() => expect(text(part(el, 'failure'))).toMatch(/Quelqu’un d’autre a modifié les réglages/));
    shadow(el).querySelector<HTMLButtonElement>('[part~="failure"] button')!.click();
    await eventually(() => expect(input(el, 'name').value).toBe('Ailleurs'));
  });

  it('says that a save made without a connection was not recorded', async () => {
    const broken = failing((await administered()).backend, ['updateSettings'], {
      kind: 'offline',
      status: 0,
      message: 'down',
    });
    const el = await mount(broken.backend);
    await eventually(() => expect(input(el, 'answerWithinDays')).toBeTruthy());
    shadow(el).querySelector<HTMLButtonElement>('button.primary')!.click();
    await eventually(() =>
      expect(text(part(el, 'failure'))).toBe(
        'Vous n’êtes pas connecté à Internet. L’enregistrement n’a pas abouti. Réessayez dans un moment.',
      ),
    );
    await expectNoAxeViolations(el);
  });

  it('says what went wrong, retries, and refuses an account that is no administrator', async () => {
    const broken = failing((await administered()).backend, ['getSettings'], { kind: 'offline', message: 'down' });
    const el = await mount(broken.backend);
    await eventually(() => expect(text(part(el, 'error'))).toMatch(/n’ont pas pu être affichés/));
    await expectNoAxeViolations(el);
    broken.heal();
    part(el, 'error')!.querySelector('button')!.click();
    await eventually(() => expect(input(el, 'name')).toBeTruthy());
    document.body.replaceChildren();
    const pro = await administered({ caller: { role: 'professional', memberId: 'pro_1', spaceIds: ['s_nord'] } });
    const denied = await mount(pro.backend);
    await eventually(() => expect(text(part(denied, 'error'))).toMatch(/Seuls les administrateurs/));
  });

  it('speaks English on an English page', async () => {
    document.documentElement.lang = 'en';
    const el = await mount((await administered()).backend);
    await eventually(() => expect(status(el)).toBe('These settings apply to the whole council.'));
    await expectNoAxeViolations(el);
  });
});
