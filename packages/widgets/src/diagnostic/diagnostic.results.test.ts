import { createLocalBackend } from '@participe/adapters/local';
import { type DiagnosticResponse, defaultQuestionnaire, type ParticipeBackend } from '@participe/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import './participe-diagnostic.js';
import { eventually, expectNoAxeViolations, failing, gated, NOW, seeded, shadow, text } from '../testing/browser.js';
import { CONTENT, clearDrafts, completeDefaultAnswers, saveDraft, tiny } from './diagnostic.fixtures.js';

type Diagnostic = HTMLElementTagNameMap['participe-diagnostic'];

const PAYLOAD = '<img src=x onerror=alert(1)><script>alert(2)</script>';
const SPACE = 'groupe-rsa-nord';

async function mount(
  props: Partial<Pick<Diagnostic, 'questionnaire' | 'content' | 'backend' | 'responses'>> = {},
  attrs: Record<string, string> = {},
  parent: Element = document.body,
) {
  const el = document.createElement('participe-diagnostic');
  el.content = CONTENT;
  Object.assign(el, props);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  parent.append(el);
  await el.updateComplete;
  return el;
}

const $ = <E extends Element = HTMLElement>(el: Diagnostic, selector: string) => shadow(el).querySelector<E>(selector);
const button = (el: Diagnostic, label: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label);
const status = (el: Diagnostic) => text($(el, '[part~="share-status"]'));

/** The space's back end, as an anonymous visitor and as a member who is a person concerned. */
async function backends() {
  const { store, backend } = await seeded([]);
  const member = (role: 'concerned' | 'professional', id: string) =>
    createLocalBackend(store, { now: () => NOW, caller: { role, memberId: id, spaceIds: ['s_nord'] } });
  return { store, anonymous: backend, member };
}

/** The default questionnaire answered in full on this device, waiting at the review. */
async function atResults(backend: ParticipeBackend, props: Partial<Pick<Diagnostic, 'content'>> = {}) {
  await saveDraft(SPACE, defaultQuestionnaire, { state: 'review', answers: completeDefaultAnswers() });
  const el = await mount({ backend, questionnaire: null, ...props }, { space: SPACE });
  await eventually(() => expect(button(el, 'Voir mes résultats')).toBeDefined());
  button(el, 'Voir mes résultats')!.click();
  await eventually(() => expect($(el, '[part~="share"]')).not.toBeNull());
  return el;
}

const RESPONSES: DiagnosticResponse[] = [
  { role: 'concerned', answers: { group: 'no', answers: 1 } },
  { role: 'concerned', answers: { group: 'yes', parity: 'low', answers: 1 } },
  { role: 'professional', answers: { group: 'yes', parity: 'high', answers: 3 } },
  { role: 'elected', answers: { group: 'yes', parity: 'high', answers: 2 } },
];

beforeEach(async () => {
  document.documentElement.lang = 'fr';
  await clearDrafts();
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('participe-diagnostic: sharing and the group view', () => {
  it('adds a member’s answers to the group’s, and tells a visitor only members can', async () => {
    const { store, anonymous, member } = await backends();
    const visitor = await atResults(anonymous);
    expect(text($(visitor, '[part~="share"]'))).toContain(
      'Votre rôle dans le groupe accompagne vos réponses, votre nom non.',
    );
    await expectNoAxeViolations(visitor);
    button(visitor, 'Ajouter mes réponses à celles du groupe')!.click();
    await eventually(() =>
      expect(status(visitor)).toBe(
        'Seuls les membres du groupe, connectés, peuvent ajouter leurs réponses. Vos résultats restent sur cet appareil.',
      ),
    );
    expect(button(visitor, 'Ajouter mes réponses à celles du groupe')).toBeDefined();
    await expectNoAxeViolations(visitor);
    visitor.remove();

    const gate = gated(member('concerned', 'm_1'), ['submitDiagnostic']);
    const el = await atResults(gate.backend);
    button(el, 'Ajouter mes réponses à celles du groupe')!.click();
    await eventually(() => expect(status(el)).toBe('Envoi de vos réponses…'));
    await expectNoAxeViolations(el);
    gate.open();
    await eventually(() => expect(status(el)).toBe('Vos réponses sont ajoutées à celles du groupe. Merci.'));
    expect(button(el, 'Ajouter mes réponses à celles du groupe')).toBeUndefined();
    const stored = await store.listDiagnosticResponses('s_nord');
    expect(stored.map((r) => r.role)).toEqual(['concerned']);
    await expectNoAxeViolations(el);

    // Back to the answers: what was shared may change, so sharing is offered again.
    button(el, 'Revoir mes réponses')!.click();
    await eventually(() => expect(button(el, 'Voir mes résultats')).toBeDefined());
    button(el, 'Voir mes résultats')!.click();
    await eventually(() => expect(button(el, 'Ajouter mes réponses à celles du groupe')).toBeDefined());
  });

  it('shows given responses role by role, drawn, in a table, and says in words where views differ', async () => {
    const el = await mount({ questionnaire: tiny(), responses: RESPONSES }, { view: 'group' });
    await eventually(() => expect(text($(el, '#group-title'))).toBe('Ce que pense le groupe'));
    const group = $(el, '[part~="group"]')!;
    expect(text(group.querySelector('p'))).toBe('Réponses reçues : 4. 2 personnes concernées, 1 professionnel, 1 élu.');
    expect([...group.querySelectorAll('thead th')].map(text)).toEqual([
      'Dimension',
      'Ensemble',
      'Personnes concernées',
      'Professionnels',
      'Élus',
    ]);
    const firstRow = [...group.querySelectorAll('tbody tr')][0]!;
    expect([...firstRow.children].map(text)).toEqual([
      '1. La place des personnes concernées',
      '62,5 (En construction)',
      '25 (Fragile)',
      '100 (Solide)',
      '100 (Solide)',
    ]);
    expect([...group.querySelectorAll('[part~="legend"] li')].map(text)).toEqual([
      'Ensemble',
      'Personnes concernées',
      'Professionnels',
      'Élus',
    ]);
    // Largest gap first, and which way it goes, in words.
    expect([...group.querySelectorAll('[part~="differences"] li')].map(text)).toEqual([
      'Sur « Les réponses au groupe », les personnes concernées voient les choses moins positivement que les professionnels : 0 sur 100 contre 100, soit 100 points d’écart.',
      'Sur « La place des personnes concernées », les personnes concernées voient les choses moins positivement que les professionnels : 25 sur 100 contre 100, soit 75 points d’écart.',
    ]);
    expect(text(group)).toContain('La plupart des réponses situent la démarche à la phase');
    expect(group.querySelector('svg[part~="radar"]')?.getAttribute('role')).toBe('img');
    expect(shadow(el).querySelector('[style]')).toBeNull();
    await expectNoAxeViolations(el);
  });

  it('loads the space’s picture from the API, and says when nobody answered or only members may see it', async () => {
    const { anonymous, member } = await backends();
    await member('concerned', 'm_1').submitDiagnostic(SPACE, completeDefaultAnswers('first'));
    await member('professional', 'p_1').submitDiagnostic(SPACE, completeDefaultAnswers('last'));
    const gate = gated(member('professional', 'p_1'), ['getDiagnosticAggregate']);
    const el = await mount({ backend: gate.backend, questionnaire: null }, { view: 'group', space: SPACE });
    await eventually(() => expect(text($(el, '[part~="live"]'))).toBe('Chargement des réponses du groupe…'));
    await expectNoAxeViolations(el);
    gate.open();
    await eventually(() => expect($(el, '[part~="differences"]')).not.toBeNull());
    expect(text($(el, '[part~="group"] p'))).toBe('Réponses reçues : 2. 1 personne concernée, 1 professionnel.');
    await expectNoAxeViolations(el);
    el.remove();

    const nobody = await mount(
      { backend: member('professional', 'p_1'), questionnaire: null },
      { view: 'group', space: 'nulle-part' },
    );
    await eventually(() => expect(text($(nobody, '[role="alert"]'))).toContain('Réessayer'));
    nobody.remove();

    const { member: emptyMember } = await backends();
    const empty = await mount(
      { backend: emptyMember('concerned', 'm_2'), questionnaire: null },
      { view: 'group', space: SPACE },
    );
    await eventually(() =>
      expect(text(shadow(empty).querySelector('[part~="base"] > p:last-child'))).toBe(
        'Personne n’a encore répondu au questionnaire.',
      ),
    );
    await expectNoAxeViolations(empty);
    empty.remove();

    const refused = await mount({ backend: anonymous, questionnaire: null }, { view: 'group', space: SPACE });
    const alert = () => shadow(refused).querySelector('[role="alert"]');
    await eventually(() =>
      expect(text(alert())).toContain('Seuls les membres du groupe, connectés, peuvent voir ses réponses.'),
    );
    await expectNoAxeViolations(refused);
    refused.backend = member('professional', 'p_1');
    await eventually(() => expect($(refused, '[part~="group"]')).not.toBeNull());
  });

  it('says when the questionnaire cannot load, and loads it on retry', async () => {
    const down = failing((await seeded([])).backend, ['getQuestionnaire'], { kind: 'offline', message: 'down' });
    const el = await mount({ backend: down.backend, questionnaire: null }, { space: SPACE });
    const alert = () => shadow(el).querySelector('[role="alert"]');
    await eventually(() => expect(text(alert())).toContain('Vous n’êtes pas connecté à Internet.'));
    await expectNoAxeViolations(el);
    down.heal();
    alert()!.querySelector('button')!.click();
    await eventually(() => expect(button(el, 'Commencer')).toBeDefined());
    expect(alert()).toBeNull();
  });

  it('reads the council’s phases and resources from its API when the results show, never before', async () => {
    const { backend } = await seeded([]);
    const asked: string[] = [];
    // The council wrote its own words: they, not the built-in ones, must show.
    const council: ParticipeBackend = {
      ...backend,
      // The names alone (`fields=label`): the results never read whole phases (13 KiB).
      listPhases: () => Promise.reject(new Error('whole phases are not needed')),
      listPhaseLabels: async (q) => {
        asked.push('phases');
        const page = await backend.listPhaseLabels!(q);
        return { ...page, items: page.items.map((p) => ({ ...p, label: { standard: `Étape du conseil ${p.id}` } })) };
      },
      listResources: async (q) => {
        asked.push('resources');
        const page = await backend.listResources(q);
        return { ...page, items: page.items.map((r) => ({ ...r, title: { standard: `Outil du conseil ${r.id}` } })) };
      },
    };
    const gate = gated(council, ['listPhaseLabels']);
    await saveDraft(SPACE, defaultQuestionnaire, { state: 'review', answers: completeDefaultAnswers() });
    const el = await mount({ backend: gate.backend, questionnaire: null, content: null }, { space: SPACE });
    await eventually(() => expect(button(el, 'Voir mes résultats')).toBeDefined());
    expect(asked).toEqual([]);
    button(el, 'Voir mes résultats')!.click();
    // The person's own figures show at once; the council's words follow.
    await eventually(() => expect(text($(el, '[part~="content-status"]'))).toContain('Chargement des phases'));
    expect($(el, '[part~="table"] tbody tr')).not.toBeNull();
    expect($(el, '[part~="phase-estimate"]')).toBeNull();
    await expectNoAxeViolations(el);
    gate.open();
    await eventually(() =>
      expect(text($(el, '[part~="phase-estimate"]'))).toMatch(/phase \d : Étape du conseil \w+\./),
    );
    expect($(el, '[part~="content-status"]')).toBeNull();
    expect(text($(el, '[part~="recommendations"]'))).toContain('Phase du cycle : Étape du conseil');
    expect(text($(el, '[part~="recommendations"] [part~="resources"]'))).toContain('Outil du conseil');
    const shown = [...shadow(el).querySelectorAll('[part~="resource"]')].map((r) => text(r));
    expect(shown.length).toBeGreaterThan(0);
    for (const r of shown) expect(r).toContain('Outil du conseil');
    await expectNoAxeViolations(el);
  });

  it('shows the results without the council’s content when its API is down, and loads it on retry', async () => {
    const { backend } = await seeded([]);
    const down = failing(backend, ['listResources'], { kind: 'offline', message: 'down' });
    const el = await atResults(down.backend, { content: null });
    const alert = () => $(el, '[part~="results"] [role="alert"]');
    await eventually(() => expect(text(alert())).toContain('Vous n’êtes pas connecté à Internet.'));
    expect($(el, '[part~="table"] tbody tr')).not.toBeNull();
    expect($(el, '[part~="recommendations"] [part~="resources"]')).toBeNull();
    await expectNoAxeViolations(el);
    down.heal();
    alert()!.querySelector('button')!.click();
    await eventually(() => expect($(el, '[part~="recommendations"] [part~="resources"]')).not.toBeNull());
    expect(alert()).toBeNull();
    expect(text($(el, '[part~="phase-estimate"]'))).toMatch(/phase \d : /);

    // Neither an API nor the host's content: said plainly, never the built-in pack instead.
    el.remove();
    const alone = await atResults(null as unknown as ParticipeBackend, { content: null });
    await eventually(() =>
      expect(text($(alone, '[part~="results"] [role="alert"]'))).toContain(
        'Les phases du cycle et les ressources conseillées n’ont pas pu être chargées.',
      ),
    );
    await expectNoAxeViolations(alone);
  });

  it('renders markup in a council’s questionnaire as inert text', async () => {
    const el = await mount({ questionnaire: tiny({ label: `Question ${PAYLOAD}` }) });
    await eventually(() => expect(button(el, 'Commencer')).toBeDefined());
    button(el, 'Commencer')!.click();
    await eventually(() => expect(text($(el, 'legend'))).toBe(`Question ${PAYLOAD} (obligatoire)`));
    expect(shadow(el).querySelectorAll('img, script')).toHaveLength(0);
  });

  it('asks the default questionnaire in English on an English page, and in easy French with variant="falc"', async () => {
    const english = document.createElement('div');
    english.lang = 'en';
    document.body.append(english);
    const en = await mount({ questionnaire: null }, {}, english);
    await eventually(() =>
      expect(text($(en, '[part~="heading"]'))).toBe('Where does our participation approach stand?'),
    );
    expect(button(en, 'Start')).toBeDefined();
    await expectNoAxeViolations(en);

    const falc = await mount({ questionnaire: null }, { variant: 'falc' });
    await eventually(() => expect(text($(falc, '[part~="heading"]'))).toBe('Notre groupe : où en sommes-nous ?'));
    button(falc, 'Commencer')!.click();
    await eventually(() => expect(text($(falc, '[part~="progress-label"]'))).toMatch(/^Partie 1 sur \d+$/));
    expect(text($(falc, '[part~="step-title"]'))).toBe('Les élus et les chefs de service');
    expect(text($(falc, 'legend'))).toContain('Les élus disent-ils en public qu’ils soutiennent le groupe ?');
    await expectNoAxeViolations(falc);
  });
});
