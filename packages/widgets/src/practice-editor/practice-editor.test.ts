import type { BackofficeBackend } from '@participe/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './participe-practice-editor.js';
import { eventually, expectNoAxeViolations, failing, NOW, shadow, text } from '../testing/browser.js';
import { clearDevice, practiceSeed, RETURN_REASON, stalled } from './practice-editor.fixtures.js';

type El = HTMLElementTagNameMap['participe-practice-editor'];

async function mount(backend: BackofficeBackend, attrs: Record<string, string> = { space: 'groupe-rsa-nord' }) {
  const el = document.createElement('participe-practice-editor');
  el.backend = backend;
  el.now = () => NOW;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const root = (el: El) => shadow(el);
const part = (el: El, name: string) => root(el).querySelector(`[part~="${name}"]`);
const status = (el: El) => text(part(el, 'status'));
const byId = <T extends HTMLElement = HTMLElement>(el: El, id: string) => root(el).getElementById(id) as T | null;
const titles = (el: El) => [...root(el).querySelectorAll('[part~="item-title"]')].map(text);
const active = (el: El) => root(el).activeElement;
/** Presses a button with the keyboard: focus, then Enter. */
async function press(el: El, id: string) {
  await eventually(() => expect(byId(el, id)).not.toBeNull());
  byId(el, id)!.focus();
  await userEvent.keyboard('{Enter}');
}
/** Types into a field with the keyboard, after clearing it. */
async function type(el: El, id: string, words: string) {
  const field = byId<HTMLInputElement>(el, id)!;
  field.focus();
  field.select();
  await userEvent.keyboard('{Backspace}');
  await userEvent.keyboard(words);
}

beforeEach(async () => {
  document.documentElement.lang = 'fr';
  await clearDevice('groupe-rsa-nord');
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('participe-practice-editor, a group’s members', () => {
  it('says it is loading, then lists the group’s sheets with the council’s reason, without axe violations', async () => {
    const { member } = await practiceSeed();
    const loading = await mount(stalled(member));
    await eventually(() => expect(status(loading)).toBe('Chargement des fiches…'));
    expect(part(loading, 'base')!.getAttribute('aria-busy')).toBe('true');
    await expectNoAxeViolations(loading);
    document.body.replaceChildren();

    const el = await mount(member);
    await eventually(() => expect(titles(el)).toHaveLength(3));
    expect(text(part(el, 'heading'))).toBe('Les fiches pratiques du groupe');
    expect(titles(el)).toEqual(expect.arrayContaining(['Des réunions à horaire fixe', 'Un atelier courriers']));
    const metas = [...root(el).querySelectorAll('[part~="item-meta"]')].map(text);
    expect(metas).toContain('Renvoyée au groupe');
    expect(metas).toContain(`Le conseil a renvoyé la fiche : « ${RETURN_REASON} »`);
    expect(metas).toContain('Envoyée au conseil, en attente de relecture');
    await expectNoAxeViolations(el);
  });

  it('names each field still missing, keeps the sheet on the device after a reload, saves and submits it by keyboard', {
    timeout: 60_000,
  }, async () => {
    const { member } = await practiceSeed();
    let el = await mount(member);
    await press(el, 'new');
    await eventually(() => expect(active(el)?.id).toBe('form-title'));
    await type(el, 'title', 'Un covoiturage pour les réunions');
    // Submitting now: every missing field is named, focus on the first one.
    await press(el, 'submit');
    await eventually(() =>
      expect(text(part(el, 'error-summary'))).toMatch(/^La fiche n’est pas prête : \d+ champs à corriger\.$/),
    );
    expect(active(el)?.id).toBe('territory');
    expect(text(byId(el, 'territory-error'))).toBe(
      'Ce champ est nécessaire pour envoyer la fiche. Exemple : Quartier des Tilleuls',
    );
    expect(byId(el, 'territory')!.getAttribute('aria-describedby')).toBe('territory-error');
    expect(text(byId(el, 'phases-error'))).toMatch(/^Ce champ est nécessaire/);
    await expectNoAxeViolations(el);
    await type(el, 'territory', 'Bourg de Lizon');
    expect(byId(el, 'territory-error')).toBeNull();
    expect(status(el)).toBe('Pas encore enregistré : vos changements sont gardés sur cet appareil.');

    // A reload: the element is rebuilt, the changes come back from IndexedDB.
    await new Promise((r) => setTimeout(r, 50));
    document.body.replaceChildren();
    el = await mount(member);
    await eventually(() =>
      expect(status(el)).toBe(
        'Vos changements non enregistrés sur « Un covoiturage pour les réunions » sont revenus : ils étaient gardés sur cet appareil.',
      ),
    );
    expect(byId<HTMLInputElement>(el, 'territory')!.value).toBe('Bourg de Lizon');

    // Everything else, by keyboard, then saved and submitted.
    const fill: Array<[string, string]> = [
      ['territoryType', 'rural'],
      ['startDate', '2025-01'],
      ['themes', 'mobilité'],
      ['public', 'allocataires du RSA'],
      ['context', 'Plusieurs membres n’ont pas de voiture.'],
      ['sharedDiagnostic', 'Le groupe a compté les trajets impossibles le soir.'],
      ['objectives', 'Venir aux réunions'],
      ['actions', 'Un planning de covoiturage'],
      ['evaluation', 'Présence passée de la moitié aux trois quarts.'],
      ['contactRole', 'Animatrice du groupe'],
    ];
    for (const [id, words] of fill) await type(el, id, words);
    byId(el, 'phase-act')!.focus();
    await userEvent.keyboard(' ');
    await press(el, 'add-testimony');
    await eventually(() => expect(active(el)?.id).toBe('testimony-0-role'));
    await userEvent.keyboard('une habitante du bourg');
    await type(el, 'testimony-0-text', 'Je viens enfin le soir.');
    await press(el, 'save');
    await eventually(() => expect(status(el)).toBe('Fiche enregistrée.'));
    expect(active(el)?.id).toBe('save');
    await expectNoAxeViolations(el);

    await press(el, 'preview');
    await eventually(() => expect(text(byId(el, 'sheet-title'))).toBe('Un covoiturage pour les réunions'));
    expect(text(part(el, 'sheet-meta'))).toBe('Bourg de Lizon · rural · Depuis 2025-01');
    // What the group wrote carries the sheet's language (RGAA 8.7); headings are the interface's.
    expect(byId(el, 'sheet-title')!.getAttribute('lang')).toBe('fr');
    expect(part(el, 'sheet-meta')!.getAttribute('lang')).toBe('fr');
    expect(part(el, 'sheet')!.querySelector('figure blockquote')?.getAttribute('lang')).toBe('fr');
    expect([...part(el, 'sheet')!.querySelectorAll('h4')].some((h) => h.closest('[lang]') !== null)).toBe(false);
    expect(text(part(el, 'sheet'))).toContain(
      'Je viens enfin le soir. une habitante du bourg (Habitant ou personne concernée)',
    );
    await expectNoAxeViolations(el);
    await press(el, 'submit');
    await eventually(() =>
      expect(status(el)).toBe('« Un covoiturage pour les réunions » est envoyée au conseil. Un éditeur va la relire.'),
    );
    expect(titles(el)).toContain('Un covoiturage pour les réunions');
    const listed = await member.listSpacePractices('groupe-rsa-nord', 'fr');
    expect(listed.find((s) => s.title === 'Un covoiturage pour les réunions')).toMatchObject({
      status: 'submitted',
      territory: 'Bourg de Lizon',
      phases: ['act'],
      testimonies: [{ viewpoint: 'residents', role: 'une habitante du bourg', text: 'Je viens enfin le soir.' }],
    });
  });

  it('shows the council’s reason on a returned sheet, and explains a conflict in plain words', async () => {
    const { member, ids } = await practiceSeed();
    const el = await mount(member);
    await press(el, `open-${ids.returned}`);
    await eventually(() =>
      expect(text(part(el, 'notice'))).toBe(`Le conseil vous a renvoyé cette fiche : « ${RETURN_REASON} »`),
    );
    await type(el, 'partners', 'Le centre social prête son minibus\nLa mairie paie le carburant');
    // Meanwhile, another member saves the sheet.
    const current = await member.getPractice(ids.returned, 'fr');
    await member.updatePractice(ids.returned, { ...current, title: 'Un minibus du soir' }, current.version, 'fr');
    await press(el, 'save');
    await eventually(() => expect(text(byId(el, 'conflict-title'))).toBe('Quelqu’un d’autre a modifié cette fiche'));
    expect(active(el)?.id).toBe('conflict-title');
    await eventually(() => expect(byId(el, 'mine')).not.toBeNull());
    await expectNoAxeViolations(el);
    await press(el, 'mine');
    await eventually(() => expect(status(el)).toBe('Fiche enregistrée.'));
    const saved = await member.getPractice(ids.returned, 'fr');
    expect(saved.transformations?.partners).toEqual([
      'Le centre social prête son minibus',
      'La mairie paie le carburant',
    ]);
  });

  it('says what went wrong, without a retry when the role is not enough', async () => {
    const { member } = await practiceSeed();
    const denied = failing(member, ['listSpacePractices'], { kind: 'forbidden', message: 'no' });
    const el = await mount(denied.backend);
    await eventually(() => expect(text(part(el, 'error'))).toMatch(/^Votre rôle ne permet pas d’ouvrir ces fiches/));
    expect(part(el, 'error')!.getAttribute('role')).toBe('alert');
    expect(byId(el, 'retry')).toBeNull();
    await expectNoAxeViolations(el);
  });

  it('speaks English on an English page and easy French with variant="falc"', async () => {
    const { member } = await practiceSeed();
    document.documentElement.lang = 'en';
    const en = await mount(member);
    await eventually(() => expect(text(part(en, 'heading'))).toBe('The group’s practice sheets'));
    await eventually(() => expect(text(en.shadowRoot!.getElementById('new'))).toBe('Write a new sheet'));
    document.body.replaceChildren();
    document.documentElement.lang = 'fr';
    const falc = await mount(member, { space: 'groupe-rsa-nord', variant: 'falc' });
    await eventually(() => expect(text(part(falc, 'heading'))).toBe('Les fiches du groupe'));
    await expectNoAxeViolations(falc);
  });
});

describe('participe-practice-editor, a council editor', () => {
  it('publishes a submitted sheet and shares it; returns another only with a reason', async () => {
    const { editor, member, ids } = await practiceSeed();
    const el = await mount(editor, { mode: 'review' });
    await eventually(() => expect(text(root(el).getElementById('queue-title'))).toBe('En attente de relecture : 1'));
    expect(text(part(el, 'heading'))).toBe('Les fiches pratiques à relire');
    await expectNoAxeViolations(el);
    await press(el, `open-${ids.submitted}`);
    await eventually(() => expect(active(el)?.id).toBe('sheet-title'));
    expect(text(byId(el, 'sheet-title'))).toBe('Un atelier courriers');
    expect(byId(el, 'sheet-title')!.getAttribute('lang')).toBe('fr'); // the sheet's own language

    // Returning needs a reason: the empty field is named.
    await press(el, 'return');
    await eventually(() => expect(active(el)?.id).toBe('reason'));
    await press(el, 'confirm-return');
    await eventually(() =>
      expect(text(byId(el, 'reason-error'))).toBe(
        'Écrivez la raison. Exemple : Ajoutez ce qu’en disent les partenaires',
      ),
    );
    expect(byId(el, 'reason')!.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(el);
    await press(el, 'cancel-return');
    await eventually(() => expect(active(el)?.id).toBe('return'));
    await press(el, 'publish');
    await eventually(() => expect(status(el)).toBe('« Un atelier courriers » est publiée.'));
    await press(el, 'share');
    await eventually(() => expect(status(el)).toBe('« Un atelier courriers » est partagée avec tous les conseils.'));
    expect(text(byId(el, 'share'))).toBe('Ne plus partager');
    await expectNoAxeViolations(el);
    expect(await member.getPractice(ids.submitted, 'fr')).toMatchObject({ status: 'published', shared: true });

    // Returned with a reason: the group reads it.
    await press(el, 'return');
    await type(el, 'reason', 'Précisez le territoire.');
    await press(el, 'confirm-return');
    await eventually(() =>
      expect(status(el)).toBe('« Un atelier courriers » est renvoyée au groupe avec votre raison.'),
    );
    expect((await member.getPractice(ids.submitted, 'fr')).review).toMatchObject({
      decision: 'returned',
      reason: 'Précisez le territoire.',
    });
  });
});
