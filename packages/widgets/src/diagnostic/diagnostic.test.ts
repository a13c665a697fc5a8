import type { ContentPack } from '@participe/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './participe-diagnostic.js';
import type { ParticipeDiagnosticCompleteEvent } from '../events/diagnostic-complete.js';
import { eventually, expectNoAxeViolations, shadow, text } from '../testing/browser.js';
import { CONTENT, clearDrafts, loadDraft, saveDraft, tiny } from './diagnostic.fixtures.js';

type Diagnostic = HTMLElementTagNameMap['participe-diagnostic'];

const PAYLOAD = '<img src=x onerror=alert(1)><script>alert(2)</script>';

async function mount(
  props: Partial<Pick<Diagnostic, 'questionnaire' | 'content'>> = {},
  attrs: Record<string, string> = {},
) {
  const el = document.createElement('participe-diagnostic');
  el.questionnaire = props.questionnaire === undefined ? tiny() : props.questionnaire;
  el.content = props.content === undefined ? CONTENT : props.content;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const $ = <E extends Element = HTMLElement>(el: Diagnostic, selector: string) => shadow(el).querySelector<E>(selector);
const active = (el: Diagnostic) => shadow(el).activeElement;
const stepTitle = (el: Diagnostic) => text($(el, '[part~="step-title"]'));
const radio = (el: Diagnostic, name: string, value: string) =>
  $<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`)!;
const button = (el: Diagnostic, label: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label)!;

beforeEach(async () => {
  document.documentElement.lang = 'fr';
  await clearDrafts();
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('participe-diagnostic: answering', () => {
  it('goes from the intro to the results with the keyboard alone, one step at a time, without axe violations', async () => {
    let release!: (c: Partial<ContentPack>) => void;
    const el = await mount({ content: new Promise((r) => (release = r)) }, { 'resource-url': '/ressources/{id}' });
    const completed: ParticipeDiagnosticCompleteEvent['detail'][] = [];
    el.addEventListener('participe-diagnostic-complete', (e) => completed.push(e.detail));
    expect(text($(el, '[part~="live"]'))).toBe('Chargement du questionnaire…');
    await expectNoAxeViolations(el);
    release(CONTENT);

    await eventually(() => expect(text($(el, '[part~="heading"]'))).toBe('Notre petit diagnostic'));
    expect(text($(el, '[part~="intro"]'))).toContain(
      'Vos réponses restent sur cet appareil. Elles ne sont envoyées à personne.',
    );
    await expectNoAxeViolations(el);
    await userEvent.tab();
    expect(text(active(el))).toBe('Commencer');
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(active(el)?.id).toBe('step-title'));
    expect(stepTitle(el)).toBe('Le groupe');
    expect(text($(el, '[part~="progress-label"]'))).toBe('Étape 1 sur 2');
    expect($<HTMLProgressElement>(el, 'progress')!.value).toBe(1);

    // Going on without the required answer: said at the top and at the question, focus on it.
    await userEvent.tab(); // first choice of the first question
    await userEvent.tab(); // back
    await userEvent.tab(); // continue
    expect(text(active(el))).toBe('Continuer');
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(text($(el, '[part~="step-error"]'))).toMatch(/^Il manque des réponses/));
    expect(text($(el, '[part~="field-error"]'))).toBe('⚠ Répondez à cette question pour continuer.');
    expect(active(el)).toBe(radio(el, 'group', 'yes'));
    expect(radio(el, 'group', 'yes').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(el);

    await userEvent.keyboard(' '); // yes: the parity question appears
    await eventually(() => expect(radio(el, 'parity', 'high')).not.toBeNull());
    expect($(el, '[part~="field-error"]')).toBeNull();
    await userEvent.tab(); // into the parity choices
    await userEvent.keyboard('{ArrowDown}'); // "less than half"
    expect(radio(el, 'parity', 'low').checked).toBe(true);
    await userEvent.tab(); // back
    await userEvent.tab(); // continue
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(stepTitle(el)).toBe('Les réponses'));
    expect(text($(el, '[part~="progress-label"]'))).toBe('Étape 2 sur 2');
    await expectNoAxeViolations(el);

    // Back keeps the answers.
    button(el, 'Retour').focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(stepTitle(el)).toBe('Le groupe'));
    expect(radio(el, 'group', 'yes').checked).toBe(true);
    expect(radio(el, 'parity', 'low').checked).toBe(true);
    button(el, 'Continuer').focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(active(el)?.id).toBe('step-title'));

    await userEvent.tab(); // the scale's first step: "Jamais"
    await userEvent.keyboard(' ');
    await userEvent.tab(); // "Par courrier"
    await userEvent.keyboard(' ');
    await userEvent.tab(); // "En réunion"
    await userEvent.keyboard(' ');
    await userEvent.tab(); // "Sur le site": a third choice is one too many
    await userEvent.keyboard(' ');
    await eventually(() =>
      expect(text($(el, '[part~="field-error"]'))).toBe('⚠ Trop de réponses cochées : enlevez-en une.'),
    );
    expect(radio(el, 'means', 'site').checked).toBe(false);
    await userEvent.tab(); // "Il ne les apprend pas" does not go with the others
    await userEvent.keyboard(' ');
    await eventually(() =>
      expect(text($(el, '[part~="field-error"]'))).toBe(
        '⚠ Cette réponse ne va pas avec les autres : gardez-la seule, ou enlevez-la.',
      ),
    );
    await expectNoAxeViolations(el);
    await userEvent.tab(); // the free text
    expect(active(el)?.tagName).toBe('TEXTAREA');
    await userEvent.keyboard(`Merci ${PAYLOAD}`);
    await userEvent.tab(); // back
    await userEvent.tab(); // continue
    await userEvent.keyboard('{Enter}');

    await eventually(() => expect(active(el)?.id).toBe('review-title'));
    const answers = [...shadow(el).querySelectorAll('[part~="answer"] dd')].map((dd) => text(dd));
    expect(answers.map((a) => a.replace(/ Modifier$/, ''))).toEqual([
      'Oui',
      'Non, moins de la moitié',
      'Jamais',
      'Par courrier, En réunion',
      `Merci ${PAYLOAD}`,
    ]);
    expect(shadow(el).querySelectorAll('img, script')).toHaveLength(0);
    await expectNoAxeViolations(el);

    const edit = $<HTMLButtonElement>(
      el,
      'button[aria-label="Modifier la réponse à\u00a0: L’institution répond-elle au groupe ?"]',
    )!;
    edit.focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(stepTitle(el)).toBe('Les réponses'));
    radio(el, 'answers', '1').focus();
    await userEvent.keyboard('{ArrowDown}'); // "Parfois"
    expect(radio(el, 'answers', '2').checked).toBe(true);
    button(el, 'Continuer').focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(active(el)?.id).toBe('review-title'));
    button(el, 'Voir mes résultats').focus();
    await userEvent.keyboard('{Enter}');

    await eventually(() => expect(active(el)?.id).toBe('results-title'));
    expect(text($(el, '[part~="phase-estimate"]'))).toBe(
      'D’après vos réponses, votre démarche en est à la phase 3 : Co-construire des propositions.',
    );
    expect(completed).toEqual([{ questionnaireId: 'petit-diagnostic', phase: 'coConstruct' }]);
    const radar = $(el, 'svg[part~="radar"]')!;
    expect(radar.getAttribute('role')).toBe('img');
    expect(text($(el, `#${radar.getAttribute('aria-labelledby')}`))).toBe(
      'Vos résultats sur les 2 dimensions, de 0 au centre à 100 au bord.',
    );
    const rows = [...shadow(el).querySelectorAll('[part~="table"] tbody tr')].map((tr) =>
      [...tr.children].map((c) => text(c)),
    );
    expect(rows[0]).toEqual(['1. La place des personnes concernées', '50', 'En construction : À consolider.']);
    expect(rows[1]![0]).toBe('2. Les réponses au groupe');
    const recommendation = $(el, '[part~="recommendation"]')!;
    expect(text(recommendation.querySelector('.title'))).toBe('Faire de la place aux personnes concernées');
    expect(text(recommendation)).toContain('Phase du cycle : Aller vers et constituer le groupe');
    expect([...recommendation.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '/ressources/porte-a-porte',
      '/ressources/permanence-hors-les-murs',
    ]);
    expect($(el, '[part~="share"]')).toBeNull(); // no space: nothing to share with
    expect(shadow(el).querySelector('[style]')).toBeNull();
    await expectNoAxeViolations(el);

    button(el, 'Revoir mes réponses').focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(active(el)?.id).toBe('review-title'));
  });

  it('resumes after a reload where the person was, answers kept, and says so', async () => {
    const first = await mount();
    await eventually(() => expect(button(first, 'Commencer')).toBeDefined());
    button(first, 'Commencer').click();
    await eventually(() => expect(radio(first, 'group', 'yes')).not.toBeNull());
    radio(first, 'group', 'yes').click();
    button(first, 'Continuer').click();
    await eventually(() => expect(stepTitle(first)).toBe('Les réponses'));
    await eventually(async () => expect(await loadDraft(null, tiny())).toMatchObject({ state: 'steps', step: 1 }));
    first.remove();

    const again = await mount();
    await eventually(() => expect(stepTitle(again)).toBe('Les réponses'));
    expect(text($(again, '[part~="notice"]'))).toBe(
      'Vous aviez commencé ce questionnaire : vos réponses sont revenues.',
    );
    await expectNoAxeViolations(again);
    button(again, 'Retour').click();
    await eventually(() => expect(stepTitle(again)).toBe('Le groupe'));
    expect(radio(again, 'group', 'yes').checked).toBe(true);
    expect($(again, '[part~="notice"]')).toBeNull();
  });

  it('sets aside answers saved with another version, starts again on request, and keeps nothing untouched', async () => {
    await saveDraft(null, tiny(), { answers: { group: 'no' } });
    const changed = await mount({ questionnaire: tiny({ version: 2 }) });
    await eventually(() =>
      expect(text($(changed, '[part~="notice"]'))).toBe(
        'Le questionnaire a changé depuis vos dernières réponses : elles ont été mises de côté.',
      ),
    );
    expect(text(button(changed, 'Commencer'))).toBe('Commencer');
    expect(await loadDraft(null, tiny())).toBeNull();
    changed.remove();

    await saveDraft(null, tiny(), { state: 'review', answers: { group: 'no', answers: 1 } });
    const el = await mount();
    await eventually(() => expect(text($(el, '#review-title'))).toBe('Vérifiez vos réponses'));
    button(el, 'Voir mes résultats').click();
    await eventually(() => expect(button(el, 'Recommencer à zéro')).toBeDefined());
    button(el, 'Recommencer à zéro').focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(text(active(el))).toBe('Commencer'));
    expect(await loadDraft(null, tiny())).toBeNull();
    el.remove();

    const fresh = await mount();
    await eventually(() => expect(button(fresh, 'Commencer')).toBeDefined());
    expect($(fresh, '[part~="notice"]')).toBeNull();
    expect(await loadDraft(null, tiny())).toBeNull();
  });
});
