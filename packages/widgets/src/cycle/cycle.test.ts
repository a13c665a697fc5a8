import { type ContentPack, type CycleEvent, fr, type ParticipeBackend, PHASE_IDS } from '@participe/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import './participe-cycle.js';
import type { ParticipePhaseSelectEvent } from '../events/phase-select.js';
import { eventually, expectNoAxeViolations, failing, gated, seeded, shadow, text } from '../testing/browser.js';
import { at, facilitator, groupWith, roundTwoInDecide, steeredGroup } from './cycle.fixtures.js';

type Cycle = HTMLElementTagNameMap['participe-cycle'];

const PAYLOAD = '<img src=x onerror=alert(1)><script>alert(2)</script>';
const ROUND_TWO_IN_DECIDE = roundTwoInDecide(`Nous n’avons pas de garde d’enfants ${PAYLOAD}`);
const spaceInDecide = async () => (await groupWith(ROUND_TWO_IN_DECIDE)).backend;

async function mount(
  props: { backend?: ParticipeBackend; content?: Partial<ContentPack> } = {},
  attrs: Record<string, string> = {},
  parent: Element = document.body,
) {
  const el = document.createElement('participe-cycle');
  if (props.backend) el.backend = props.backend;
  if (props.content) el.content = props.content;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  parent.append(el);
  await el.updateComplete;
  return el;
}

const tabs = (el: Cycle) => [...shadow(el).querySelectorAll<SVGGElement>('[role="tab"]')];
const focusedTab = (el: Cycle) => shadow(el).activeElement?.id ?? null;
const sheetTitle = (el: Cycle) => text(shadow(el).querySelector('[part~="sheet-title"]'));
const ready = (el: Cycle) => eventually(() => expect(tabs(el)).toHaveLength(7));

beforeEach(() => {
  document.documentElement.lang = 'fr';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('participe-cycle', () => {
  it('shows the seven phases, the space’s current phase and round in words and by shape, without axe violations', async () => {
    const backend = await spaceInDecide();
    const gate = gated(backend, ['getSpace']);
    const el = await mount({ backend: gate.backend }, { space: 'groupe-rsa-nord' });
    expect(text(shadow(el).querySelector('[part~="live"]'))).toBe('Chargement du cycle…');
    await expectNoAxeViolations(el);
    gate.open();
    await ready(el);
    expect(text(shadow(el).querySelector('[part~="where"] p'))).toBe(
      'Le groupe « Groupe ressource du secteur Nord » en est à la phase 4 : Réponse et engagement de l’institution. C’est son tour numéro 2.',
    );
    const current = shadow(el).querySelectorAll('[part~="phase-current"]');
    expect(current).toHaveLength(1);
    expect(current[0]!.id).toBe('tab-decide');
    expect(current[0]!.getAttribute('aria-label')).toBe(
      'Phase 4\u00a0: Réponse et engagement de l’institution (phase actuelle du groupe)',
    );
    // Not by colour alone: a star beside the number and a dashed ring, explained in the legend.
    expect(text(current[0]!.querySelector('.number'))).toBe('★ Phase 4');
    expect(current[0]!.querySelector('.current-ring')).not.toBeNull();
    expect(text(shadow(el).querySelector('[part~="legend"]'))).toBe('★ : la phase où en est le groupe');
    expect(text(shadow(el).querySelector('.hub-text'))).toBe('Tour 2');
    expect(tabs(el).map((t) => t.getAttribute('tabindex'))).toEqual(['-1', '-1', '-1', '0', '-1', '-1', '-1']);
    expect(text(shadow(el).querySelector('[part~="choose"]'))).toBe('Choisissez une phase pour lire sa fiche.');
    expect(shadow(el).querySelector('style, [style]')).toBeNull();
    await expectNoAxeViolations(el);
  });

  it('is used with the keyboard alone: arrows, Home and End move around the wheel, Enter and Space open a sheet', async () => {
    const el = await mount({ backend: await spaceInDecide() }, { space: 'groupe-rsa-nord' });
    await ready(el);
    const selected: string[] = [];
    el.addEventListener('participe-phase-select', (e: ParticipePhaseSelectEvent) => selected.push(e.detail.phase));

    await userEvent.tab();
    expect(focusedTab(el)).toBe('tab-decide');
    await userEvent.keyboard('{ArrowRight}');
    expect(focusedTab(el)).toBe('tab-act');
    await userEvent.keyboard('{ArrowDown}');
    expect(focusedTab(el)).toBe('tab-evaluate');
    await userEvent.keyboard('{End}');
    expect(focusedTab(el)).toBe('tab-share');
    await userEvent.keyboard('{ArrowRight}'); // the cycle goes round: share leads back to mobilise
    expect(focusedTab(el)).toBe('tab-mobilise');
    await userEvent.keyboard('{ArrowLeft}');
    expect(focusedTab(el)).toBe('tab-share');
    await userEvent.keyboard('{Home}');
    expect(focusedTab(el)).toBe('tab-mobilise');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(focusedTab(el)).toBe('tab-diagnose');
    expect(
      tabs(el)
        .filter((t) => t.getAttribute('tabindex') === '0')
        .map((t) => t.id),
    ).toEqual(['tab-diagnose']);

    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(sheetTitle(el)).toBe('Phase 2 : Diagnostic partagé'));
    const tab = shadow(el).querySelector('#tab-diagnose')!;
    expect(tab.getAttribute('aria-selected')).toBe('true');
    expect(tab.getAttribute('aria-controls')).toBe('sheet');
    expect(tab.getAttribute('transform')).not.toBe('translate(0 0)'); // it stands out of the wheel
    expect(focusedTab(el)).toBe('tab-diagnose');
    const sheet = shadow(el).querySelector('[part~="sheet"]')!;
    const phase = fr.phases.find((p) => p.id === 'diagnose')!;
    expect([...sheet.querySelectorAll('h4')].map(text)).toEqual([
      'La question à se poser',
      'Les enjeux',
      'Les objectifs',
      'Les points de vigilance',
      'Les méthodes',
      'Les outils',
      'Les ressources pour cette phase',
    ]);
    expect(text(sheet)).toContain(phase.stakes[0]!.standard);
    // The resources come from the council's API with the first sheet opened.
    await eventually(() => expect(sheet.querySelectorAll('[part~="resource"]')).toHaveLength(phase.resourceIds.length));
    expect(selected).toEqual(['diagnose']);
    await expectNoAxeViolations(el);

    await userEvent.keyboard('{ArrowRight} ');
    await eventually(() => expect(sheetTitle(el)).toBe('Phase 3 : Co-construire des propositions'));
    expect(selected).toEqual(['diagnose', 'coConstruct']);

    await userEvent.tab(); // into the sheet: its close button
    expect(text(shadow(el).activeElement)).toBe('Fermer la fiche');
    await userEvent.keyboard('{Escape}');
    await eventually(() => expect(shadow(el).querySelector('[part~="sheet"]')).toBeNull());
    expect(focusedTab(el)).toBe('tab-coConstruct');
  });

  it('answers "Par où commencer ?" and leads to the phase, moving focus to its sheet', async () => {
    const el = await mount({ backend: (await seeded([])).backend }, { 'resource-url': '/ressources/{id}' });
    await ready(el);
    const entry = fr.guide[0]!;
    const question = () => shadow(el).querySelector<HTMLButtonElement>('[part~="guide-question"]')!;
    expect(text(question())).toBe(entry.question.standard.replace(/\s+/g, ' '));
    expect(question().getAttribute('aria-expanded')).toBe('false');
    await userEvent.tab(); // the wheel
    await userEvent.tab(); // the first question
    expect(shadow(el).activeElement).toBe(question());
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(question().getAttribute('aria-expanded')).toBe('true'));
    const answer = shadow(el).querySelector(`#${question().getAttribute('aria-controls')}`)!;
    expect(text(answer)).toContain(entry.answer.standard.replace(/\s+/g, ' '));
    const links = () => [...answer.querySelectorAll<HTMLAnchorElement>('[part~="resource-link"]')];
    await eventually(() =>
      expect(links().map((a) => a.getAttribute('href'))).toEqual(entry.resourceIds.map((id) => `/ressources/${id}`)),
    );
    await expectNoAxeViolations(el);

    await userEvent.tab(); // "read the sheet of phase …"
    expect(text(shadow(el).activeElement)).toBe('Lire la fiche de la phase 1 : Aller vers et constituer le groupe');
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(shadow(el).activeElement?.id).toBe('sheet'));
    expect(sheetTitle(el)).toBe('Phase 1 : Aller vers et constituer le groupe');
    expect(shadow(el).querySelector('.hub-text')?.textContent).toBe('Cycle');
    expect(shadow(el).querySelector('[part~="where"]')).toBeNull();
    await expectNoAxeViolations(el);
  });

  it('shows the cycle without a phase when the space is unknown, and retries when the content fails', async () => {
    const { backend } = await seeded([]);
    const unknown = await mount({ backend }, { space: 'nulle-part' });
    await ready(unknown);
    expect(text(shadow(unknown).querySelector('[part~="where"]'))).toBe(
      'Ce groupe n’existe pas ou n’est plus en ligne : le cycle est montré sans sa phase actuelle.',
    );
    expect(shadow(unknown).querySelector('[part~="phase-current"]')).toBeNull();

    const offline = failing(backend, ['getSpace'], { kind: 'offline', message: 'Failed to fetch' });
    const down = await mount({ backend: offline.backend }, { space: 'groupe-rsa-nord' });
    await ready(down);
    expect(text(shadow(down).querySelector('[part~="where"]'))).toBe(
      'La phase actuelle du groupe n’a pas pu être lue : le cycle est montré sans elle.',
    );

    // Content a host page supplies can fail to load (a broken chunk, a bad feed): the cycle says so.
    let broken = true;
    const content = {
      get phases() {
        if (broken) throw { kind: 'offline', message: 'Failed to fetch' };
        return fr.phases;
      },
      guide: fr.guide,
    } as Partial<ContentPack>;
    const el = await mount({ content });
    const alert = () => shadow(el).querySelector('[role="alert"]');
    await eventually(() => expect(text(alert())).toContain('Vous n’êtes pas connecté à Internet.'));
    await expectNoAxeViolations(el);
    broken = false;
    await userEvent.click(alert()!.querySelector('button')!);
    await ready(el);
    expect(alert()).toBeNull();
  });

  it('renders markup in the problem statement and in a council’s content as inert text', async () => {
    const content: Partial<ContentPack> = {
      phases: fr.phases.map((p) =>
        p.id === 'decide' ? { ...p, label: { standard: `Décider ${PAYLOAD}`, falc: PAYLOAD } } : p,
      ),
    };
    const el = await mount({ backend: await spaceInDecide(), content }, { space: 'groupe-rsa-nord' });
    await ready(el);
    expect(text(shadow(el).querySelector('blockquote'))).toBe(`Nous n’avons pas de garde d’enfants ${PAYLOAD}`);
    shadow(el)
      .querySelector<SVGGElement>('#tab-decide')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await eventually(() => expect(sheetTitle(el)).toBe(`Phase 4 : Décider ${PAYLOAD}`));
    expect(shadow(el).querySelectorAll('img, script')).toHaveLength(0);
  });

  it('speaks English on an English page and easy French with variant="falc", content included', async () => {
    const english = document.createElement('div');
    english.lang = 'en';
    document.body.append(english);
    const en = await mount({ backend: await spaceInDecide() }, { space: 'groupe-rsa-nord' }, english);
    await ready(en);
    expect(text(shadow(en).querySelector('[part~="heading"]'))).toBe('The participation cycle');
    expect(text(shadow(en).querySelector('[part~="where"] p'))).toBe(
      'The group “Groupe ressource du secteur Nord” is in phase 4: The institution answers and commits. This is its round number 2.',
    );
    expect(text(shadow(en).querySelector('[part~="guide"] h3'))).toBe('Where to start?');
    await expectNoAxeViolations(en);

    const falc = await mount({ backend: (await seeded([])).backend }, { variant: 'falc' });
    await ready(falc);
    expect(tabs(falc)[0]!.getAttribute('aria-label')).toBe('Étape 1\u00a0: Aller voir les gens. Former le groupe');
    expect([...tabs(falc)[0]!.querySelectorAll('.label')].map(text)).toEqual([
      'Aller voir',
      'les gens',
      'Former le',
      'groupe',
    ]);
    await userEvent.click(tabs(falc)[5]!);
    await eventually(() => expect(sheetTitle(falc)).toBe('Étape 6 : Faire le bilan ensemble'));
    const evaluate = fr.phases.find((p) => p.id === 'evaluate')!;
    expect(shadow(falc).querySelector('[part~="sheet"] .pt')?.textContent).toBe(evaluate.summary.falc);
    expect(PHASE_IDS).toHaveLength(7);
    await expectNoAxeViolations(falc);
  });
  it('reads the council’s own phases from its API (a text without FALC shows its standard wording), resources only once needed', async () => {
    const { backend } = await seeded([]);
    const asked: string[] = [];
    const council: ParticipeBackend = {
      ...backend,
      listPhases: async (q) => {
        asked.push('phases');
        const page = await backend.listPhases(q);
        return {
          ...page,
          items: page.items.map((p) =>
            p.id === 'mobilise' ? { ...p, label: { standard: 'Aller vers les habitants' } } : p,
          ),
        };
      },
      listGuide: async (q) => {
        asked.push('guide');
        return backend.listGuide(q);
      },
      listResources: async (q) => {
        asked.push('resources');
        return backend.listResources(q);
      },
    };
    const el = await mount({ backend: council }, { variant: 'falc' });
    await ready(el);
    expect(tabs(el)[0]!.getAttribute('aria-label')).toBe('Étape 1\u00a0: Aller vers les habitants');
    expect(asked.sort()).toEqual(['guide', 'phases']);
    await userEvent.click(tabs(el)[0]!);
    await eventually(() => expect(shadow(el).querySelectorAll('[part~="resource"]').length).toBeGreaterThan(0));
    expect(asked.filter((a) => a === 'resources')).toHaveLength(1);
    await userEvent.click(tabs(el)[1]!);
    await eventually(() => expect(sheetTitle(el)).toMatch(/^Étape 2/));
    expect(asked.filter((a) => a === 'resources')).toHaveLength(1);
  });

  it('says when the resources fail, and loads them again on request', async () => {
    const { backend } = await seeded([]);
    const down = failing(backend, ['listResources'], { kind: 'offline', message: 'Failed to fetch' });
    const el = await mount({ backend: down.backend });
    await ready(el);
    await userEvent.click(tabs(el)[1]!);
    const status = () => shadow(el).querySelector('[part~="sheet"] [part~="resources-status"]');
    await eventually(() => expect(status()?.getAttribute('role')).toBe('alert'));
    expect(text(status())).toContain('Les ressources n’ont pas pu être chargées.');
    await expectNoAxeViolations(el);
    down.heal();
    await userEvent.click(status()!.querySelector('button')!);
    await eventually(() =>
      expect(shadow(el).querySelectorAll('[part~="sheet"] [part~="resource"]').length).toBeGreaterThan(0),
    );
    expect(status()).toBeNull();
  });

  it('shows how the group got there, each move by role and date, why it went back, and its evaluation', async () => {
    const reason = `Les habitants du quartier Sud ne se retrouvent pas dans ce problème ${PAYLOAD}`;
    const steps: CycleEvent[] = [
      ...ROUND_TWO_IN_DECIDE.slice(0, 9),
      {
        type: 'cycle.evaluation.record',
        viewpoints: [],
        summary: `Un bilan partagé ${PAYLOAD}`,
        views: { residents: `Le bus passe enfin ${PAYLOAD}`, elected: 'Une ligne de budget pérenne.' },
        actor: facilitator,
        at,
      },
      { type: 'cycle.back', reason, to: 'decide', actor: facilitator, at: '2026-02-03T10:00:00.000Z' },
    ];
    const { backend } = await groupWith(steps);
    const el = await mount({ backend }, { space: 'groupe-rsa-nord' });
    await ready(el);
    const moves = () => [...shadow(el).querySelectorAll('[part~="move"]')];
    await eventually(() => expect(moves()).toHaveLength(6));
    expect(text(moves()[0]!.querySelector('p'))).toBe(
      '3 février 2026 : le groupe revient de la phase 6 à la phase 4, Réponse et engagement de l’institution. Décidé par l’animateur ou l’animatrice.',
    );
    expect(text(moves()[0]!.querySelector('blockquote'))).toBe(reason);
    expect(text(moves()[1]!.querySelector('p'))).toMatch(
      /^1 février 2026 : le groupe passe de la phase 5 à la phase 6/,
    );
    expect(moves()[1]!.querySelector('blockquote')).toBeNull();
    const evaluation = shadow(el).querySelector('[part~="evaluation"]')!;
    expect([...evaluation.querySelectorAll('dt')].map(text)).toEqual([
      'les habitants et personnes concernées',
      'les élus',
    ]);
    expect(text(evaluation.querySelector('dd'))).toBe(`Le bus passe enfin ${PAYLOAD}`);
    expect(shadow(el).querySelectorAll('img, script')).toHaveLength(0);
    // Who moved the cycle is never shown to the public, only the role.
    expect(text(shadow(el).querySelector('[part~="journey"]'))).not.toContain('fac_1');
    await expectNoAxeViolations(el);
  });
  it('lets the group’s facilitator steer: back to a phase with a recorded reason, by keyboard, the public view following', async () => {
    const { store, backend, staffBackend: staff } = await steeredGroup('m_fac', ROUND_TWO_IN_DECIDE);
    const el = await mount({ backend }, { space: 'groupe-rsa-nord' });
    el.staffBackend = staff;
    await ready(el);
    const panel = () => shadow(el).querySelector('[part~="steering"]');
    await eventually(() => expect(panel()?.querySelector('[part~="advance"]') ?? null).not.toBeNull());
    expect(text(panel()!.querySelector('[part~="advance"]'))).toBe(
      'Passer à la phase 5 : Mise en œuvre, faire savoir ce qui a été fait',
    );
    await expectNoAxeViolations(el);

    const openBack = [...panel()!.querySelectorAll<HTMLButtonElement>('[part~="open-form"]')].find((b) =>
      text(b).startsWith('Revenir'),
    )!;
    openBack.focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(shadow(el).querySelector('#steering-form')).not.toBeNull());
    expect(openBack.getAttribute('aria-expanded')).toBe('true');
    // RGAA 11.10: the phase to go back to is a required radio group, named by its legend.
    const phases = shadow(el).querySelector('#steering-form fieldset')!;
    expect([phases.getAttribute('role'), phases.getAttribute('aria-required')]).toEqual(['radiogroup', 'true']);
    // Sent empty: each field says what is missing, and the first one takes the focus.
    const submit = () => shadow(el).querySelector<HTMLButtonElement>('#steering-form button[type="submit"]')!;
    submit().focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(shadow(el).querySelectorAll('[part~="field-error"]')).toHaveLength(2));
    expect(text(shadow(el).querySelector('#steer-to-error'))).toBe('Choisissez la phase où le groupe revient.');
    expect(shadow(el).activeElement?.getAttribute('name')).toBe('to');
    await expectNoAxeViolations(el);

    const radio = shadow(el).querySelector<HTMLInputElement>('input[value="diagnose"]')!;
    radio.focus();
    await userEvent.keyboard(' ');
    const reason = shadow(el).querySelector<HTMLTextAreaElement>('#steer-reason')!;
    reason.focus();
    await userEvent.keyboard('court');
    submit().focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() =>
      expect(text(shadow(el).querySelector('#steer-reason-error'))).toMatch(/^Écrivez une vraie phrase/),
    );
    const why = `Les habitants du quartier Sud ne se retrouvent pas dans ce problème ${PAYLOAD}`;
    reason.focus();
    reason.select();
    await userEvent.keyboard(why.replaceAll('{', '{{').replaceAll('[', '[['));
    submit().focus();
    await userEvent.keyboard('{Enter}');

    // Recorded: the wheel, the journey and the live line follow, and focus is on the panel's heading.
    await eventually(() =>
      expect(shadow(el).querySelector('#tab-diagnose')?.getAttribute('part')).toContain('phase-current'),
    );
    expect(text(shadow(el).querySelector('[part~="steering-status"]'))).toBe(
      'C’est fait : le groupe est revenu en arrière, avec sa raison sur le parcours.',
    );
    expect(shadow(el).activeElement?.id).toBe('steering-heading');
    const latest = shadow(el).querySelector('[part~="move"]')!;
    expect(text(latest.querySelector('p'))).toMatch(
      /le groupe revient de la phase 4 à la phase 2, Diagnostic partagé\. Décidé par l’animateur ou l’animatrice\.$/,
    );
    expect(text(latest.querySelector('blockquote'))).toBe(why);
    expect(shadow(el).querySelectorAll('img, script')).toHaveLength(0);
    expect((await store.getCycleEvents('s_nord')).at(-1)?.event).toMatchObject({
      type: 'cycle.back',
      to: 'diagnose',
      reason: why,
      actor: { role: 'facilitator', id: 'm_fac' },
    });
    await expectNoAxeViolations(el);
  });

  it('reads the steering again when the page replaces a token the server refused', async () => {
    const { backend, staffBackend: staff } = await steeredGroup('m_fac', ROUND_TWO_IN_DECIDE);
    const el = await mount({ backend }, { space: 'groupe-rsa-nord' });
    const sent: Array<string | null> = [];
    // As the API does: a token that expired is refused.
    el.staffBackend = {
      ...staff,
      getCycle: async (space) => {
        sent.push(el.token);
        if (el.token !== 'fresh') throw { kind: 'unauthorized', status: 401, message: 'Expired.' };
        return staff.getCycle(space);
      },
    };
    el.token = 'expired';
    await ready(el);
    const panel = () => shadow(el).querySelector('[part~="steering"]');
    await eventually(() => expect(panel()?.querySelector('[role="alert"]') ?? null).not.toBeNull());
    el.token = 'fresh';
    await eventually(() => expect(panel()?.querySelector('[part~="advance"]') ?? null).not.toBeNull());
    expect(sent).toEqual(['expired', 'fresh']);
  });

  it('shows no steering panel on a public page, and a refusal in words when the role may not steer', async () => {
    const { store, backend, staffBackend: outsider } = await steeredGroup('m_x', ROUND_TWO_IN_DECIDE);
    const publicView = await mount({ backend }, { space: 'groupe-rsa-nord' });
    await ready(publicView);
    expect(shadow(publicView).querySelector('[part~="steering"]')).toBeNull();

    const el = await mount({ backend }, { space: 'groupe-rsa-nord' });
    el.staffBackend = outsider;
    await ready(el);
    const advance = () => shadow(el).querySelector<HTMLButtonElement>('[part~="advance"]');
    await eventually(() => expect(advance()?.disabled).toBe(false));
    advance()!.focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() =>
      expect(text(shadow(el).querySelector('[part~="steering"] [role="alert"]'))).toContain(
        'Votre rôle dans le groupe ne permet pas ce pas du cycle.',
      ),
    );
    expect((await store.getCycleEvents('s_nord')).length).toBe(ROUND_TWO_IN_DECIDE.length);
    await expectNoAxeViolations(el);
    // Signed out: the panel goes, the public view stays.
    el.staffBackend = null;
    await eventually(() => expect(shadow(el).querySelector('[part~="steering"]')).toBeNull());
    expect(tabs(el)).toHaveLength(7);
  });
});

describe('participe-cycle on a phone and in forced colours', () => {
  /** The cycle in a column `width` px wide (the wheel follows its container, not the screen). */
  async function inColumn(width: number) {
    const column = document.createElement('div');
    column.style.width = `${width}px`;
    document.body.append(column);
    const el = await mount({ backend: await spaceInDecide() }, { space: 'groupe-rsa-nord' }, column);
    await ready(el);
    await eventually(() => expect(shadow(el).querySelector('[part~="where"]')).not.toBeNull());
    return el;
  }

  /** The wheel's texts a person sees, where, and on which phase (the hub: none). */
  const shownTexts = (el: Cycle) =>
    [...shadow(el).querySelectorAll<SVGTextElement>('[part~="wheel"] text')]
      .filter((t) => getComputedStyle(t).display !== 'none')
      .map((t) => ({ text: text(t), box: t.getBoundingClientRect(), on: t.closest('[role="tab"]')?.id ?? '' }));
  const overlap = (a: DOMRect, b: DOMRect) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  /**
   * Texts whose boxes overlap, from different phases: the lines of one phase's label are set
   * closer than their boxes (which hold room for accents and descenders), by design.
   */
  const overlapping = (boxes: { text: string; box: DOMRect; on?: string }[]) =>
    boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .flatMap((b) => (overlap(a.box, b.box) && (a.on !== b.on || !a.on) ? [`${a.text} × ${b.text}`] : [])),
    );
  const key = (el: Cycle) => shadow(el).querySelector<HTMLOListElement>('.phase-key')!;

  it('at 320 px shows numbers at least 14 px high on the wheel, none overlapping, and what each is in a list below', async () => {
    const el = await inColumn(320);
    const shown = shownTexts(el);
    // The hub and seven numbers, the current one with its star; no label drawn at 8 px.
    expect(shown.map((t) => t.text)).toEqual(['Tour 2', '1', '2', '3', '★4', '5', '6', '7']);
    expect(overlapping(shown)).toEqual([]);
    for (const t of shown) expect(t.box.height, t.text).toBeGreaterThanOrEqual(14);
    const list = key(el);
    expect(getComputedStyle(list).display).not.toBe('none');
    const items = [...list.querySelectorAll('li')];
    expect(items.map(text)).toEqual([
      '1 Aller vers et constituer le groupe',
      '2 Diagnostic partagé',
      '3 Co-construire des propositions',
      '★ 4 Réponse et engagement de l’institution',
      '5 Mise en œuvre, faire savoir ce qui a été fait',
      '6 Évaluer ensemble',
      '7 Valoriser, essaimer, renouveler',
    ]);
    for (const li of items) expect(Number.parseFloat(getComputedStyle(li).fontSize)).toBeGreaterThanOrEqual(14);
    expect(overlapping(items.map((li) => ({ text: text(li), box: li.getBoundingClientRect() })))).toEqual([]);
    // Nothing sticks out of the column: no sideways scrolling.
    const column = el.parentElement!.getBoundingClientRect();
    for (const part of ['[part~="wheel"]', '.phase-key'])
      expect(shadow(el).querySelector(part)!.getBoundingClientRect().right).toBeLessThanOrEqual(column.right + 0.5);
    // Screen readers: the tabs say the same as before; the list is not read twice.
    expect(list.getAttribute('aria-hidden')).toBe('true');
    expect(tabs(el)[3]!.getAttribute('aria-label')).toBe(
      'Phase 4\u00a0: Réponse et engagement de l’institution (phase actuelle du groupe)',
    );
    // A tap on an entry opens its sheet, as a tap on the wheel does.
    items[1]!.click();
    await eventually(() => expect(sheetTitle(el)).toBe('Phase 2 : Diagnostic partagé'));
    expect(items[1]!.className).toBe('selected');
    await expectNoAxeViolations(el);
  });

  it('wider, keeps its labels on the wheel, none overlapping, and no list', async () => {
    const el = await inColumn(640);
    const shown = shownTexts(el);
    expect(shown.some((t) => t.text === 'Diagnostic')).toBe(true);
    expect(shown.some((t) => t.text === '2')).toBe(false);
    expect(overlapping(shown)).toEqual([]);
    expect(getComputedStyle(key(el)).display).toBe('none');
  });

  it('wider, when its labels would overlap (a person’s own text spacing, a wider font), shows numbers and the list instead', async () => {
    const el = await inColumn(640);
    // Letters spaced wider than WCAG 1.4.12's 0.12 em, as a wider font would set them in this
    // test browser's narrow default font; added after the wheel is drawn, as a user style is.
    const spacing = new CSSStyleSheet();
    spacing.replaceSync(
      '* { line-height: 1.5 !important; letter-spacing: 0.3em !important; word-spacing: 0.16em !important; }',
    );
    const root = shadow(el);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacing];
    // Drawn with these letters, labels of neighbouring phases cover each other…
    expect(overlapping(shownTexts(el))).not.toEqual([]);
    // …so the wheel shows its numbers, and the list below says what each is.
    await eventually(() => expect(root.querySelector('.wheel-box')!.classList.contains('numbered')).toBe(true));
    const shown = shownTexts(el);
    expect(shown.map((t) => t.text)).toEqual(['Tour 2', '1', '2', '3', '★4', '5', '6', '7']);
    expect(overlapping(shown)).toEqual([]);
    expect(getComputedStyle(key(el)).display).not.toBe('none');
    await expectNoAxeViolations(el);
  });

  /**
   * In forced colours, a screenshot of the wheel: for each phase, the colours that paint at
   * least 1 % of the inside of its sector (antialiasing aside), keyed by tab id.
   */
  async function coloursByPhase(el: Cycle): Promise<Record<string, string[]>> {
    const wheel = shadow(el).querySelector<SVGSVGElement>('[part~="wheel"]')!;
    const b64 = await page.screenshot({ element: wheel, save: false });
    const bitmap = await createImageBitmap(
      new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }),
    );
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const img = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    const rect = wheel.getBoundingClientRect();
    const scale = bitmap.width / rect.width;
    const result: Record<string, string[]> = {};
    for (const tab of tabs(el)) {
      const sector = tab.querySelector<SVGPathElement>('.sector')!;
      const toUser = sector.getScreenCTM()!.inverse();
      const counts = new Map<string, number>();
      let inside = 0;
      // Every other pixel: enough to see a ring, a quarter of the work.
      for (let y = 0; y < img.height; y += 2)
        for (let x = 0; x < img.width; x += 2) {
          const p = new DOMPoint(rect.left + x / scale, rect.top + y / scale).matrixTransform(toUser);
          if (!sector.isPointInFill(p)) continue;
          inside++;
          const i = (y * img.width + x) * 4;
          const colour = `${img.data[i]},${img.data[i + 1]},${img.data[i + 2]}`;
          counts.set(colour, (counts.get(colour) ?? 0) + 1);
        }
      result[tab.id] = [...counts]
        .filter(([, n]) => n >= inside / 100)
        .map(([c]) => c)
        .sort();
    }
    return result;
  }

  it('in forced colours paints the current phase, the open one and focus in system colours, distinct from the others', async () => {
    const el = await inColumn(320);
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      expect(window.matchMedia('(forced-colors: active)').matches).toBe(true);
      const sector = (id: string) => getComputedStyle(shadow(el).querySelector(`#${id} .sector`)!);
      // System colours, not the theme's: the sectors' outlines are the text's colour.
      expect(sector('tab-act').stroke).toBe(getComputedStyle(shadow(el).querySelector('.digit')!).fill);
      const before = await coloursByPhase(el);
      const others = Object.entries(before).filter(([id]) => id !== 'tab-decide');
      // Each ordinary phase: its background and its ink (outline and number), the same for all.
      for (const [id, colours] of others) expect(colours, id).toEqual(others[0]![1]);
      expect(others[0]![1].length).toBeGreaterThanOrEqual(2);
      // The current phase has a colour none of the others has: its dashed ring.
      const own = before['tab-decide']!.filter((c) => !others[0]![1].includes(c));
      expect(own.length).toBeGreaterThan(0);

      // The open phase: filled with another colour than every other phase.
      await userEvent.click(tabs(el)[1]!);
      await eventually(() => expect(sheetTitle(el)).toBe('Phase 2 : Diagnostic partagé'));
      const open = await coloursByPhase(el);
      expect(open['tab-diagnose']).not.toEqual(before['tab-diagnose']);
      expect(open['tab-diagnose']).not.toEqual(open['tab-decide']);

      // Focus, from the keyboard, on a phase neither open nor current: it changes how it looks.
      await userEvent.keyboard('{ArrowRight}');
      expect(focusedTab(el)).toBe('tab-coConstruct');
      const focused = await coloursByPhase(el);
      expect(focused['tab-coConstruct']).not.toEqual(open['tab-coConstruct']);
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
  }, 180_000); // three screenshots, each read pixel by pixel: slow on a loaded machine
});
