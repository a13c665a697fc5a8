import type { BackofficeBackend } from '@participe/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './participe-space-composition.js';
import { eventually, expectNoAxeViolations, shadow, text } from '../testing/browser.js';
import {
  belowParity,
  CONCERNED,
  failingBackoffice,
  gatedBackoffice,
  member,
  NOW,
  seededGroup,
} from '../testing/space-admin.seed.js';

type El = HTMLElementTagNameMap['participe-space-composition'];

async function mount(backend: BackofficeBackend, attrs: Record<string, string> = { 'member-role': 'facilitator' }) {
  const el = document.createElement('participe-space-composition');
  el.backend = backend;
  el.now = () => NOW;
  el.setAttribute('space', 'groupe-rsa-nord');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const status = (el: El) => text(shadow(el).querySelector('[part~="status"]'));
const rows = (el: El) => [...shadow(el).querySelectorAll('[part~="members"] tbody tr')];
const rowOf = (el: El, name: string) => rows(el).find((r) => text(r.querySelector('th')) === name);
const meter = (el: El) => shadow(el).querySelector('[role="meter"]');
const warning = (el: El) => shadow(el).querySelector('[part~="parity-warning"]');
const loaded = (el: El) => eventually(() => expect(rows(el).length).toBeGreaterThan(0));
const active = (el: El) => shadow(el).activeElement as HTMLElement | null;

/** Presses Tab until focus reaches `id` in the widget, as a keyboard user would; fails after `max`. */
async function tabTo(el: El, id: string, max = 30) {
  for (let i = 0; i < max && active(el)?.id !== id; i++) await userEvent.tab();
  expect(active(el)?.id).toBe(id);
}

beforeEach(() => {
  document.documentElement.lang = 'fr';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('participe-space-composition', () => {
  it('shows parity as a meter with words, the size, the next renewal and who leaves then', async () => {
    const { backend } = await seededGroup();
    const el = await mount(backend);
    await loaded(el);
    expect(meter(el)?.getAttribute('aria-valuenow')).toBe('50');
    expect(meter(el)?.getAttribute('aria-valuetext')).toBe('50\u00a0% de personnes concernées');
    expect(text(shadow(el).querySelector('[part~="overview"]'))).toContain(
      '3 personnes concernées sur 6 membres, soit 50 %. Le groupe en demande au moins 50 %.',
    );
    expect(warning(el)).toBeNull();
    const overview = text(shadow(el).querySelector('[part~="overview"]'));
    expect(overview).toContain('6 membres aujourd’hui, pour un objectif de 16.');
    expect(overview).toContain('Il manque 10 personnes pour atteindre l’objectif.');
    expect(overview).toContain('Le groupe se renouvelle le 10 janvier 2027.');
    expect(text(shadow(el).querySelector('[part~="leaving"]'))).toBe('Bruno L.');
    expect(text(shadow(el).querySelector('[part~="by-role"]'))).toContain('Personnes concernées : 3');
    expect(text(rowOf(el, 'Bruno L.'))).toContain('Au prochain renouvellement');
    // Only a name, a role and dates: nothing about income, benefits or RSA.
    expect(shadow(el).textContent).not.toMatch(/RSA|revenu|allocation/i);
    await expectNoAxeViolations(el);
  });

  it('warns, as an alert with the rule in words, when people concerned are below 50 %', async () => {
    const { backend } = await seededGroup({ members: belowParity() });
    const el = await mount(backend);
    await loaded(el);
    expect(meter(el)?.getAttribute('aria-valuenow')).toBe('40');
    expect(warning(el)?.getAttribute('role')).toBe('alert');
    expect(text(warning(el))).toBe(
      '⚠ Attention : la parité n’est pas respectée. Il faut au moins 50 % de personnes concernées, le groupe en compte 40 %.',
    );
    await expectNoAxeViolations(el);
  });

  it('renders loading and a load error with retry, without axe violations', async () => {
    const { backend } = await seededGroup();
    const gate = gatedBackoffice(backend, ['getSpace']);
    const el = await mount(gate.backend);
    expect(status(el)).toBe('Chargement du groupe…');
    await expectNoAxeViolations(el);
    gate.open();
    await loaded(el);
    expect(status(el)).toBe('');

    const broken = failingBackoffice(backend, ['getComposition'], { kind: 'offline', message: 'Failed to fetch' });
    const el2 = await mount(broken.backend);
    const alert = () => shadow(el2).querySelector('[part~="error"]');
    await eventually(() => expect(text(alert())).toContain('Vous n’êtes pas connecté à Internet.'));
    expect(alert()?.getAttribute('role')).toBe('alert');
    await expectNoAxeViolations(el2);
    broken.heal();
    shadow(el2).querySelector<HTMLButtonElement>('[part~="error"] button')!.click();
    await loaded(el2);
    expect(alert()).toBeNull();
  });

  it('adds a member with the keyboard only, and the composition follows', async () => {
    const { backend, store } = await seededGroup({ members: belowParity() });
    const el = await mount(backend);
    await loaded(el);
    await tabTo(el, 'displayName');
    await userEvent.keyboard('Fatou S.');
    await userEvent.tab();
    expect(active(el)?.id).toBe('role');
    await userEvent.keyboard('{ArrowDown}'); // first role: person concerned
    expect(shadow(el).querySelector<HTMLSelectElement>('#role')!.value).toBe('concerned');
    await userEvent.tab();
    expect(active(el)?.id).toBe('joinedOn'); // already today
    // Tab walks through the day, month and year of the date field, then leaves it.
    for (let i = 0; i < 4 && active(el)?.id === 'joinedOn'; i++) await userEvent.tab();
    expect(text(active(el))).toBe('Ajouter au groupe');
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(status(el)).toBe('Fatou S. fait maintenant partie du groupe.'));
    expect(text(rowOf(el, 'Fatou S.'))).toContain('Personne concernée');
    expect(meter(el)?.getAttribute('aria-valuenow')).toBe('50');
    expect(warning(el)).toBeNull();
    // The form is empty again, focus in its first field for the next person.
    expect(active(el)?.id).toBe('displayName');
    expect(shadow(el).querySelector<HTMLInputElement>('#displayName')!.value).toBe('');
    const stored = (await store.listMembers('s_nord')).find((m) => m.displayName === 'Fatou S.');
    expect(stored).toMatchObject({ role: 'concerned', joinedOn: '2026-03-15', leftOn: null });
    await expectNoAxeViolations(el);
  });

  it('names each wrong field with a valid example, and focuses the first one', async () => {
    const { backend } = await seededGroup();
    const el = await mount(backend);
    await loaded(el);
    const date = shadow(el).querySelector<HTMLInputElement>('#joinedOn')!;
    date.value = '';
    date.dispatchEvent(new Event('input'));
    shadow(el).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await eventually(() => expect(active(el)?.id).toBe('displayName'));
    const errorOf = (id: string) => text(shadow(el).querySelector(`#${id}-error`));
    expect(errorOf('displayName')).toBe('Le nom manque. Exemple : « Nadia B. »');
    expect(errorOf('role')).toBe('Le rôle manque. Exemple : « Personne concernée »');
    expect(errorOf('joinedOn')).toBe('La date d’arrivée manque. Exemple : « 15/03/2026 »');
    const input = shadow(el).querySelector('#displayName')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('displayName-error');
    expect(text(shadow(el).querySelector('form [role="alert"]'))).toBe('3 réponses sont à corriger.');
    await expectNoAxeViolations(el);
    // The error goes as the field is put right.
    await userEvent.keyboard('Nadia B.');
    expect(shadow(el).querySelector('#displayName-error')).toBeNull();
  });

  it('changes a role, marks “leaves at renewal”, records a leaving day, and refuses one before arrival', async () => {
    const { backend, store } = await seededGroup();
    const el = await mount(backend);
    await loaded(el);
    const edit = shadow(el).querySelector<HTMLButtonElement>('button[data-member="m_chantal"]')!;
    expect(edit.getAttribute('aria-label')).toBe('Modifier Chantal M.');
    edit.focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(active(el)?.id).toBe('edit-role'));
    expect(text(shadow(el).querySelector('#edit-heading'))).toBe('Modifier Chantal M.');
    await userEvent.keyboard('{ArrowDown}'); // concerned → professional
    await userEvent.tab();
    expect(active(el)?.id).toBe('edit-leaves');
    await userEvent.keyboard(' ');
    await userEvent.tab();
    expect(active(el)?.id).toBe('edit-leftOn');
    await userEvent.fill(active(el)!, '2026-01-01');
    shadow(el).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await eventually(() =>
      expect(text(shadow(el).querySelector('#edit-leftOn-error'))).toBe(
        'La date de départ ne peut pas être avant l’arrivée dans le groupe. Exemple : « 15/03/2026 »',
      ),
    );
    expect(active(el)?.id).toBe('edit-leftOn');
    await expectNoAxeViolations(el);
    await userEvent.fill(active(el)!, '2026-06-30');
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(status(el)).toBe('Les changements pour Chantal M. sont enregistrés.'));
    expect(active(el)?.getAttribute('data-member')).toBe('m_chantal');
    expect((await store.listMembers('s_nord')).find((m) => m.id === 'm_chantal')).toMatchObject({
      role: 'professional',
      leavesAtRenewal: true,
      leftOn: '2026-06-30',
    });
    // One person concerned fewer: 2 of 6.
    expect(meter(el)?.getAttribute('aria-valuenow')).toBe('33');
    expect(warning(el)).not.toBeNull();
    expect(text(rowOf(el, 'Chantal M.'))).toContain('Quittera le groupe le 30 juin 2026');
    const leaving = [...shadow(el).querySelectorAll('[part~="leaving"] li')].map((li) => text(li));
    expect(leaving).toEqual(['Bruno L.', 'Chantal M.']);
  });

  it('cancels a change and gives focus back to the member’s button', async () => {
    const { backend } = await seededGroup();
    const el = await mount(backend);
    await loaded(el);
    shadow(el).querySelector<HTMLButtonElement>('button[data-member="m_amel"]')!.click();
    await eventually(() => expect(active(el)?.id).toBe('edit-role'));
    expect(shadow(el).querySelector('#displayName')).toBeNull(); // one form at a time
    await expectNoAxeViolations(el);
    const cancel = [...shadow(el).querySelectorAll<HTMLButtonElement>('form button')].find(
      (b) => text(b) === 'Annuler',
    )!;
    cancel.focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(active(el)?.getAttribute('data-member')).toBe('m_amel'));
    expect(shadow(el).querySelector('#displayName')).not.toBeNull();
  });

  it('renders idle (no space yet), adding and updating without axe violations', async () => {
    const { backend } = await seededGroup();
    const gate = gatedBackoffice(backend, ['addMember', 'updateMember']);
    const idle = await mount(gate.backend, { 'member-role': 'facilitator', space: '' });
    expect(text(shadow(idle).querySelector('h2'))).toBe('Qui fait partie du groupe ?');
    expect(status(idle)).toBe('');
    await expectNoAxeViolations(idle);
    idle.remove();

    const el = await mount(gate.backend);
    await loaded(el);
    shadow(el).querySelector<HTMLInputElement>('#displayName')!.focus();
    await userEvent.keyboard('Fatou S.');
    const role = shadow(el).querySelector<HTMLSelectElement>('#role')!;
    role.value = 'concerned';
    role.dispatchEvent(new Event('change'));
    shadow(el).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await eventually(() => expect(status(el)).toBe('Ajout en cours…'));
    expect(shadow(el).querySelector<HTMLButtonElement>('form button[type="submit"]')!.disabled).toBe(true);
    await expectNoAxeViolations(el);
    gate.open();
    await eventually(() => expect(status(el)).toBe('Fatou S. fait maintenant partie du groupe.'));

    const slow = gatedBackoffice(backend, ['updateMember']);
    const el2 = await mount(slow.backend);
    await loaded(el2);
    shadow(el2).querySelector<HTMLButtonElement>('button[data-member="m_amel"]')!.click();
    await eventually(() => expect(shadow(el2).querySelector('#edit-leaves')).not.toBeNull());
    shadow(el2).querySelector<HTMLInputElement>('#edit-leaves')!.click();
    shadow(el2).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await eventually(() => expect(status(el2)).toBe('Enregistrement en cours…'));
    await expectNoAxeViolations(el2);
    slow.open();
    await eventually(() => expect(status(el2)).toBe('Les changements pour Amel K. sont enregistrés.'));
  });

  it('is read-only for a member who is not a facilitator', async () => {
    const { backend } = await seededGroup({ caller: CONCERNED });
    const el = await mount(backend, {});
    await loaded(el);
    expect(shadow(el).querySelector('form')).toBeNull();
    expect(shadow(el).querySelectorAll('[part~="members"] button')).toHaveLength(0);
    expect(shadow(el).querySelectorAll('[part~="members"] thead th')).toHaveLength(4);
    expect(text(shadow(el).querySelector('[part~="read-only"]'))).toBe(
      'Vous consultez ces informations. Seuls les animateurs et animatrices du groupe peuvent les modifier.',
    );
    expect(meter(el)).not.toBeNull();
    await expectNoAxeViolations(el);
  });

  it('turns read-only when the back end refuses, and says so', async () => {
    const { backend, store } = await seededGroup({ caller: CONCERNED });
    const el = await mount(backend); // the page thinks this person is a facilitator; the server does not
    await loaded(el);
    shadow(el).querySelector<HTMLInputElement>('#displayName')!.focus();
    await userEvent.keyboard('Gaëlle T.');
    const role = shadow(el).querySelector<HTMLSelectElement>('#role')!;
    role.value = 'partner';
    role.dispatchEvent(new Event('change'));
    shadow(el).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    const failure = () => shadow(el).querySelector('[part~="failure"]');
    await eventually(() =>
      expect(text(failure())).toBe(
        'Seuls les animateurs et animatrices du groupe peuvent faire ce changement. Rien n’a été modifié.',
      ),
    );
    expect(active(el)).toBe(failure());
    expect(shadow(el).querySelector('form')).toBeNull();
    expect((await store.listMembers('s_nord')).some((m) => m.displayName === 'Gaëlle T.')).toBe(false);
    await expectNoAxeViolations(el);
  });

  it('renders names as text: markup typed in a name stays inert', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const { backend } = await seededGroup({ members: [member('m_x', evil, 'concerned', { leavesAtRenewal: true })] });
    const el = await mount(backend);
    await loaded(el);
    expect(shadow(el).querySelector('img, script')).toBeNull();
    expect(text(rowOf(el, evil)?.querySelector('th'))).toBe(evil);
    expect(text(shadow(el).querySelector('[part~="leaving"]'))).toBe(evil);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('speaks English and FALC', async () => {
    const { backend } = await seededGroup({ members: belowParity() });
    document.documentElement.lang = 'en';
    const el = await mount(backend);
    await loaded(el);
    expect(text(shadow(el).querySelector('h2'))).toBe('Who is in the group?');
    expect(text(warning(el))).toContain('Warning: parity is not met.');
    document.documentElement.lang = 'fr';
    const falc = await mount(backend, { variant: 'falc', 'member-role': 'facilitator' });
    await loaded(falc);
    expect(text(warning(falc))).toContain('il n’y a pas assez de personnes concernées');
    await expectNoAxeViolations(falc);
    // `lang` on the element itself wins over the page's, and switches it at once.
    falc.setAttribute('lang', 'en');
    await eventually(() => expect(text(warning(falc))).toContain('there are not enough people concerned'));
  });
});
