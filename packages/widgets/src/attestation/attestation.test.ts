import type { Attestation, BackofficeBackend } from '@participe/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import './participe-attestation.js';
import { eventually, expectNoAxeViolations, shadow, text } from '../testing/browser.js';
import {
  CONCERNED,
  failingBackoffice,
  gatedBackoffice,
  NOW,
  SPACE_ID,
  seededGroup,
  twoMeetings,
} from '../testing/space-admin.seed.js';

type El = HTMLElementTagNameMap['participe-attestation'];

async function mount(backend: BackofficeBackend, attrs: Record<string, string> = { 'member-role': 'facilitator' }) {
  const el = document.createElement('participe-attestation');
  el.backend = backend;
  el.now = () => NOW;
  el.setAttribute('space', 'groupe-rsa-nord');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const earlier = (over: Partial<Attestation> = {}): Attestation => ({
  id: 'at_amel',
  spaceId: SPACE_ID,
  memberId: 'm_amel',
  memberName: 'Amel K.',
  spaceName: 'Groupe ressource du secteur Nord',
  meetings: [{ id: 'mt_jan', on: '2026-01-20', place: 'Maison des solidarités, salle 2' }],
  skills: ['listening'],
  otherSkills: '',
  signedBy: 'Service insertion',
  issuedOn: '2026-02-01',
  ...over,
});

const status = (el: El) => text(shadow(el).querySelector('[part~="status"]'));
const active = (el: El) => shadow(el).activeElement as HTMLElement | null;
const doc = (el: El) => shadow(el).querySelector('[part~="attestation"]');
const issuedItems = (el: El) => [...shadow(el).querySelectorAll('[part~="issued"] li')].map((li) => text(li));
const ready = (el: El) => eventually(() => expect(shadow(el).querySelector('[part~="issued"]')).not.toBeNull());

beforeEach(() => {
  document.documentElement.lang = 'fr';
});
afterEach(async () => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('participe-attestation', () => {
  it('issues an attestation with the keyboard: the member’s meetings, the skills, the signature', async () => {
    const { backend, store } = await seededGroup({ meetings: twoMeetings() });
    const el = await mount(backend, { 'member-role': 'facilitator', 'signed-by': 'Service insertion, animatrice' });
    await ready(el);
    expect(issuedItems(el)).toEqual([]);
    expect(text(shadow(el).querySelector('[part~="issued"]'))).toContain('Aucune attestation n’a encore été préparée.');
    await expectNoAxeViolations(el);

    shadow(el).querySelector<HTMLSelectElement>('#memberId')!.focus();
    await userEvent.keyboard('{ArrowDown}'); // the first member: Amel K.
    await eventually(() => expect(shadow(el).querySelector('[part~="attended"]')).not.toBeNull());
    const attended = [...shadow(el).querySelectorAll('[part~="attended"] li')].map((li) => text(li));
    expect(attended).toEqual([
      '20 janvier 2026, Maison des solidarités, salle 2',
      '17 février 2026, Centre social des Tilleuls',
    ]);
    await userEvent.tab();
    expect(active(el)?.id).toBe('skill-speakingInPublic');
    expect(text(shadow(el).querySelector('label[for="skill-speakingInPublic"]'))).toBe('Prendre la parole en public');
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await userEvent.tab();
    expect(active(el)?.id).toBe('skill-writingMinutes');
    await userEvent.keyboard(' ');
    shadow(el).querySelector<HTMLTextAreaElement>('#otherSkills')!.focus();
    await userEvent.keyboard('Organiser une sortie collective');
    await userEvent.tab();
    expect(active(el)?.id).toBe('signedBy');
    expect((active(el) as HTMLInputElement).value).toBe('Service insertion, animatrice');
    await userEvent.tab();
    expect(text(active(el))).toBe('Préparer l’attestation');
    await userEvent.keyboard('{Enter}');

    await eventually(() => expect(doc(el)).not.toBeNull());
    expect(status(el)).toBe('L’attestation pour Amel K. est prête. Vous pouvez l’imprimer ou l’enregistrer en PDF.');
    expect(active(el)?.id).toBe('print');
    const sheet = text(doc(el));
    expect(sheet).toContain('Attestation de participation');
    expect(sheet).toContain('Nous attestons que Amel K. a participé au groupe « Groupe ressource du secteur Nord ».');
    expect(sheet).toContain('Amel K. est venu ou venue à 2 réunions du groupe :');
    expect(sheet).toContain('le 20 janvier 2026, Maison des solidarités, salle 2');
    expect(sheet).toContain('le 17 février 2026, Centre social des Tilleuls');
    const skills = [...shadow(el).querySelectorAll('[part~="doc-skills"] li')].map((li) => text(li));
    expect(skills).toEqual(['prendre la parole en public', 'rédiger un compte rendu']);
    expect(sheet).toContain('Autres compétences : Organiser une sortie collective');
    expect(sheet).toContain('Fait le 15 mars 2026.');
    expect(text(shadow(el).querySelector('[part~="signature"]'))).toBe('Signé par : Service insertion, animatrice');
    await expectNoAxeViolations(el);

    const [stored] = await store.listAttestations(SPACE_ID);
    expect(stored).toMatchObject({
      memberId: 'm_amel',
      skills: ['speakingInPublic', 'writingMinutes'],
      otherSkills: 'Organiser une sortie collective',
      issuedOn: '2026-03-15',
    });
    expect(stored!.meetings.map((m) => m.id)).toEqual(['mt_jan', 'mt_feb']);

    // Back to the list: the new attestation is first, and its button has the focus.
    const back = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="print-actions"] button')].find(
      (b) => text(b) === 'Revenir à la liste',
    )!;
    back.focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(issuedItems(el)).toHaveLength(1));
    expect(issuedItems(el)[0]).toMatch(/^Amel K\., le 15 mars 2026/);
    expect(active(el)?.getAttribute('data-attestation')).toBe(stored!.id);
  });

  it('prints cleanly: the button calls window.print, and print media shows only the attestation, black on white', async () => {
    const { backend } = await seededGroup({ meetings: twoMeetings(), attestations: [earlier()] });
    const el = await mount(backend);
    await ready(el);
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    shadow(el).querySelector<HTMLButtonElement>('[data-attestation="at_amel"]')!.click();
    await eventually(() => expect(active(el)?.id).toBe('print'));
    expect(text(active(el))).toBe('Imprimer ou enregistrer en PDF');
    await userEvent.keyboard('{Enter}');
    expect(print).toHaveBeenCalledOnce();

    const display = (selector: string) => getComputedStyle(shadow(el).querySelector(selector)!).display;
    expect(display('[part~="print-actions"]')).not.toBe('none');
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', { media: 'print' });
    try {
      expect(window.matchMedia('print').matches).toBe(true);
      expect(display('[part~="print-actions"]')).toBe('none');
      expect(display('[part~="heading"]')).toBe('none');
      expect(display('[part~="attestation"]')).not.toBe('none');
      const sheet = getComputedStyle(doc(el)!);
      expect(sheet.color).toBe('rgb(0, 0, 0)');
      expect(sheet.backgroundColor).toBe('rgb(255, 255, 255)');
      expect(sheet.borderTopStyle).toBe('none');
      expect(text(doc(el))).toContain('Amel K.');
    } finally {
      await session.send('Emulation.setEmulatedMedia', { media: '' });
    }
    expect(display('[part~="print-actions"]')).not.toBe('none');
  });

  it('names what is missing, each with an example, and focuses the first one', async () => {
    const { backend } = await seededGroup({ meetings: twoMeetings() });
    const el = await mount(backend);
    await ready(el);
    shadow(el).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await eventually(() => expect(active(el)?.id).toBe('memberId'));
    const error = (id: string) => text(shadow(el).querySelector(`#${id}-error`));
    expect(error('memberId')).toBe('La personne manque. Exemple : « Amel K. »');
    expect(error('skills')).toBe(
      'Les compétences : cochez au moins une compétence ou écrivez-en une. Exemple : « Prendre la parole en public »',
    );
    expect(error('signedBy')).toBe('La signature manque. Exemple : « Direction de l’insertion, animatrice du groupe »');
    expect(shadow(el).querySelector('fieldset[part~="skills"]')?.getAttribute('aria-describedby')).toBe(
      'skills-hint skills-error',
    );
    await expectNoAxeViolations(el);
  });

  it('renders loading and a load error, without axe violations', async () => {
    const { backend } = await seededGroup();
    const gate = gatedBackoffice(backend, ['listAttestations']);
    const el = await mount(gate.backend);
    expect(status(el)).toBe('Chargement…');
    await expectNoAxeViolations(el);
    gate.open();
    await ready(el);

    const broken = failingBackoffice(backend, ['getSpace'], { kind: 'notFound', message: 'no' });
    const el2 = await mount(broken.backend);
    await eventually(() =>
      expect(text(shadow(el2).querySelector('[part~="error"]'))).toContain(
        'Ce groupe n’existe pas ou n’est plus en ligne.',
      ),
    );
    await expectNoAxeViolations(el2);
  });

  it('renders idle and issuing without axe violations', async () => {
    const { backend } = await seededGroup({ meetings: twoMeetings() });
    const idle = await mount(backend, { 'member-role': 'facilitator', space: '' });
    expect(status(idle)).toBe('');
    await expectNoAxeViolations(idle);
    idle.remove();

    const gate = gatedBackoffice(backend, ['issueAttestation']);
    const el = await mount(gate.backend, { 'member-role': 'facilitator', 'signed-by': 'Service insertion' });
    await ready(el);
    const member = shadow(el).querySelector<HTMLSelectElement>('#memberId')!;
    member.value = 'm_bruno';
    member.dispatchEvent(new Event('change'));
    shadow(el).querySelector<HTMLInputElement>('#skill-teamwork')!.click();
    shadow(el).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await eventually(() => expect(status(el)).toBe('Préparation de l’attestation…'));
    await expectNoAxeViolations(el);
    gate.open();
    await eventually(() => expect(doc(el)).not.toBeNull());
    expect(text(doc(el))).toContain('Bruno L. est venu ou venue à 1 réunion du groupe :');
  });

  it('shows a member only their own attestations, read-only, and lets them print', async () => {
    const { backend } = await seededGroup({
      meetings: twoMeetings(),
      attestations: [earlier(), earlier({ id: 'at_bruno', memberId: 'm_bruno', memberName: 'Bruno L.' })],
      caller: CONCERNED,
    });
    const el = await mount(backend, {});
    await ready(el);
    expect(shadow(el).querySelector('form')).toBeNull();
    expect(text(shadow(el).querySelector('#issued-heading'))).toBe('Vos attestations');
    expect(issuedItems(el)).toHaveLength(1);
    expect(issuedItems(el)[0]).toMatch(/^Amel K\., le 1 février 2026/);
    await expectNoAxeViolations(el);
    shadow(el).querySelector<HTMLButtonElement>('[data-attestation="at_amel"]')!.click();
    await eventually(() => expect(doc(el)).not.toBeNull());
    expect(text(doc(el))).toContain('Dans le groupe, Amel K. a appris à : écouter les autres et respecter leur avis');
    await expectNoAxeViolations(el);
  });

  it('renders names, places and other skills as text: markup stays inert', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { backend } = await seededGroup({
      attestations: [earlier({ memberName: evil, otherSkills: evil, signedBy: evil, spaceName: evil })],
    });
    const el = await mount(backend);
    await ready(el);
    shadow(el).querySelector<HTMLButtonElement>('[data-attestation="at_amel"]')!.click();
    await eventually(() => expect(doc(el)).not.toBeNull());
    expect(text(doc(el))).toContain(evil);
    expect(shadow(el).querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('writes the attestation in FALC when asked', async () => {
    const { backend } = await seededGroup({ attestations: [earlier()] });
    const el = await mount(backend, { 'member-role': 'facilitator', variant: 'falc' });
    await ready(el);
    shadow(el).querySelector<HTMLButtonElement>('[data-attestation="at_amel"]')!.click();
    await eventually(() => expect(doc(el)).not.toBeNull());
    expect(text(doc(el))).toContain('Amel K. a participé au groupe');
    expect(text(doc(el))).toContain('écouter les autres');
    await expectNoAxeViolations(el);
  });
});
