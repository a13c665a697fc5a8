import type { AdministrationBackend } from '@participe/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './participe-staff-admin.js';
import { administered, failing, gated } from '../testing/administration.seed.js';
import { eventually, expectNoAxeViolations, shadow, text } from '../testing/browser.js';
import { signedInLate } from '../testing/doubles.js';

type El = HTMLElementTagNameMap['participe-staff-admin'];

async function mount(backend: AdministrationBackend) {
  const el = document.createElement('participe-staff-admin');
  el.backend = backend;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const part = (el: El, name: string) => shadow(el).querySelector(`[part~="${name}"]`);
const status = (el: El) => text(part(el, 'status'));

beforeEach(() => {
  document.documentElement.lang = 'fr';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('participe-staff-admin', () => {
  it('invites someone with the keyboard only, lists them, then removes their access', async () => {
    const gate = gated((await administered()).backend, ['listStaff']);
    const el = await mount(gate.backend);
    await eventually(() => expect(status(el)).toBe('Chargement de l’équipe…'));
    await expectNoAxeViolations(el);
    gate.open();
    await eventually(() => expect(status(el)).toBe('Personne n’est encore invité.'));
    shadow(el).querySelector<HTMLInputElement>('#staff-email')!.focus();
    await userEvent.keyboard('camille.martin@departement.example');
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await expectNoAxeViolations(el);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await eventually(() =>
      expect(status(el)).toBe(
        'camille.martin@departement.example est invité·e : sa première connexion avec cette adresse active son compte.',
      ),
    );
    expect(text(part(el, 'list'))).toMatch(/Animateur ou animatrice · Groupe ressource du secteur Nord · invité/);
    const [account] = await gate.backend.listStaff();
    expect(account).toMatchObject({ role: 'facilitator', spaceIds: ['groupe-rsa-nord'], admin: false, editor: false });
    await expectNoAxeViolations(el);

    shadow(el).querySelector<HTMLButtonElement>('[part~="list"] button')!.click();
    await eventually(() => expect(status(el)).toMatch(/n’a plus accès/));
    expect((await gate.backend.listStaff())[0]!.status).toBe('removed');
  });

  it('invites an editor of the council, whose role is said in one plain sentence, with the keyboard only', async () => {
    const el = await mount((await administered()).backend);
    await eventually(() => expect(status(el)).toBe('Personne n’est encore invité.'));
    const choices = [...shadow(el).querySelectorAll<HTMLInputElement>('input[name="council"]')];
    expect(choices.map((c) => [c.value, c.checked])).toEqual([
      ['none', true],
      ['editor', false],
      ['admin', false],
    ]);
    expect(text(shadow(el).querySelector('label[for="staff-council-editor"]'))).toMatch(
      /^Éditeur ou éditrice : modifie les contenus .* et publie les fiches pratiques des groupes\.$/,
    );
    shadow(el).querySelector<HTMLInputElement>('#staff-email')!.focus();
    await userEvent.keyboard('alex.durand@departement.example');
    // The role in the groups, the group, then the council's role: one stop, arrows choose.
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    expect(shadow(el).querySelector<HTMLInputElement>('#staff-council-editor')!.checked).toBe(true);
    await expectNoAxeViolations(el);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(status(el)).toMatch(/^alex\.durand@departement\.example est invité·e/));
    expect(text(part(el, 'list'))).toMatch(/Professionnel ou professionnelle · édition des contenus · invité/);
    const [account] = await el.backend!.listStaff();
    expect(account).toMatchObject({
      email: 'alex.durand@departement.example',
      editor: true,
      admin: false,
      spaceIds: [],
    });
    await expectNoAxeViolations(el);
  });

  it('names a refused e-mail beside the field', async () => {
    const el = await mount((await administered()).backend);
    await eventually(() => expect(status(el)).toBe('Personne n’est encore invité.'));
    shadow(el).querySelector<HTMLInputElement>('#staff-email')!.value = 'pas-une-adresse';
    shadow(el).querySelector<HTMLButtonElement>('button.primary')!.click();
    await eventually(() => expect(shadow(el).querySelector('#staff-email')!.getAttribute('aria-invalid')).toBe('true'));
    expect(part(el, 'failure')!.getAttribute('role')).toBe('alert');
    await expectNoAxeViolations(el);
  });

  it('says why an invitation was not sent: no connection, or a session that expired', async () => {
    for (const [error, said] of [
      [
        { kind: 'offline', status: 0, message: 'down' },
        'Vous n’êtes pas connecté à Internet. L’enregistrement n’a pas abouti. Réessayez dans un moment.',
      ],
      [
        { kind: 'unauthorized', status: 401, message: 'expired' },
        'Seuls les administrateurs de la collectivité gèrent l’équipe.',
      ],
    ] as const) {
      const broken = failing((await administered()).backend, ['inviteStaff'], error);
      const el = await mount(broken.backend);
      await eventually(() => expect(status(el)).toBe('Personne n’est encore invité.'));
      shadow(el).querySelector<HTMLInputElement>('#staff-email')!.value = 'camille.martin@departement.example';
      shadow(el).querySelector<HTMLButtonElement>('button.primary')!.click();
      await eventually(() => expect(text(part(el, 'failure'))).toBe(said));
      document.body.replaceChildren();
    }
  });

  it('uses the token the host page sets while the team is loading (a slow sign-in)', async () => {
    let el: El | undefined;
    const api = signedInLate((await administered()).backend, ['listStaff'], () => el?.token ?? null);
    el = await mount(api.backend);
    await eventually(() => expect(api.tokens).toEqual([null]));
    el.token = 'administrator-token';
    await el.updateComplete;
    api.answer();
    await eventually(() => expect(status(el!)).toBe('Personne n’est encore invité.'));
    expect(api.tokens).toEqual([null, 'administrator-token']);
    expect(part(el, 'error')).toBeNull();
  });

  it('says what went wrong, retries, and refuses an account that is no administrator', async () => {
    const broken = failing((await administered()).backend, ['listStaff'], { kind: 'offline', message: 'down' });
    const el = await mount(broken.backend);
    await eventually(() => expect(text(part(el, 'error'))).toMatch(/n’a pas pu être affichée/));
    await expectNoAxeViolations(el);
    broken.heal();
    part(el, 'error')!.querySelector('button')!.click();
    await eventually(() => expect(status(el)).toBe('Personne n’est encore invité.'));
    document.body.replaceChildren();
    const pro = await administered({ caller: { role: 'professional', memberId: 'pro_1', spaceIds: ['s_nord'] } });
    const denied = await mount(pro.backend);
    await eventually(() => expect(text(part(denied, 'error'))).toMatch(/Seuls les administrateurs/));
  });

  it('speaks English on an English page', async () => {
    document.documentElement.lang = 'en';
    const el = await mount((await administered()).backend);
    await eventually(() => expect(status(el)).toBe('Nobody is invited yet.'));
    await expectNoAxeViolations(el);
  });
});
