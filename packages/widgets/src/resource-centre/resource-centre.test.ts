import { createParticipeService } from '@participe/adapters/service';
import type { ContentListQuery, ParticipeBackend, ResourceEntry } from '@participe/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { loadMore } from '../i18n/i18n.js';
import './participe-resource-centre.js';
import { eventually, expectNoAxeViolations, failing, gated, seeded, shadow, text } from '../testing/browser.js';
import { resourceCentreMessages } from './resource-centre.messages.js';

type El = HTMLElementTagNameMap['participe-resource-centre'];
const NB = '\u00a0';
const EDITOR = { role: 'professional', memberId: 'acc_editor', spaceIds: [], admin: true } as const;

async function mount(backend: ParticipeBackend, attrs: Record<string, string> = {}) {
  const el = document.createElement('participe-resource-centre');
  el.backend = backend;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const part = (el: El, name: string) => shadow(el).querySelector(`[part~="${name}"]`);
const parts = (el: El, name: string) => [...shadow(el).querySelectorAll(`[part~="${name}"]`)];
// `text` folds every white space, no-break ones included: the typography is read as it is.
const typo = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
const status = (el: El) => typo(part(el, 'status'));
const titles = (el: El) => parts(el, 'resource-title').map((h) => text(h));
const button = (el: El, partName: string, label: RegExp) =>
  parts(el, partName).find((b) => label.test(text(b))) as HTMLButtonElement;

/** The seeded council's back end, recording the queries of `listResources`. */
async function council() {
  const { backend } = await seeded([]);
  const queries: ContentListQuery[] = [];
  const spy: ParticipeBackend = {
    ...backend,
    listResources: (q) => {
      queries.push(q ?? {});
      return backend.listResources(q);
    },
  };
  return { backend: spy, queries };
}

/** Tab until `target` has the focus: the tests reach every control with the keyboard only. */
async function tabTo(el: El, target: Element) {
  for (let i = 0; i < 80 && shadow(el).activeElement !== target; i++) await userEvent.keyboard('{Tab}');
  expect(shadow(el).activeElement).toBe(target);
}

beforeEach(() => {
  document.documentElement.lang = 'fr';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('participe-resource-centre', { timeout: 60_000 }, () => {
  it('says it is loading, then shows the questions and the first phase’s resources from the back end, without axe violations', async () => {
    const { backend, queries } = await council();
    const gate = gated(backend, ['listGuide']);
    const el = await mount(gate.backend);
    expect(text(part(el, 'heading'))).toBe('Centre de ressources');
    await eventually(() => expect(status(el)).toBe('Chargement du centre de ressources…'));
    expect(part(el, 'base')!.getAttribute('aria-busy')).toBe('true');
    await expectNoAxeViolations(el);
    gate.open();
    await eventually(() => expect(parts(el, 'resource')).toHaveLength(13));
    expect(queries).toEqual([{ locale: 'fr', phase: 'mobilise', limit: 100 }]);
    expect(status(el)).toBe(`Étape 1${NB}: 13${NB}ressources.`);
    // The council's name of the phase (read with `fields=label`), not the widget's own words.
    expect(typo(part(el, 'results-title'))).toBe(`Étape 1${NB}: Aller vers et constituer le groupe`);
    expect(parts(el, 'question').length).toBe(21);
    expect(parts(el, 'phase').map((b) => b.getAttribute('aria-pressed'))).toEqual([
      'true',
      'false',
      'false',
      'false',
      'false',
      'false',
      'false',
    ]);
    expect(titles(el)[0]).toBe('Porte-à-porte');
    // Each resource says when to use it and its steps (in a disclosure).
    const first = parts(el, 'resource')[0]!;
    expect(first.querySelector('[part~="when"]')!.textContent!.length).toBeGreaterThan(10);
    expect(first.querySelectorAll('[part~="steps"] li').length).toBeGreaterThan(1);
    expect(part(el, 'base')!.getAttribute('aria-busy')).toBe('false');
    await expectNoAxeViolations(el);
  });

  it('names the phases as the council wrote them, through a light request; its own words when it cannot', async () => {
    const { store, backend } = await seeded([]);
    const editor = createParticipeService({ store }).as(EDITOR);
    const { id: _id, version, falcMissing: _f, ...diagnose } = (await backend.listPhases({ locale: 'fr' })).items[1]!;
    const label = { standard: 'Comprendre ensemble ce qui bloque', falc: 'On cherche ce qui ne va pas' };
    await editor.putPhase('diagnose', { ...diagnose, label }, { expectedVersion: version });
    const asked: unknown[] = [];
    const spy: ParticipeBackend = {
      ...backend,
      listPhases: () => Promise.reject(new Error('the first screen never reads whole phases')),
      listPhaseLabels: (q) => {
        asked.push(q);
        return backend.listPhaseLabels!(q);
      },
    };
    const el = await mount(spy);
    await eventually(() => expect(parts(el, 'resource').length).toBeGreaterThan(0));
    expect(asked).toEqual([{ locale: 'fr', limit: 100 }]);
    expect(typo(button(el, 'phase', /^Étape 2/))).toBe(`Étape 2${NB}: Comprendre ensemble ce qui bloque`);
    button(el, 'phase', /^Étape 2/).click();
    await eventually(() =>
      expect(typo(part(el, 'results-title'))).toBe(`Étape 2${NB}: Comprendre ensemble ce qui bloque`),
    );
    el.setAttribute('variant', 'falc');
    await eventually(() => expect(typo(part(el, 'results-title'))).toBe(`Étape 2${NB}: On cherche ce qui ne va pas`));
    await expectNoAxeViolations(el);
    el.remove();

    // A back end without the light request, or failing it: the widget's own words, never nothing.
    const { listPhaseLabels: _none, ...older } = backend;
    const plain = await mount(older);
    await eventually(() => expect(parts(plain, 'resource').length).toBeGreaterThan(0));
    expect(typo(button(plain, 'phase', /^Étape 1/))).toBe(
      `Étape 1${NB}: Aller vers les personnes et constituer le groupe`,
    );
    plain.remove();
    const down = failing(backend, ['listPhaseLabels'], { kind: 'offline', message: 'down' });
    const fallback = await mount(down.backend);
    await eventually(() => expect(parts(fallback, 'resource').length).toBeGreaterThan(0));
    expect(typo(button(fallback, 'phase', /^Étape 2/))).toBe(`Étape 2${NB}: Diagnostic partagé`);
  });

  it('goes by phase, by question and by search with the keyboard only; the search is the back end’s', async () => {
    const { backend, queries } = await council();
    const el = await mount(backend);
    await eventually(() => expect(parts(el, 'resource')).toHaveLength(13));

    // A phase.
    await tabTo(el, button(el, 'phase', /^Étape 2/));
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(status(el)).toMatch(/^Étape 2\u00a0: \d+\u00a0ressources\.$/));
    expect(titles(el)).toContain('Photo-langage');
    expect(button(el, 'phase', /^Étape 2/).getAttribute('aria-pressed')).toBe('true');
    expect(queries.at(-1)).toEqual({ locale: 'fr', phase: 'diagnose', limit: 100 });
    await expectNoAxeViolations(el);

    // A resource's steps, opened with the keyboard.
    const photo = parts(el, 'resource').find((r) => text(r.querySelector('h4')) === 'Photo-langage')!;
    const summary = photo.querySelector('summary')!;
    await tabTo(el, summary);
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(photo.querySelector('details')!.open).toBe(true));
    expect(text(photo.querySelector('[part~="when"]'))).toMatch(/^Pour lancer un diagnostic/);
    expect(photo.querySelectorAll('[part~="steps"] li')).toHaveLength(4);
    await expectNoAxeViolations(el);

    // A question: its answer, then its resources in its order.
    const question = button(el, 'question', /^Que faire quand les personnes n’ont pas de moyen de transport/);
    await tabTo(el, question);
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(status(el)).toBe(`3${NB}ressources pour cette question.`));
    expect(question.getAttribute('aria-pressed')).toBe('true');
    expect(text(part(el, 'results-title'))).toMatch(/^Que faire quand les personnes/);
    expect(text(part(el, 'answer')).length).toBeGreaterThan(10);
    expect(titles(el)).toHaveLength(3);
    expect(parts(el, 'phase').every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);
    await expectNoAxeViolations(el);
    // … and from its answer to its phase: the focus lands on that phase's button.
    await tabTo(el, part(el, 'go-to-phase')!);
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(status(el)).toBe(`Étape 1${NB}: 13${NB}ressources.`));
    await eventually(() => expect(shadow(el).activeElement).toBe(button(el, 'phase', /^Étape 1/)));

    // A search, sent to the back end (accents and case do not matter there).
    const input = part(el, 'search-input') as HTMLInputElement;
    await tabTo(el, input);
    await userEvent.keyboard('PHOTO{Enter}');
    await eventually(() => expect(status(el)).toMatch(/^«\u00a0PHOTO\u00a0»\u00a0: \d+\u00a0ressources? trouvées?\.$/));
    expect(queries.at(-1)).toEqual({ locale: 'fr', q: 'PHOTO', limit: 100 });
    expect(titles(el)).toContain('Photo-langage');
    expect(typo(part(el, 'results-title'))).toBe(`Résultats pour «${NB}PHOTO${NB}»`);
    await expectNoAxeViolations(el);

    // Nothing found: said, with what to do.
    await userEvent.clear(input);
    await userEvent.keyboard('zzqxw{Enter}');
    await eventually(() => expect(status(el)).toBe(`«${NB}zzqxw${NB}»${NB}: aucune ressource trouvée.`));
    expect(text(part(el, 'empty'))).toMatch(/Essayez un autre mot/);
    await expectNoAxeViolations(el);

    // Blank words go back to the phase last chosen.
    await userEvent.clear(input);
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(status(el)).toBe(`Étape 1${NB}: 13${NB}ressources.`));
  });

  it('says what went wrong and loads again on retry, with the keyboard', async () => {
    const broken = failing((await council()).backend, ['listGuide'], { kind: 'offline', message: 'down' });
    const el = await mount(broken.backend);
    await eventually(() => expect(text(part(el, 'error'))).toMatch(/pas connecté à Internet/));
    expect(part(el, 'error')!.getAttribute('role')).toBe('alert');
    await expectNoAxeViolations(el);
    broken.heal();
    await tabTo(el, part(el, 'error')!.querySelector('button')!);
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(parts(el, 'resource')).toHaveLength(13));
    expect(part(el, 'error')).toBeNull();
  });

  it('keeps the resources shown when a choice cannot be read, and reads it again on retry', async () => {
    const { backend } = await council();
    let broken = false;
    const flaky: ParticipeBackend = {
      ...backend,
      listResources: async (q) => {
        if (broken) throw { kind: 'error', status: 500, message: 'boom' };
        return backend.listResources(q);
      },
    };
    const el = await mount(flaky);
    await eventually(() => expect(parts(el, 'resource')).toHaveLength(13));
    broken = true;
    await tabTo(el, button(el, 'phase', /^Étape 3/));
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(text(part(el, 'error'))).toMatch(/Celles d’avant restent à l’écran/));
    expect(parts(el, 'resource')).toHaveLength(13);
    expect(part(el, 'error')!.getAttribute('role')).toBe('alert');
    await expectNoAxeViolations(el);
    broken = false;
    await tabTo(el, part(el, 'error')!.querySelector('button')!);
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(status(el)).toMatch(/^Étape 3\u00a0/));
    expect(part(el, 'error')).toBeNull();
  });

  it('speaks English on an English page and easy French with variant="falc" or its own button', async () => {
    document.documentElement.lang = 'en';
    const { backend } = await council();
    const en = await mount(backend);
    await eventually(() => expect(status(en)).toBe(`Step 1: 13${NB}resources.`));
    expect(titles(en)[0]).toBe('Door-to-door');
    expect(text(parts(en, 'question')[0])).toBe('How do we reach residents who never come?');
    await expectNoAxeViolations(en);
    document.body.replaceChildren();
    document.documentElement.lang = 'fr';
    const falc = await mount(backend, { variant: 'falc' });
    await eventually(() => expect(status(falc)).toBe(`Étape 1${NB}: 13${NB}idées.`));
    expect(titles(falc)[0]).toBe('Aller frapper aux portes');
    expect(part(falc, 'falc-toggle')!.getAttribute('aria-pressed')).toBe('true');
    await expectNoAxeViolations(falc);
    // The button switches back to the standard wording, and again to FALC.
    await tabTo(falc, part(falc, 'falc-toggle')!);
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(titles(falc)[0]).toBe('Porte-à-porte'));
    expect(falc.getAttribute('variant')).toBe('standard');
    expect(part(falc, 'falc-toggle')!.getAttribute('aria-pressed')).toBe('false');
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(titles(falc)[0]).toBe('Aller frapper aux portes'));
  });

  it('has every key in English and in both FALC variants, none empty', async () => {
    const more = await loadMore(resourceCentreMessages);
    const keys = Object.keys(resourceCentreMessages.fr).sort();
    for (const table of [more.en, more.falc.fr, more.falc.en]) {
      expect(Object.keys(table).sort()).toEqual(keys);
      expect(Object.values(table).filter((v) => v.trim() === '')).toEqual([]);
    }
  });

  it('shows a council’s text saved without its FALC version in its standard wording', async () => {
    const { backend } = await council();
    const edited: ParticipeBackend = {
      ...backend,
      listResources: async (q) => {
        const page = await backend.listResources(q);
        const [first, ...rest] = page.items as [ResourceEntry, ...ResourceEntry[]];
        const title = { standard: 'Porte-à-porte, à deux' };
        return { ...page, items: [{ ...first, title, falcMissing: ['title'] }, ...rest] };
      },
    };
    const el = await mount(edited, { variant: 'falc' });
    await eventually(() => expect(titles(el)[0]).toBe('Porte-à-porte, à deux'));
  });
});
