import { createLocalBackend } from '@participe/adapters/local';
import type { BackofficeBackend } from '@participe/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './participe-moderation-queue.js';
import type { ParticipeModeratedEvent } from '../events/moderated.js';
import { build, eventually, expectNoAxeViolations, seeded, shadow, text } from '../testing/browser.js';
import { signedInLate } from '../testing/doubles.js';
import { FACILITATOR, moderationSeed, NOW, PROFESSIONAL, stalled } from './moderation-queue.fixtures.js';

type Queue = HTMLElementTagNameMap['participe-moderation-queue'];

async function mount(backend: BackofficeBackend, attrs: Record<string, string> = {}, parent: Element = document.body) {
  const el = document.createElement('participe-moderation-queue');
  el.backend = backend;
  el.now = () => NOW;
  el.setAttribute('space', 'groupe-rsa-nord');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  parent.append(el);
  await el.updateComplete;
  return el;
}

const part = (el: Queue, name: string) => shadow(el).querySelector(`[part~="${name}"]`);
const summary = (el: Queue) => text(part(el, 'summary'));
const items = (el: Queue) => [...shadow(el).querySelectorAll('[part~="item"]')];
const titles = (el: Queue) => items(el).map((li) => text(li.querySelector('[part~="item-title"]')));
const itemTitled = (el: Queue, title: string) =>
  items(el).find((li) => text(li.querySelector('[part~="item-title"]')) === title)!;
const button = (root: ParentNode, label: string) =>
  [...root.querySelectorAll('button')].find((b) => text(b) === label)!;
const active = (el: Queue) => shadow(el).activeElement;
const queueLabels = (el: Queue) => [...shadow(el).querySelectorAll('[part~="queues"] label')].map(text);
const ready = (el: Queue, n: number) =>
  eventually(() => expect(summary(el)).toMatch(new RegExp(`${n} contributions? à modérer\\.$`)));

beforeEach(() => {
  document.documentElement.lang = 'fr';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('participe-moderation-queue', () => {
  it('shows every queue with its count, the reports, and hidden words to the facilitator', async () => {
    const { backoffice } = await moderationSeed();
    const el = await mount(backoffice());
    await ready(el, 4);
    expect(text(part(el, 'heading'))).toBe('Contributions à modérer');
    expect(part(el, 'summary')!.getAttribute('role')).toBe('status');
    expect(text(shadow(el).querySelector('[part~="queues"] legend'))).toBe('Quelle file afficher ?');
    expect(queueLabels(el)).toEqual(['Toutes (4)', 'À approuver (1)', 'Signalées (2)', 'Masquées (1)']);
    // Oldest first.
    expect(titles(el)).toEqual([
      'Un nom cité par erreur',
      'Un bus plus tôt le matin',
      'Horaires de la crèche',
      'Un atelier CV le samedi',
    ]);

    const bus = itemTitled(el, 'Un bus plus tôt le matin');
    expect(text(bus.querySelector('[part~="item-queue"]'))).toBe(
      'Signalée depuis le 1 mars 2026 · Attend depuis 14 jours',
    );
    expect(text(bus.querySelector('[part~="reports"]'))).toBe(
      'Motif : Insulte ou propos blessant · 1 mars 2026 Précision : La dernière phrase vise une conseillère.',
    );
    expect([...bus.querySelectorAll('[part~="item-actions"] button')].map(text)).toEqual([
      'Laisser en ligne',
      'Masquer',
    ]);

    const hidden = itemTitled(el, 'Un nom cité par erreur');
    expect(text(hidden.querySelector('[part~="item-body"]'))).toBe(
      'Le bus du matin passe trop tard pour les rendez-vous.',
    );
    expect(text(hidden.querySelector('[part~="hidden-reason"]'))).toBe(
      'Raison donnée à l’auteur : Le texte cite le nom d’une personne.',
    );
    expect([...hidden.querySelectorAll('[part~="item-actions"] button')].map(text)).toEqual(['Remettre en ligne']);

    const waiting = itemTitled(el, 'Un atelier CV le samedi');
    expect(text(waiting.querySelector('[part~="item-queue"]'))).toBe(
      'En attente d’approbation depuis le 14 mars 2026 · Attend depuis 1 jour',
    );
    expect([...waiting.querySelectorAll('[part~="item-actions"] button')].map(text)).toEqual([
      'Approuver et publier',
      'Masquer',
    ]);
    // Each button says which contribution it acts on.
    const hide = button(bus, 'Masquer');
    expect(text(shadow(el).getElementById(hide.getAttribute('aria-describedby')!))).toBe('Un bus plus tôt le matin');
    await expectNoAxeViolations(el);
  });

  it('renders loading, empty and error states without axe violations, and retries', async () => {
    const { backoffice } = await moderationSeed();
    const loading = await mount(stalled(backoffice()));
    expect(summary(loading)).toBe('Chargement de la file de modération…');
    await expectNoAxeViolations(loading);

    const nothingToDo = await seeded([]);
    const { createLocalBackoffice } = await import('@participe/adapters/local');
    const empty = await mount(
      createLocalBackoffice(nothingToDo.store, { caller: { ...FACILITATOR, spaceIds: ['s_nord'] } }),
    );
    await eventually(() => expect(summary(empty)).toBe('Rien à modérer pour le moment.'));
    expect(items(empty)).toHaveLength(0);
    await expectNoAxeViolations(empty);

    let broken = true;
    const real = backoffice();
    const flaky = {
      ...real,
      listModerationQueue: async (...a: Parameters<BackofficeBackend['listModerationQueue']>) => {
        if (broken) throw { kind: 'offline', message: 'Failed to fetch' };
        return real.listModerationQueue(...a);
      },
    };
    const error = await mount(flaky);
    await eventually(() => expect(text(part(error, 'error'))).toContain('Vous n’êtes pas connecté à Internet.'));
    expect(part(error, 'error')!.getAttribute('role')).toBe('alert');
    await expectNoAxeViolations(error);
    broken = false;
    button(part(error, 'error')!, 'Réessayer').click();
    await ready(error, 4);
    expect(active(error)?.id).toBe('heading'); // the retry button is gone: focus moves on
  });

  it('tells a professional plainly that moderating is for the facilitation team', async () => {
    const { backoffice } = await moderationSeed();
    const el = await mount(backoffice(PROFESSIONAL));
    await eventually(() =>
      expect(text(part(el, 'error'))).toBe(
        'Seule l’équipe d’animation de ce groupe peut modérer ses contributions. Votre compte n’a pas ce rôle.',
      ),
    );
    expect(part(el, 'error')!.querySelector('button')).toBeNull(); // trying again would not help
    expect(items(el)).toHaveLength(0);
    await expectNoAxeViolations(el);
  });

  it('uses the token the host page sets while the queue is loading (a slow sign-in)', async () => {
    const { backoffice } = await moderationSeed();
    let el: Queue | undefined;
    const api = signedInLate(backoffice(), ['listModerationQueue'], () => el?.token ?? null);
    el = await mount(api.backend);
    await eventually(() => expect(api.tokens).toEqual([null]));
    el.token = 'facilitator-token';
    await el.updateComplete;
    api.answer();
    await ready(el, 4);
    expect(api.tokens).toEqual([null, 'facilitator-token']);
    expect(part(el, 'error')).toBeNull();
  });

  it('hides a reported contribution with the keyboard only: reason required, then a confirmation', async () => {
    const { backoffice, store } = await moderationSeed();
    const el = await mount(backoffice());
    await ready(el, 4);
    const events: ParticipeModeratedEvent[] = [];
    el.addEventListener('participe-moderated', (e) => events.push(e));

    button(itemTitled(el, 'Un bus plus tôt le matin'), 'Laisser en ligne').focus();
    await userEvent.tab(); // to "Masquer" on the same item
    expect(text(active(el))).toBe('Masquer');
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(active(el)?.id).toBe('reason'));
    const form = part(el, 'reason-form')!;
    expect(text(form.querySelector('label[for="reason"]'))).toBe('Pourquoi masquer cette contribution ?');
    expect(text(form.querySelector('#reason-hint'))).toBe('Son auteur lira cette raison.');
    await expectNoAxeViolations(el);

    await userEvent.tab(); // "Continuer", with nothing written
    await userEvent.keyboard('{Enter}');
    await eventually(() =>
      expect(text(shadow(el).querySelector('#reason-error'))).toBe(
        'La raison est obligatoire. Exemple : Propos injurieux envers une personne.',
      ),
    );
    const field = shadow(el).querySelector<HTMLTextAreaElement>('#reason')!;
    expect(shadow(el).querySelector('#reason-error')!.getAttribute('role')).toBe('alert');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe('reason-hint reason-error');
    expect(active(el)).toBe(field);
    await expectNoAxeViolations(el);

    await userEvent.keyboard('Propos injurieux envers une conseillère');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(active(el)?.id).toBe('confirm-yes'));
    expect(text(part(el, 'confirm')!.querySelector('p'))).toBe(
      'Masquer « Un bus plus tôt le matin » ? Le public ne la verra plus. Son auteur lira : « Propos injurieux envers une conseillère ».',
    );
    await expectNoAxeViolations(el);
    await userEvent.keyboard('{Enter}');

    await eventually(() =>
      expect(summary(el)).toBe(
        'Contribution masquée : elle est maintenant dans la file « Masquées ». 3 contributions à modérer.',
      ),
    );
    expect(titles(el)).not.toContain('Un bus plus tôt le matin');
    expect(active(el)?.id).toBe('title-c_creche'); // the next item
    expect(queueLabels(el)).toEqual(['Toutes (4)', 'À approuver (1)', 'Signalées (1)', 'Masquées (2)']);
    expect(events.map((e) => e.detail)).toEqual([{ contributionId: 'c_bus', action: 'hide' }]);
    const stored = await store.getContribution('c_bus');
    expect(stored?.status).toBe('hidden');
    expect(stored?.hidden?.reason).toBe('Propos injurieux envers une conseillère');
    // The reason keeps the language the facilitator wrote it in: the queue's (RGAA 8.7).
    expect(stored?.hidden?.lang).toBe('fr');
    await expectNoAxeViolations(el);
  });

  it('keeps a hiding reason written on an English page as English, and marks each reason with its language', async () => {
    const { backoffice, store } = await moderationSeed();
    const english = document.createElement('div');
    english.lang = 'en';
    document.body.append(english);
    const el = await mount(backoffice(), {}, english);
    await eventually(() => expect(summary(el)).toBe('4 contributions to moderate.'));
    // A reason stored without a language (before languages were kept) reads as French.
    const earlier = itemTitled(el, 'Un nom cité par erreur').querySelector('[part~="hidden-reason"] span[lang]')!;
    expect([earlier.getAttribute('lang'), text(earlier)]).toEqual(['fr', 'Le texte cite le nom d’une personne.']);
    button(itemTitled(el, 'Un bus plus tôt le matin'), 'Hide').click();
    await eventually(() => expect(active(el)?.id).toBe('reason'));
    await userEvent.keyboard('Insults a councillor');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(active(el)?.id).toBe('confirm-yes'));
    await userEvent.keyboard('{Enter}');
    await eventually(async () => expect((await store.getContribution('c_bus'))?.status).toBe('hidden'));
    expect((await store.getContribution('c_bus'))?.hidden).toMatchObject({
      reason: 'Insults a councillor',
      lang: 'en',
    });
  });

  it('goes back from the confirmation to the reason, and from the reason to the button', async () => {
    const { backoffice } = await moderationSeed();
    const el = await mount(backoffice());
    await ready(el, 4);
    button(itemTitled(el, 'Horaires de la crèche'), 'Masquer').click();
    await eventually(() => expect(active(el)?.id).toBe('reason'));
    await userEvent.keyboard('Publicité');
    button(part(el, 'reason-form')!, 'Continuer').click();
    await eventually(() => expect(active(el)?.id).toBe('confirm-yes'));
    button(part(el, 'confirm')!, 'Non, revenir').click();
    await eventually(() => expect(active(el)?.id).toBe('reason'));
    expect(shadow(el).querySelector<HTMLTextAreaElement>('#reason')!.value).toBe('Publicité'); // kept
    button(part(el, 'reason-form')!, 'Annuler').click();
    await eventually(() => expect(active(el)?.id).toBe('act-c_creche-hide'));
    expect(part(el, 'reason-form')).toBeNull();
    expect(items(el)).toHaveLength(4);
  });

  it('filters by report reason and by age, and says when nothing matches', async () => {
    const { backoffice } = await moderationSeed();
    const el = await mount(backoffice());
    await ready(el, 4);
    const reason = shadow(el).querySelector<HTMLSelectElement>('#reason-filter')!;
    const age = shadow(el).querySelector<HTMLSelectElement>('#age-filter')!;
    expect(text(shadow(el).querySelector('label[for="reason-filter"]'))).toBe('Quel motif de signalement ?');
    expect([...reason.options].map(text)).toEqual([
      'Tous les motifs',
      'Insulte ou propos blessant',
      'Informations privées sur une personne',
      'Propos raciste, sexiste ou discriminatoire',
      'Publicité ou message répété',
      'Hors sujet pour ce groupe',
      'Autre raison',
    ]);
    expect([...age.options].map(text)).toEqual([
      'Peu importe',
      'Depuis au moins 2 jours',
      'Depuis au moins 7 jours',
      'Depuis au moins 30 jours',
    ]);

    // Keyboard: choose "advertising" in the reason list, then "Afficher".
    reason.focus();
    await userEvent.selectOptions(reason, 'spam');
    button(part(el, 'filters')!, 'Afficher').focus();
    await userEvent.keyboard('{Enter}');
    await ready(el, 1);
    expect(titles(el)).toEqual(['Horaires de la crèche']);
    expect(queueLabels(el)).toEqual(['Toutes (4)', 'À approuver (1)', 'Signalées (2)', 'Masquées (1)']); // totals stay
    await expectNoAxeViolations(el);

    reason.value = '';
    age.value = '7';
    button(part(el, 'filters')!, 'Afficher').click();
    await ready(el, 2);
    expect(titles(el)).toEqual(['Un nom cité par erreur', 'Un bus plus tôt le matin']);

    reason.value = 'insult';
    age.value = '30';
    button(part(el, 'filters')!, 'Afficher').click();
    await eventually(() => expect(summary(el)).toBe('Aucune contribution ne correspond à ces filtres.'));
    expect(items(el)).toHaveLength(0);
    await expectNoAxeViolations(el);

    age.value = '0';
    reason.value = '';
    shadow(el).querySelector<HTMLInputElement>('[name="queue"][value="hidden"]')!.click();
    button(part(el, 'filters')!, 'Afficher').click();
    await ready(el, 1);
    expect(titles(el)).toEqual(['Un nom cité par erreur']);
  });

  it('approves a contribution of a pre-moderated group: it becomes public', async () => {
    const { backoffice, store, awaitingId } = await moderationSeed();
    const el = await mount(backoffice());
    await ready(el, 4);
    const approve = button(itemTitled(el, 'Un atelier CV le samedi'), 'Approuver et publier');
    approve.focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() =>
      expect(summary(el)).toBe('Contribution approuvée : elle est publiée. 3 contributions à modérer.'),
    );
    // It was the last item: focus goes to the one before.
    expect(active(el)?.id).toBe('title-c_creche');
    expect((await store.getContribution(awaitingId))?.status).toBe('published');
    const citizen = createLocalBackend(store, { now: () => NOW });
    expect((await citizen.getContribution(awaitingId))?.contribution.content?.title).toBe('Un atelier CV le samedi');
  });

  it('restores a hidden contribution and keeps a reported one online, each with a reason', async () => {
    const { backoffice, store } = await moderationSeed();
    const el = await mount(backoffice());
    await ready(el, 4);
    button(itemTitled(el, 'Un nom cité par erreur'), 'Remettre en ligne').click();
    await eventually(() => expect(active(el)?.id).toBe('reason'));
    expect(text(shadow(el).querySelector('label[for="reason"]'))).toBe('Pourquoi la remettre en ligne ?');
    await userEvent.keyboard('Après relecture, le texte respecte la charte');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(summary(el)).toBe('Contribution remise en ligne. 3 contributions à modérer.'));
    expect(active(el)?.id).toBe('title-c_bus');
    expect((await store.getContribution('c_masque'))?.status).toBe('published');

    button(itemTitled(el, 'Horaires de la crèche'), 'Laisser en ligne').click();
    await eventually(() => expect(active(el)?.id).toBe('reason'));
    expect(text(shadow(el).querySelector('label[for="reason"]'))).toBe('Pourquoi la laisser en ligne ?');
    button(part(el, 'reason-form')!, 'Laisser en ligne').click();
    await eventually(() =>
      expect(text(shadow(el).querySelector('#reason-error'))).toBe(
        'La raison est obligatoire. Exemple : Le propos critique un service, sans insulte.',
      ),
    );
    await userEvent.keyboard('Une question sur les horaires, pas une publicité');
    button(part(el, 'reason-form')!, 'Laisser en ligne').click();
    await eventually(() =>
      expect(summary(el)).toBe(
        'Contribution laissée en ligne : ses signalements sont clos. 2 contributions à modérer.',
      ),
    );
    expect((await store.getContribution('c_creche'))?.status).toBe('published');
    expect(await store.listReports({ spaceId: 's_nord', contributionId: 'c_creche', open: true })).toEqual([]);
    expect(queueLabels(el)).toEqual(['Toutes (2)', 'À approuver (1)', 'Signalées (1)', 'Masquées (0)']);
  });

  it('reloads and says so plainly when another facilitator acted first', async () => {
    const { backoffice } = await moderationSeed();
    const el = await mount(backoffice());
    await ready(el, 4);
    button(itemTitled(el, 'Un bus plus tôt le matin'), 'Masquer').click();
    await eventually(() => expect(active(el)?.id).toBe('reason'));
    await userEvent.keyboard('Propos injurieux');
    button(part(el, 'reason-form')!, 'Continuer').click();
    await eventually(() => expect(active(el)?.id).toBe('confirm-yes'));

    // Meanwhile, a colleague keeps it online and then hides it from their own screen.
    const colleague = backoffice();
    const { contribution } = await colleague.getContribution('c_bus');
    await colleague.sendEvent(
      'c_bus',
      { type: 'contribution.hide', data: { reason: 'Insulte' } },
      contribution.version,
    );

    button(part(el, 'confirm')!, 'Oui, masquer').click();
    await eventually(() =>
      expect(text(part(el, 'notice'))).toBe(
        'Quelqu’un d’autre a agi sur « Un bus plus tôt le matin » pendant ce temps. La file vient d’être mise à jour : vérifiez avant d’agir.',
      ),
    );
    expect(part(el, 'notice')!.getAttribute('role')).toBe('alert');
    expect(active(el)?.id).toBe('notice');
    await ready(el, 4);
    // It is now in the hidden queue, as the colleague left it.
    expect(text(itemTitled(el, 'Un bus plus tôt le matin').querySelector('[part~="item-queue"] strong'))).toBe(
      'Masquée',
    );
    await expectNoAxeViolations(el);
  });

  it('keeps the reason when an action fails, and says why', async () => {
    const { backoffice } = await moderationSeed();
    const real = backoffice();
    const el = await mount({
      ...real,
      keepReported: async () => {
        throw { kind: 'offline', message: 'Failed to fetch' };
      },
    });
    await ready(el, 4);
    button(itemTitled(el, 'Horaires de la crèche'), 'Laisser en ligne').click();
    await eventually(() => expect(active(el)?.id).toBe('reason'));
    await userEvent.keyboard('Pas une publicité');
    button(part(el, 'reason-form')!, 'Laisser en ligne').click();
    await eventually(() => expect(text(part(el, 'action-error'))).toBe('Vous n’êtes pas connecté à Internet.'));
    expect(shadow(el).querySelector<HTMLTextAreaElement>('#reason')!.value).toBe('Pas une publicité');
    expect(items(el)).toHaveLength(4);
    await expectNoAxeViolations(el);
  });

  it('renders markup in contributions and reports as inert text', async () => {
    const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const hostile = build({ id: 'c_xss', title: payload, body: `Texte ${payload}`, at: '2026-03-02T09:00:00.000Z' }, [
      { type: 'contribution.submit', actor: { role: 'author', id: null } },
    ]);
    const { store, backoffice } = await moderationSeed([hostile]);
    await createLocalBackend(store, { now: () => NOW }).reportContribution('c_xss', { reason: 'other', note: payload });
    const el = await mount(backoffice());
    await ready(el, 5);
    const item = itemTitled(el, payload);
    expect(text(item.querySelector('[part~="item-body"]'))).toBe(`Texte ${payload}`);
    expect(text(item.querySelector('[part~="reports"]'))).toContain(`Précision : ${payload}`);
    expect(shadow(el).querySelectorAll('img, script')).toHaveLength(0);
  });

  it('marks each report note with the language it was written in, French for notes stored without one', async () => {
    const { store, backoffice } = await moderationSeed();
    await createLocalBackend(store, { now: () => NOW }).reportContribution('c_bus', {
      reason: 'other',
      note: 'The last sentence names a person.',
      lang: 'en',
    });
    const english = document.createElement('div');
    english.lang = 'en';
    document.body.append(english);
    const el = await mount(backoffice(), {}, english);
    await eventually(() => expect(summary(el)).toBe('4 contributions to moderate.'));
    const notes = [...itemTitled(el, 'Un bus plus tôt le matin').querySelectorAll('[part~="reports"] li span[lang]')];
    // The sentence around is the page's (English); the words, their own.
    expect(notes.map((n) => [n.getAttribute('lang'), text(n)])).toEqual([
      ['fr', 'La dernière phrase vise une conseillère.'],
      ['en', 'The last sentence names a person.'],
    ]);
    expect(text(notes[0]!.parentElement)).toBe('Details: La dernière phrase vise une conseillère.');
    await expectNoAxeViolations(el);
  });

  it('speaks English on an English page and easy French with variant="falc"', async () => {
    const { backoffice } = await moderationSeed();
    const english = document.createElement('div');
    english.lang = 'en';
    document.body.append(english);
    const en = await mount(backoffice(), {}, english);
    await eventually(() => expect(summary(en)).toBe('4 contributions to moderate.'));
    expect(queueLabels(en)).toEqual(['All (4)', 'To approve (1)', 'Reported (2)', 'Hidden (1)']);
    expect(text(itemTitled(en, 'Un bus plus tôt le matin').querySelector('[part~="reports"] p'))).toContain(
      'Reason: Insult or hurtful words',
    );
    const falc = await mount(backoffice(), { variant: 'falc' });
    await eventually(() => expect(summary(falc)).toBe('4 messages à vérifier.'));
    await expectNoAxeViolations(falc);
  });
});
