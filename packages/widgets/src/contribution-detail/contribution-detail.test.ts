import { isOverdue, type ParticipeBackend } from '@participe/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './participe-contribution-detail.js';
import {
  answeredWithProgress,
  build,
  eventually,
  expectNoAxeViolations,
  failing,
  gated,
  hiddenOne,
  NOW,
  seeded,
  shadow,
  text,
  waiting,
} from '../testing/browser.js';

type Detail = HTMLElementTagNameMap['participe-contribution-detail'];

async function mount(backend: ParticipeBackend, attrs: Record<string, string> = {}, parent: Element = document.body) {
  const el = document.createElement('participe-contribution-detail');
  el.backend = backend;
  el.now = () => NOW;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  parent.append(el);
  await el.updateComplete;
  return el;
}

const part = (el: Detail, name: string) => shadow(el).querySelector(`[part~="${name}"]`);
const ready = (el: Detail) => eventually(() => expect(part(el, 'title')).not.toBeNull());

beforeEach(() => {
  document.documentElement.lang = 'fr';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('participe-contribution-detail', () => {
  it('shows the text, the signed answer, commitments with progress and the dated public history', async () => {
    const c = answeredWithProgress('Un bus plus tôt le matin');
    const { backend } = await seeded([c]);
    const el = await mount(backend, { contribution: c.id });
    await ready(el);
    expect(text(part(el, 'title'))).toBe('Un bus plus tôt le matin');
    expect(text(part(el, 'body'))).toBe('Le bus du matin passe trop tard pour les rendez-vous.');
    expect(text(part(el, 'header'))).toContain(`Écrite par ${(c.view.author as { pseudonym: string }).pseudonym}`);
    expect(text(part(el, 'status'))).toBe('En cours de réalisation');
    expect(text(part(el, 'timing'))).toBe('Réponse donnée en 19 jours');
    expect(part(el, 'overdue-badge')).toBeNull();
    const answer = part(el, 'answer')!;
    expect(text(answer)).toContain('Décision : Acceptée');
    expect(text(part(el, 'answer-text'))).toBe('Nous ajoutons un départ à 8 h 10, car le guichet ouvre à 8 h 30.');
    expect(text(part(el, 'signature'))).toBe('Signée par : Direction des mobilités · Publiée le 21 janvier 2026');
    expect(answer.querySelector('time')?.getAttribute('datetime')).toBe('2026-01-21T10:00:00.000Z');
    const commitment = part(el, 'commitment')!;
    expect(text(commitment)).toContain('Qui s’en occupe : Service mobilité');
    expect(text(commitment)).toContain('À faire pour le 1 septembre 2026');
    expect(text(commitment)).toContain('Le nouvel horaire est voté.');
    const bar = commitment.querySelector('progress')!;
    expect(bar.value).toBe(40);
    expect(text(shadow(el).getElementById(bar.getAttribute('aria-labelledby')!))).toBe('Avancement : 40 %');
    const steps = [...part(el, 'timeline-list')!.querySelectorAll('li')];
    expect(part(el, 'timeline-list')!.tagName).toBe('OL');
    expect(steps.map((li) => text(li).replace(/^.*? : /, ''))).toEqual([
      'Contribution écrite',
      'Contribution envoyée',
      'L’institution commence à l’examiner',
      'Réponse publiée : Acceptée',
      'Engagement pris : Ajouter un départ à 8 h 10',
      'Mise en œuvre commencée',
      'Avancement de « Ajouter un départ à 8 h 10 » : 40 %',
    ]);
    for (const li of steps) expect(li.querySelector('time')?.getAttribute('datetime')).toMatch(/^2026-01-\d\dT/);
    expect(part(el, 'follow-up')).toBeNull(); // a reader without the code is not the author
    await expectNoAxeViolations(el);
  });

  it('shows the overdue badge exactly when isOverdue, and the promised delay while waiting', async () => {
    const late = waiting('En retard', '2026-01-05T09:00:00.000Z');
    const recent = waiting('Récente', '2026-03-10T09:00:00.000Z');
    const { backend } = await seeded([late, recent]);
    const space = (await backend.getSpace('s_nord'))!;
    for (const c of [late, recent]) {
      const el = await mount(backend, { contribution: c.id });
      await ready(el);
      const view = (await backend.getContribution(c.id))!.contribution;
      expect(part(el, 'overdue-badge') !== null).toBe(isOverdue(view, space, NOW));
      expect(text(part(el, 'answer'))).toContain('L’institution s’engage à répondre dans un délai de 60 jours.');
    }
    expect(text(shadow(document.body.firstElementChild as Detail).querySelector('[part~="overdue-badge"]'))).toBe(
      '⚠ En retard : réponse attendue depuis 9 jours',
    );
  });

  it('asks for a follow-up code, then shows what the code lets the author do (keyboard only)', async () => {
    const c = answeredWithProgress('Un guichet le samedi');
    c.private.followUpCode = 'K7P-4QX';
    const { backend } = await seeded([c]);
    const el = await mount(backend, { 'export-url': '/mes-donnees?code={code}', 'erase-url': '/effacer/{id}' });
    expect(text(shadow(el).querySelector('label[for="code"]'))).toBe('Quel est votre code de suivi ?');
    await expectNoAxeViolations(el);

    await userEvent.tab();
    expect(shadow(el).activeElement?.id).toBe('code');
    await userEvent.keyboard('ZZZ-9999{Enter}');
    await eventually(() =>
      expect(text(part(el, 'not-found'))).toContain('Ce code ne correspond à aucune contribution'),
    );
    await expectNoAxeViolations(el);

    const input = shadow(el).querySelector<HTMLInputElement>('#code')!;
    expect(shadow(el).activeElement).toBe(input); // back in the field, with the code to correct
    expect(input.value).toBe('ZZZ-9999');
    input.select();
    await userEvent.keyboard(' k7p-4qx {Enter}');
    await ready(el);
    expect(shadow(el).activeElement?.id).toBe('title');
    const follow = part(el, 'follow-up')!;
    expect(text(follow)).toContain('Votre code de suivi : k7p-4qx. Gardez-le.');
    expect(text(follow)).toContain('votre code secret');
    const links = [...follow.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')]);
    expect(links).toEqual([
      ['Demander une copie de mes données', '/mes-donnees?code=k7p-4qx'],
      ['Demander l’effacement de mes données', `/effacer/${c.id}`],
    ]);
    await expectNoAxeViolations(el);
  });

  it('renders loading, not found and error states without axe violations, and retries', async () => {
    const c = waiting('Un bus plus tôt', '2026-03-01T09:00:00.000Z');
    const { backend } = await seeded([c]);
    const gate = gated(backend, ['getContribution']);
    const loading = await mount(gate.backend, { contribution: c.id });
    expect(text(part(loading, 'live-status'))).toBe('Chargement de la contribution…');
    await expectNoAxeViolations(loading);
    gate.open();
    await ready(loading);

    const missing = await mount(backend, { contribution: 'c_absent' });
    await eventually(() =>
      expect(text(part(missing, 'not-found'))).toBe('Cette contribution n’existe pas ou n’est pas publique.'),
    );
    await expectNoAxeViolations(missing);

    const broken = failing(backend, ['getContribution'], new Error('HTTP 500'));
    const error = await mount(broken.backend, { contribution: c.id });
    await eventually(() => expect(text(part(error, 'error'))).toContain('La contribution n’a pas pu être affichée.'));
    await expectNoAxeViolations(error);
    broken.heal();
    shadow(error).querySelector<HTMLButtonElement>('[part~="error"] button')!.click();
    await ready(error);
    expect(shadow(error).activeElement?.id).toBe('title'); // the retry button is gone: focus moves on
  });

  it('keeps a hidden contribution’s words out, and renders markup payloads as inert text', async () => {
    const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const hidden = hiddenOne('Titre à ne jamais montrer');
    const hostile = build({ title: payload, body: `Texte ${payload}`, at: '2026-03-01T09:00:00.000Z' }, [
      { type: 'contribution.submit', actor: { role: 'author', id: null } },
    ]);
    const { backend } = await seeded([hidden, hostile]);
    const h = await mount(backend, { contribution: hidden.id });
    await ready(h);
    expect(text(part(h, 'title'))).toBe('Contribution masquée par la modération');
    expect(shadow(h).textContent).not.toContain('ne jamais montrer');
    expect(shadow(h).textContent).not.toContain('Le bus du matin');
    const x = await mount(backend, { contribution: hostile.id });
    await ready(x);
    expect(text(part(x, 'title'))).toBe(payload);
    expect(text(part(x, 'body'))).toBe(`Texte ${payload}`);
    expect(shadow(x).querySelectorAll('img, script')).toHaveLength(0);
  });

  it('lets anyone report a published contribution with the keyboard: reason required, note optional', async () => {
    const c = waiting('Un bus plus tôt', '2026-03-01T09:00:00.000Z');
    const { backend, store } = await seeded([c]);
    const el = await mount(backend, { contribution: c.id });
    await ready(el);
    const report = part(el, 'report')!;
    const summary = report.querySelector('summary')!;
    expect(text(summary)).toBe('Signaler cette contribution');
    summary.focus();
    await userEvent.keyboard('{Enter}');
    expect(report.querySelector('details')!.open).toBe(true);
    const legend = report.querySelector('legend')!;
    expect(text(legend)).toBe('Pourquoi la signaler ?');
    // RGAA 11.10: the reason is a required radio group, named by its legend.
    const reasons = legend.closest('fieldset')!;
    expect([reasons.getAttribute('role'), reasons.getAttribute('aria-required')]).toEqual(['radiogroup', 'true']);
    expect([...report.querySelectorAll('fieldset label')].map(text)).toEqual([
      'Insulte ou propos blessant',
      'Informations privées sur une personne',
      'Propos raciste, sexiste ou discriminatoire',
      'Publicité ou message répété',
      'Hors sujet pour ce groupe',
      'Autre raison',
    ]);
    await expectNoAxeViolations(el);

    // Sent without a reason: the error names the question, and focus goes to the first choice.
    report.querySelector<HTMLButtonElement>('button[type="submit"]')!.focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() =>
      expect(text(shadow(el).querySelector('#report-error'))).toBe(
        'Motif : choisissez une réponse (exemple : Insulte ou propos blessant).',
      ),
    );
    expect(shadow(el).querySelector('#report-error')!.getAttribute('role')).toBe('alert');
    expect(report.querySelector('fieldset')!.getAttribute('aria-describedby')).toBe('report-error');
    expect(shadow(el).activeElement).toBe(report.querySelector('[value="insult"]'));
    await expectNoAxeViolations(el);

    await userEvent.keyboard('{ArrowDown}'); // moves to, and chooses, "private information"
    expect(report.querySelector<HTMLInputElement>('[value="personalData"]')!.checked).toBe(true);
    await userEvent.tab();
    expect(shadow(el).activeElement?.id).toBe('report-note');
    await userEvent.keyboard('Le nom de ma voisine');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(text(part(el, 'report-status'))).toBe('Merci, l’équipe d’animation va regarder.'));
    expect(part(el, 'report-status')!.getAttribute('role')).toBe('status');
    expect(shadow(el).activeElement).toBe(part(el, 'report-status')); // the form is gone: focus on the thanks
    expect(part(el, 'report-form')).toBeNull();
    const stored = await store.listReports({ spaceId: 's_nord', contributionId: c.id });
    // The note keeps the language it was written in: the widget's (RGAA 8.7, in the moderation queue).
    expect(stored.map((r) => [r.reason, r.note, r.lang])).toEqual([['personalData', 'Le nom de ma voisine', 'fr']]);
    await expectNoAxeViolations(el);
  });

  it('offers no report for a hidden contribution, and says when a report could not be sent', async () => {
    const hidden = hiddenOne('Masquée');
    const c = waiting('Un bus plus tôt', '2026-03-01T09:00:00.000Z');
    const { backend } = await seeded([hidden, c]);
    const h = await mount(backend, { contribution: hidden.id });
    await ready(h);
    expect(part(h, 'report')).toBeNull();
    const broken = failing(backend, ['reportContribution'], { kind: 'offline', message: 'Failed to fetch' });
    const el = await mount(broken.backend, { contribution: c.id });
    await ready(el);
    part(el, 'report')!.querySelector('details')!.open = true;
    part(el, 'report')!.querySelector<HTMLInputElement>('[value="spam"]')!.click();
    part(el, 'report')!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await eventually(() =>
      expect(text(shadow(el).querySelector('#report-error'))).toBe('Vous n’êtes pas connecté à Internet.'),
    );
    expect(part(el, 'report-form')).not.toBeNull(); // nothing lost: the choice is still there
    expect(part(el, 'report')!.querySelector<HTMLInputElement>('[value="spam"]')!.checked).toBe(true);
  });

  it('speaks English on an English page and easy French with variant="falc"', async () => {
    const c = answeredWithProgress('A bus');
    const { backend } = await seeded([c]);
    const english = document.createElement('div');
    english.lang = 'en';
    document.body.append(english);
    const en = await mount(backend, { contribution: c.id }, english);
    await ready(en);
    expect(text(part(en, 'signature'))).toBe('Signed by: Direction des mobilités · Published on January 21, 2026');
    expect(text(part(en, 'timeline'))).toContain('Answer published: Accepted');
    const falc = await mount(backend, { contribution: c.id, variant: 'falc' });
    await ready(falc);
    expect(text(part(falc, 'answer'))).toContain('La réponse : Oui');
    expect(text(part(falc, 'commitment'))).toContain('C’est fait à 40 %');
    await expectNoAxeViolations(falc);
  });
});

describe('participe-contribution-detail: languages and landmarks (issue 21 §6)', () => {
  it('marks the author’s words and the institution’s with the language each was written in', async () => {
    document.documentElement.lang = 'en';
    const c = answeredWithProgress('Un bus plus tôt le matin', { lang: 'fr' });
    const { backend } = await seeded([c]);
    const el = await mount(backend, { contribution: c.id });
    await ready(el);
    // An English page around French words: each says so, the interface around them does not.
    expect(part(el, 'title')!.getAttribute('lang')).toBe('fr');
    expect(part(el, 'body')!.getAttribute('lang')).toBe('fr');
    expect(part(el, 'answer-text')!.getAttribute('lang')).toBe('fr');
    expect(part(el, 'commitment')!.querySelector('h4')?.getAttribute('lang')).toBe('fr');
    expect(part(el, 'status')!.hasAttribute('lang')).toBe(false);
    await expectNoAxeViolations(el);
  });

  it('a contribution written in English keeps its lang in a French page', async () => {
    const english = waiting('An earlier bus', '2026-03-01T09:00:00.000Z', { lang: 'en' });
    const { backend } = await seeded([english]);
    const el = await mount(backend, { contribution: english.id });
    await ready(el);
    expect(part(el, 'title')!.getAttribute('lang')).toBe('en');
    expect(part(el, 'body')!.getAttribute('lang')).toBe('en');
  });

  it('is a region named by its title outside the page’s landmarks, and adds none inside <main>', async () => {
    const c = answeredWithProgress('Un bus plus tôt le matin');
    const { backend } = await seeded([c]);
    const outside = await mount(backend, { contribution: c.id });
    await ready(outside);
    const article = (el: Detail) => part(el, 'article')!;
    expect(article(outside).getAttribute('role')).toBe('region');
    expect(article(outside).getAttribute('aria-labelledby')).toBe('title');
    const main = document.createElement('main');
    document.body.append(main);
    const inside = await mount(backend, { contribution: c.id }, main);
    await ready(inside);
    expect(article(inside).hasAttribute('role')).toBe(false);
  });
});
