import type { BackofficeBackend } from '@participe/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './participe-answer-form.js';
import { author } from '../../../adapters/src/testing/fixtures.js';
import type { ParticipeAnswerPublishedEvent } from '../events/answer-published.js';
import { build, eventually, expectNoAxeViolations, shadow, text } from '../testing/browser.js';
import { signedInLate } from '../testing/doubles.js';
import { waiting } from '../testing/seed.js';
import { answerSeed, COLLEAGUE, FACILITATOR, held, NOW } from './answer-form.fixtures.js';

/** A contribution written in `lang`, waiting for an answer since 1 March. */
const waitingIn = (lang: string, id: string, title: string, body: string) =>
  waiting(title, '2026-03-01T09:00:00.000Z', { id, body, lang });

type Form = HTMLElementTagNameMap['participe-answer-form'];

async function mount(backend: BackofficeBackend, attrs: Record<string, string> = {}) {
  const el = document.createElement('participe-answer-form');
  el.backend = backend;
  el.now = () => NOW;
  el.setAttribute('space', 'groupe-rsa-nord');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Form, selector: string) =>
  shadow(el).querySelector<T & Element>(selector);
const part = (el: Form, name: string) => $(el, `[part~="${name}"]`);
const status = (el: Form) => text($(el, '#status'));
const titles = (el: Form) => [...shadow(el).querySelectorAll('[part~="item-title"]')].map(text);
const item = (el: Form, title: string) =>
  [...shadow(el).querySelectorAll('[part~="item"]')].find(
    (li) => text(li.querySelector('[part~="item-title"]')) === title,
  )!;
const button = (el: Form, label: string) =>
  [...shadow(el).querySelectorAll('button')].find((b) => text(b) === label) as HTMLButtonElement | undefined;
const active = (el: Form) => shadow(el).activeElement as HTMLElement | null;
const published = (el: Form) => {
  const seen: Array<{ contributionId: string; verdict: string }> = [];
  el.addEventListener('participe-answer-published', (e: ParticipeAnswerPublishedEvent) => seen.push({ ...e.detail }));
  return seen;
};

beforeEach(() => {
  document.documentElement.lang = 'fr';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('participe-answer-form: the list', () => {
  it('lists what awaits an answer, oldest first, marks the late one, and offers only decided answers for publishing', async () => {
    const { backoffice } = await answerSeed();
    const el = await mount(backoffice());
    await eventually(() => expect(titles(el)).toHaveLength(4));
    expect(titles(el)).toEqual([
      'Un bus plus tôt le matin',
      'Un guichet le samedi',
      'Des ateliers numériques',
      'Horaires de la crèche',
    ]);
    expect(text(item(el, 'Un bus plus tôt le matin').querySelector('[part~="overdue-badge"]'))).toBe(
      '⚠ En retard : réponse attendue depuis 9 jours',
    );
    expect(item(el, 'Un guichet le samedi').querySelector('[part~="overdue-badge"]')).toBeNull();
    expect(text(item(el, 'Des ateliers numériques').querySelector('[part~="item-verdict"]'))).toBe(
      'Réponse décidée : Acceptée',
    );
    const checks = [...shadow(el).querySelectorAll<HTMLInputElement>('[part~="check"] input')];
    expect(checks.map((c) => c.id)).toEqual(['s-c_ateliers', 's-c_creche']);
    expect(button(el, 'Publier les réponses cochées (0)')?.disabled).toBe(true);
    expect(text($(el, '#count'))).toBe('4 contributions attendent une réponse.');
    await expectNoAxeViolations(el);
  });

  it('publishes ticked answers together after a confirmation, says who is told, and fires one event each', async () => {
    const { backoffice } = await answerSeed();
    const el = await mount(backoffice());
    const events = published(el);
    await eventually(() => expect(titles(el)).toHaveLength(4));
    const tick = async (id: string) => {
      $<HTMLInputElement>(el, `#s-${id}`)!.focus();
      await userEvent.keyboard(' ');
    };
    await tick('c_ateliers');
    await tick('c_creche');
    await el.updateComplete;
    button(el, 'Publier les réponses cochées (2)')!.focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(active(el)?.id).toBe('confirm-heading'));
    expect(text(active(el))).toBe('Publier 2 réponses ?');
    expect(text(part(el, 'confirm'))).toContain('Des ateliers numériques — Acceptée');
    expect($<HTMLInputElement>(el, '#s-c_creche')!.disabled).toBe(true);
    await expectNoAxeViolations(el);
    await userEvent.tab();
    expect(text(active(el))).toBe('Oui, publier');
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(part(el, 'notice')).not.toBeNull());
    expect([...part(el, 'notice')!.querySelectorAll('p, li')].map(text)).toEqual([
      '2 réponses publiées :',
      'Des ateliers numériques',
      'Horaires de la crèche',
      'Chaque auteur en est informé : par un message s’il a laissé un contact, sinon en suivant sa contribution avec son code.',
    ]);
    expect(titles(el)).toEqual(['Un bus plus tôt le matin', 'Un guichet le samedi']);
    expect(events).toEqual([
      { contributionId: 'c_ateliers', verdict: 'accepted' },
      { contributionId: 'c_creche', verdict: 'answered' },
    ]);
    await expectNoAxeViolations(el);
  });

  it('publishes nothing when one ticked answer changed meanwhile, names it, and shows the list again', async () => {
    const { backoffice } = await answerSeed();
    const el = await mount(backoffice());
    const events = published(el);
    await eventually(() => expect(titles(el)).toHaveLength(4));
    $<HTMLInputElement>(el, '#s-c_ateliers')!.click();
    $<HTMLInputElement>(el, '#s-c_creche')!.click();
    await el.updateComplete;
    button(el, 'Publier les réponses cochées (2)')!.click();
    await eventually(() => expect(part(el, 'confirm')).not.toBeNull());
    // A colleague changes the question's answer before this one confirms.
    const colleague = backoffice(COLLEAGUE);
    const { contribution } = await colleague.getContribution('c_creche');
    await colleague.sendEvent(
      'c_creche',
      {
        type: 'contribution.decide',
        data: { answer: { verdict: 'answered', text: 'La crèche ouvre à 7 h 15.', service: 'Service petite enfance' } },
      },
      contribution.version,
    );
    button(el, 'Oui, publier')!.click();
    await eventually(() => expect(part(el, 'conflict-notice')).not.toBeNull());
    expect(part(el, 'conflict-notice')!.getAttribute('role')).toBe('alert');
    expect([...part(el, 'conflict-notice')!.querySelectorAll('p, li')].map(text)).toEqual([
      'Rien n’a été publié : 1 contribution a changé entre-temps :',
      'Horaires de la crèche',
      'La liste est à jour. Vérifiez ces contributions, puis publiez à nouveau.',
    ]);
    expect(titles(el)).toHaveLength(4);
    expect(text(item(el, 'Horaires de la crèche').querySelector('[part~="changed-badge"]'))).toBe(
      'Modifiée entre-temps',
    );
    expect((await colleague.getContribution('c_ateliers')).contribution.status).toBe('decided');
    expect(events).toEqual([]);
    await expectNoAxeViolations(el);
  });

  it('opens a contribution from the list and comes back to it', async () => {
    const { backoffice } = await answerSeed();
    const el = await mount(backoffice());
    await eventually(() => expect(titles(el)).toHaveLength(4));
    button(el, 'Un guichet le samedi')!.focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(active(el)?.id).toBe('title'));
    expect(text(active(el))).toBe('Un guichet le samedi');
    button(el, '← Retour à la liste')!.focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(active(el)?.id).toBe('heading'));
    await eventually(() => expect(titles(el)).toHaveLength(4));
  });
});

describe('participe-answer-form: one contribution', () => {
  it('decides and publishes with the keyboard only, naming a missing field with an example', async () => {
    const { backoffice, store } = await answerSeed();
    const el = await mount(backoffice(), { contribution: 'c_guichet' });
    const events = published(el);
    await eventually(() => expect($(el, '#f-template')).not.toBeNull());
    expect(text(part(el, 'item-status'))).toBe(
      'État : En cours d’examen par l’institution · Dernière modification le 10 février 2026',
    );

    await userEvent.tab(); // the template select, first control of the decision
    expect(active(el)?.id).toBe('f-template');
    // RGAA 11.10: the verdict is a required radio group, named by its legend.
    const verdicts = $<HTMLInputElement>(el, '#f-verdict-partlyAccepted')!.closest('fieldset')!;
    expect([verdicts.getAttribute('role'), verdicts.getAttribute('aria-required')]).toEqual(['radiogroup', 'true']);
    await userEvent.tab(); // the verdict radios
    await userEvent.keyboard(' '); // "Acceptée"
    await userEvent.keyboard('{ArrowDown}'); // "Acceptée en partie"
    expect($<HTMLInputElement>(el, '#f-verdict-partlyAccepted')!.checked).toBe(true);
    await userEvent.tab();
    expect(active(el)?.id).toBe('f-text');
    await userEvent.keyboard('Un guichet ouvrira un samedi sur deux, car les agents volontaires ne suffisent pas.');
    await userEvent.tab(); // service, left empty
    await userEvent.tab();
    expect(text(active(el))).toBe('Enregistrer la décision');
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(active(el)?.id).toBe('f-service'));
    expect(text($(el, '#e-service'))).toBe(
      'Service qui signe : indiquez-le, par exemple « Direction de l’insertion ».',
    );
    expect(active(el)?.getAttribute('aria-describedby')).toBe('h-service e-service');
    expect(text(part(el, 'alert'))).toBe('Rien n’a été envoyé : 1 champ est à corriger.');
    await expectNoAxeViolations(el);

    await userEvent.keyboard('Direction des services à la population{Enter}');
    await eventually(() => expect(status(el)).toBe('Décision enregistrée. Elle reste interne jusqu’à sa publication.'));
    expect(active(el)?.id).toBe('status');
    expect(text(part(el, 'answer'))).toContain('pas encore publiée : seuls les professionnels la voient.');
    await userEvent.tab(); // publishing comes first once decided
    expect(text(active(el))).toBe('Publier la réponse');
    await userEvent.keyboard('{Enter}');
    await eventually(() =>
      expect(status(el)).toBe(
        'Réponse publiée. L’auteur en est informé : par un message s’il a laissé un contact, sinon en suivant sa contribution avec son code.',
      ),
    );
    expect(text(part(el, 'item-status'))).toMatch(
      /^État : Acceptée en partie · Dernière modification le \d+ \S+ 2026$/,
    );
    expect(events).toEqual([{ contributionId: 'c_guichet', verdict: 'partlyAccepted' }]);
    const timeline = text(part(el, 'timeline'));
    expect(timeline).toContain('Décision : Acceptée en partie (interne)');
    expect(timeline).toContain('Réponse publiée : Acceptée en partie');
    // Written in a French page: the answer says so, and the page marks it (RGAA 8.7).
    expect((await store.getContribution('c_guichet'))?.answer?.lang).toBe('fr');
    expect(part(el, 'answer')!.querySelector('.text')?.getAttribute('lang')).toBe('fr');
    await expectNoAxeViolations(el);
  });

  it('fills verdict and text from a prepared answer, both still editable', async () => {
    const { backoffice } = await answerSeed();
    const el = await mount(backoffice(), { contribution: 'c_guichet' });
    await eventually(() => expect($(el, '#f-template')).not.toBeNull());
    $<HTMLSelectElement>(el, '#f-template')!.focus();
    await userEvent.selectOptions($<HTMLSelectElement>(el, '#f-template')!, 'question');
    await eventually(() => expect($<HTMLInputElement>(el, '#f-verdict-answered')!.checked).toBe(true));
    const textarea = $<HTMLTextAreaElement>(el, '#f-text')!;
    expect(textarea.value).toBe('Merci pour votre question. Voici ce que prévoit le règlement :');
    textarea.focus();
    await userEvent.keyboard('{End} le guichet ouvre le premier samedi du mois.');
    $<HTMLInputElement>(el, '#f-verdict-accepted')!.click();
    await el.updateComplete;
    expect(textarea.value).toBe(
      'Merci pour votre question. Voici ce que prévoit le règlement : le guichet ouvre le premier samedi du mois.',
    );
    expect($<HTMLInputElement>(el, '#f-verdict-accepted')!.checked).toBe(true);
    expect($<HTMLSelectElement>(el, '#f-template')!.value).toBe('question');
  });

  it('adds a commitment, starts, reports progress with a bar and its text, and completes', async () => {
    const { backoffice } = await answerSeed();
    const el = await mount(backoffice(), { contribution: 'c_banc' });
    await eventually(() => expect($(el, '#f-what')).not.toBeNull());
    button(el, 'Ajouter l’engagement')!.click();
    await eventually(() => expect(active(el)?.id).toBe('f-what'));
    expect(text($(el, '#e-due'))).toBe('Date : indiquez-la, par exemple 2026-09-01.');
    await userEvent.fill($(el, '#f-what')!, 'Poser un banc devant la mairie');
    await userEvent.fill($(el, '#f-owner')!, 'Service des espaces verts');
    await userEvent.fill($(el, '#f-due')!, '2026-05-15');
    button(el, 'Ajouter l’engagement')!.click();
    await eventually(() => expect(status(el)).toBe('Engagement ajouté.'));
    const commitment = () => part(el, 'commitment')!;
    expect(text(commitment())).toContain('Poser un banc devant la mairie');
    expect(text(commitment())).toContain('Porté par : Service des espaces verts · Pour le 15 mai 2026');
    expect($<HTMLInputElement>(el, '#f-what')!.value).toBe('');

    button(el, 'Commencer la réalisation')!.click();
    await eventually(() => expect(status(el)).toBe('La réalisation a commencé.'));
    await userEvent.fill($(el, '#f-progressText')!, 'Le banc est commandé.');
    await userEvent.fill($(el, '#f-percent')!, '140');
    button(el, 'Publier l’avancement')!.click();
    await eventually(() =>
      expect(text($(el, '#e-percent'))).toBe('Pourcentage : un nombre entier de 0 à 100, par exemple 50.'),
    );
    await userEvent.fill($(el, '#f-percent')!, '40');
    button(el, 'Publier l’avancement')!.click();
    await eventually(() => expect(status(el)).toBe('Avancement publié. L’auteur en est informé.'));
    const bar = commitment().querySelector('progress')!;
    expect(bar.value).toBe(40);
    const label = shadow(el).getElementById(bar.getAttribute('aria-labelledby')!);
    expect(text(label)).toBe('Avancement : 40 %');
    expect(text(bar)).toBe('40 %');
    expect(text(commitment())).toContain('Le banc est commandé. (40 %)');
    await expectNoAxeViolations(el);

    button(el, 'Marquer comme réalisée')!.click();
    await eventually(() => expect(status(el)).toBe('Contribution marquée comme réalisée.'));
    expect(text(part(el, 'item-status'))).toBe('État : Réalisée · Dernière modification le 15 mars 2026');
    expect(text(part(el, 'workflow'))).toContain('Il n’y a plus rien à faire sur cette contribution.');
  });

  it('shows both versions when a colleague decided meanwhile, keeps mine, and sends it on the new version', async () => {
    const { backoffice } = await answerSeed();
    const colleague = backoffice(COLLEAGUE);
    const el = await mount(backoffice(), { contribution: 'c_guichet' });
    await eventually(() => expect($(el, '#f-text')).not.toBeNull());
    $<HTMLInputElement>(el, '#f-verdict-accepted')!.click();
    await userEvent.fill($(el, '#f-text')!, 'Le guichet ouvrira le samedi matin dès avril, car la demande est forte.');
    await userEvent.fill($(el, '#f-service')!, 'Direction des services à la population');
    // Meanwhile, the colleague decides on version 3 (the one on screen).
    await colleague.sendEvent(
      'c_guichet',
      {
        type: 'contribution.decide',
        data: {
          answer: {
            verdict: 'declined',
            text: 'Nous ne pouvons pas ouvrir le samedi cette année, faute d’agents.',
            service: 'Direction des ressources',
          },
        },
      },
      3,
    );
    button(el, 'Enregistrer la décision')!.click();
    await eventually(() => expect(active(el)?.id).toBe('conflict-heading'));
    expect(text(active(el))).toBe('Une autre personne a changé cette contribution entre-temps');
    const theirs = text(part(el, 'theirs'));
    expect(theirs).toContain('Ce que votre collègue a enregistré le 15 mars 2026');
    expect(theirs).toContain('Réponse : Non retenue');
    expect(theirs).toContain('Nous ne pouvons pas ouvrir le samedi cette année');
    const mine = text(part(el, 'mine'));
    expect(mine).toContain('Ce que vous aviez préparé');
    expect(mine).toContain('Réponse : Acceptée');
    expect(mine).toContain('Le guichet ouvrira le samedi matin dès avril');
    expect(mine).toContain('Signée par : Direction des services à la population');
    await expectNoAxeViolations(el);
    // Nothing was overwritten: the store still holds the colleague's decision.
    expect((await colleague.getContribution('c_guichet')).contribution.answer?.verdict).toBe('declined');

    await userEvent.tab();
    expect(text(active(el))).toBe('Utiliser ma réponse sur la nouvelle version');
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(status(el)).toBe('Décision enregistrée. Elle reste interne jusqu’à sa publication.'));
    const stored = (await colleague.getContribution('c_guichet')).contribution;
    expect(stored.version).toBe(5);
    expect(stored.answer).toMatchObject({ verdict: 'accepted', service: 'Direction des services à la population' });
  });

  it('offers only "keep theirs" when a colleague already published, and then drops mine', async () => {
    const { backoffice } = await answerSeed();
    const colleague = backoffice(COLLEAGUE);
    const el = await mount(backoffice(), { contribution: 'c_ateliers' });
    await eventually(() => expect(button(el, 'Publier la réponse')).toBeDefined());
    await colleague.publishAnswers('groupe-rsa-nord', [{ id: 'c_ateliers', expectedVersion: 4 }]);
    button(el, 'Publier la réponse')!.click();
    await eventually(() => expect(part(el, 'theirs')).not.toBeNull());
    expect(text(part(el, 'conflict'))).toContain(
      'Ce que vous aviez préparé n’est plus possible : la contribution est maintenant « Acceptée ».',
    );
    expect(button(el, 'Utiliser ma réponse sur la nouvelle version')).toBeUndefined();
    button(el, 'Garder sa version (abandonner la mienne)')!.click();
    await eventually(() =>
      expect(status(el)).toBe('Ce que vous aviez préparé est abandonné : la version de votre collègue est gardée.'),
    );
    expect(text(part(el, 'item-status'))).toBe('État : Acceptée · Dernière modification le 15 mars 2026');
  });

  it('puts what the server refused on the field it concerns, in the server’s words, with the field named', async () => {
    const { backoffice } = await answerSeed();
    const backend = backoffice();
    const refusing: BackofficeBackend = {
      ...backend,
      sendEvent: async () => {
        throw {
          kind: 'rejected',
          status: 422,
          message: 'Invalid',
          issues: [
            { path: ['data', 'answer', 'service'], message: 'Service inconnu (exemple : Direction de l’insertion)' },
          ],
        };
      },
    };
    const el = await mount(refusing, { contribution: 'c_ateliers' });
    await eventually(() => expect($(el, '#f-service')).not.toBeNull());
    button(el, 'Enregistrer la décision')!.click();
    await eventually(() => expect(active(el)?.id).toBe('f-service'));
    expect(text($(el, '#e-service'))).toBe('Service qui signe : Service inconnu (exemple : Direction de l’insertion)');
    expect(text(part(el, 'alert'))).toBe('Rien n’a été envoyé : 1 champ est à corriger.');
    expect($<HTMLTextAreaElement>(el, '#f-text')!.value).toBe(
      'Nous ouvrons deux ateliers par mois à la médiathèque, car la demande est forte.',
    );
  });

  it('keeps markup in the author’s text inert', async () => {
    const { backoffice } = await answerSeed([
      build(
        {
          id: 'c_xss',
          title: '<b>Titre</b> <script>window.__answerPwned = 1</script>',
          body: 'Bonjour <img src=x onerror="window.__answerPwned = 2"> <a href="javascript:alert(1)">lien</a>',
          at: '2026-03-02T09:00:00.000Z',
        },
        [{ type: 'contribution.submit', actor: author }],
      ),
    ]);
    const el = await mount(backoffice(), { contribution: 'c_xss' });
    await eventually(() => expect(part(el, 'body')).not.toBeNull());
    expect(text(part(el, 'body'))).toBe(
      'Bonjour <img src=x onerror="window.__answerPwned = 2"> <a href="javascript:alert(1)">lien</a>',
    );
    expect(text(part(el, 'title'))).toBe('<b>Titre</b> <script>window.__answerPwned = 1</script>');
    expect(shadow(el).querySelector('img, script, b, a[href]')).toBeNull();
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __answerPwned?: number }).__answerPwned).toBeUndefined();
  });
});

describe('participe-answer-form: every state, axe clean', () => {
  it('idle, loading, empty, failed and back', async () => {
    const { backoffice } = await answerSeed();
    const idle = document.createElement('participe-answer-form');
    idle.backend = backoffice();
    document.body.append(idle);
    await idle.updateComplete;
    expect(status(idle)).toBe('');
    await expectNoAxeViolations(idle);
    idle.remove();

    const gate = held(backoffice(), ['listContributions']);
    const el = await mount(gate.backend);
    await eventually(() => expect(status(el)).toBe('Chargement des contributions…'));
    await expectNoAxeViolations(el);
    gate.fail({ kind: 'offline', message: 'Failed to fetch' });
    gate.release();
    await eventually(() => expect(text(part(el, 'error'))).toContain('Vous n’êtes pas connecté à Internet.'));
    await expectNoAxeViolations(el);
    gate.fail(null);
    button(el, 'Réessayer')!.click();
    await eventually(() => expect(titles(el)).toHaveLength(4));

    const { backoffice: empty } = await answerSeed();
    const none = held(empty(), ['listContributions']);
    const emptyEl = await mount({ ...none.backend, listContributions: async () => ({ items: [], nextCursor: null }) });
    await eventually(() =>
      expect(text(part(emptyEl, 'base'))).toContain('Aucune contribution n’attend de réponse dans ce groupe.'),
    );
    await expectNoAxeViolations(emptyEl);
  });

  it('one contribution: loading, sending, publishing together, failed', async () => {
    const { backoffice } = await answerSeed();
    const gate = held(backoffice(), ['getContribution', 'sendEvent']);
    const el = await mount(gate.backend, { contribution: 'c_ateliers' });
    await eventually(() => expect(status(el)).toBe('Chargement de la contribution…'));
    await expectNoAxeViolations(el);
    gate.release();
    await eventually(() => expect(button(el, 'Publier la réponse')).toBeDefined());
    gate.hold();
    button(el, 'Publier la réponse')!.click();
    await eventually(() => expect(status(el)).toBe('Envoi en cours…'));
    expect(button(el, 'Publier la réponse')!.disabled).toBe(true);
    await expectNoAxeViolations(el);
    gate.fail({ kind: 'offline', message: 'Failed to fetch' });
    gate.release();
    await eventually(() => expect(text(part(el, 'alert'))).toBe('Vous n’êtes pas connecté à Internet.'));
    await expectNoAxeViolations(el);

    const missing = await mount(backoffice(), { contribution: 'c_inconnue' });
    await eventually(() =>
      expect(text(part(missing, 'error'))).toContain('Cette contribution ou ce groupe n’existe pas.'),
    );
    await expectNoAxeViolations(missing);

    const list = held(backoffice(), ['publishAnswers']);
    const listEl = await mount(list.backend);
    await eventually(() => expect(titles(listEl)).toHaveLength(4));
    $<HTMLInputElement>(listEl, '#s-c_ateliers')!.click();
    await listEl.updateComplete;
    button(listEl, 'Publier les réponses cochées (1)')!.click();
    await eventually(() => expect(part(listEl, 'confirm')).not.toBeNull());
    button(listEl, 'Oui, publier')!.click();
    await eventually(() => expect(status(listEl)).toBe('Publication en cours…'));
    await expectNoAxeViolations(listEl);
    list.release();
    await eventually(() => expect(part(listEl, 'notice')).not.toBeNull());
  });

  it('a conflict while their version loads, and when it cannot be read', async () => {
    const { backoffice } = await answerSeed();
    const colleague = backoffice(COLLEAGUE);
    const gate = held(backoffice(), ['getContribution']);
    gate.release();
    const el = await mount(gate.backend, { contribution: 'c_ateliers' });
    await eventually(() => expect(button(el, 'Publier la réponse')).toBeDefined());
    const other = {
      verdict: 'accepted' as const,
      text: 'Deux ateliers par mois, dès avril, à la médiathèque.',
      service: 'Service numérique',
    };
    await colleague.sendEvent('c_ateliers', { type: 'contribution.decide', data: { answer: other } }, 4);
    gate.hold();
    button(el, 'Publier la réponse')!.click();
    await eventually(() => expect(status(el)).toBe('Lecture de la nouvelle version…'));
    expect(part(el, 'conflict')).not.toBeNull();
    await expectNoAxeViolations(el);
    gate.fail({ kind: 'offline', message: 'Failed to fetch' });
    gate.release();
    await eventually(() => expect(text(part(el, 'conflict'))).toContain('La nouvelle version n’a pas pu être lue.'));
    await expectNoAxeViolations(el);
    gate.fail(null);
    button(el, 'Réessayer')!.click();
    // The answer I saw differs from theirs: "use mine" decides it again, it does not publish theirs.
    await eventually(() => expect(part(el, 'theirs')).not.toBeNull());
    expect(text(part(el, 'conflict'))).toContain('Votre réponse sera d’abord enregistrée comme décision');
    button(el, 'Utiliser ma réponse sur la nouvelle version')!.click();
    await eventually(() => expect(status(el)).toBe('Décision enregistrée. Elle reste interne jusqu’à sa publication.'));
    const stored = (await colleague.getContribution('c_ateliers')).contribution;
    expect(stored.status).toBe('decided');
    expect(stored.answer?.text).toBe('Nous ouvrons deux ateliers par mois à la médiathèque, car la demande est forte.');
  });

  it('says plainly who may answer: a facilitator, another group’s professional, a signed-out page', async () => {
    const { backoffice } = await answerSeed();
    const facilitator = await mount(backoffice(FACILITATOR), { contribution: 'c_guichet' });
    await eventually(() => expect($(facilitator, '#f-text')).not.toBeNull());
    await userEvent.fill($(facilitator, '#f-text')!, 'Une réponse que ce rôle ne peut pas envoyer.');
    $<HTMLInputElement>(facilitator, '#f-verdict-answered')!.click();
    await userEvent.fill($(facilitator, '#f-service')!, 'Animation du groupe');
    button(facilitator, 'Enregistrer la décision')!.click();
    await eventually(() =>
      expect(text(part(facilitator, 'denied'))).toContain(
        'Seuls les professionnels de ce groupe peuvent répondre à ses contributions.',
      ),
    );
    await expectNoAxeViolations(facilitator);

    const outsider = await mount(backoffice({ role: 'professional', memberId: 'm_sud', spaceIds: ['s_sud'] }), {
      contribution: 'c_bus',
    });
    await eventually(() => expect(button(outsider, 'Prendre en charge')).toBeDefined());
    button(outsider, 'Prendre en charge')!.click();
    await eventually(() => expect(part(outsider, 'denied')).not.toBeNull());
    expect(active(outsider)?.id).toBe('retry');

    const signedOut = { ...backoffice() };
    signedOut.getSpace = async () => {
      throw { kind: 'unauthorized', message: 'Sign in', status: 401 };
    };
    const el = await mount(signedOut);
    await eventually(() =>
      expect(text(part(el, 'denied'))).toContain(
        'Connectez-vous avec votre compte professionnel pour répondre aux contributions.',
      ),
    );
    await expectNoAxeViolations(el);
  });

  it('uses the token the host page sets while the list is loading (a slow sign-in)', async () => {
    const { backoffice } = await answerSeed();
    let el: Form | undefined;
    const api = signedInLate(backoffice(), ['getSpace'], () => el?.token ?? null);
    el = await mount(api.backend);
    await eventually(() => expect(api.tokens).toEqual([null]));
    el.token = 'professional-token';
    await el.updateComplete;
    api.answer();
    await eventually(() => expect(titles(el!)).toContain('Un bus plus tôt le matin'));
    expect(api.tokens).toEqual([null, 'professional-token']);
    expect(part(el, 'denied')).toBeNull();
  });

  it('speaks English when the page does', async () => {
    document.documentElement.lang = 'en';
    const { backoffice } = await answerSeed();
    const el = await mount(backoffice(), { contribution: 'c_guichet' });
    await eventually(() => expect(text($(el, '#decide-heading'))).toBe('Decide the answer (internal)'));
    await expectNoAxeViolations(el);
  });
});

describe('participe-answer-form: what a phone and a screen reader showed (issue 21)', () => {
  it('says when it last changed, never an internal "Version N"', async () => {
    const { backoffice } = await answerSeed();
    const el = await mount(backoffice(), { contribution: 'c_ateliers' });
    await eventually(() => expect(part(el, 'header')).not.toBeNull());
    expect(text(part(el, 'item-status'))).toBe(
      'État : Réponse décidée, pas encore publiée · Dernière modification le 20 février 2026',
    );
    expect(text(el.shadowRoot!.querySelector('[part~="base"]'))).not.toMatch(/version\s*\d/i);
    expect(part(el, 'item-status')!.querySelector('time')?.getAttribute('datetime')).toMatch(/^2026-02-20T/);
  });

  it('marks the author’s words with the language they were written in', async () => {
    const { backoffice } = await answerSeed([
      waitingIn('en', 'c_en', 'An earlier bus', 'The morning bus comes after the office opens.'),
    ]);
    const el = await mount(backoffice());
    await eventually(() => expect(titles(el)).toContain('An earlier bus'));
    expect(item(el, 'An earlier bus').querySelector('[part~="item-title"]')?.getAttribute('lang')).toBe('en');
    // Stored before contributions said their language: French, the council's.
    expect(item(el, 'Un guichet le samedi').querySelector('[part~="item-title"]')?.getAttribute('lang')).toBe('fr');
    button(el, 'An earlier bus')!.click();
    await eventually(() => expect(text(part(el, 'title'))).toBe('An earlier bus'));
    expect(part(el, 'title')!.getAttribute('lang')).toBe('en');
    expect(part(el, 'body')!.getAttribute('lang')).toBe('en');
    await expectNoAxeViolations(el);
  });

  it('keeps each radio on the first line of a label that takes two', async () => {
    const { backoffice } = await answerSeed();
    const narrow = document.createElement('div');
    narrow.style.width = '150px';
    document.body.append(narrow);
    const el = await mount(backoffice(), { contribution: 'c_guichet' });
    narrow.append(el);
    await eventually(() => expect(shadow(el).querySelectorAll('.choice')).not.toHaveLength(0));
    let twoLines = 0;
    for (const choice of shadow(el).querySelectorAll('.choice')) {
      const radio = choice.querySelector('input')!.getBoundingClientRect();
      const label = choice.querySelector('label')!;
      const line = Number.parseFloat(getComputedStyle(label).lineHeight);
      const box = label.getBoundingClientRect();
      if (box.height > line * 1.5) twoLines++;
      const centre = radio.top + radio.height / 2;
      expect(Math.abs(centre - (box.top + line / 2)), text(label)).toBeLessThanOrEqual(2);
    }
    expect(twoLines, 'at least one label wraps at 150 px').toBeGreaterThan(0);
  });

  it('is a named region outside the page’s landmarks, and adds none inside <main>', async () => {
    const { backoffice } = await answerSeed();
    const el = await mount(backoffice());
    await eventually(() => expect(titles(el)).toHaveLength(4));
    const base = () => el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(base().getAttribute('role')).toBe('region');
    expect(base().getAttribute('aria-label')).toBe('Contributions qui attendent une réponse');
    const main = document.createElement('main');
    document.body.append(main);
    main.append(el);
    await eventually(() => expect(titles(el)).toHaveLength(4));
    await el.updateComplete;
    expect(base().hasAttribute('role')).toBe(false);
    expect(base().hasAttribute('aria-label')).toBe(false);
  });
});
