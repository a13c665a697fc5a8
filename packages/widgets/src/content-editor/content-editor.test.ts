import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import './participe-content-editor.js';
import { expectNoAxeViolations, shadow, text } from '../testing/browser.js';
import { signedInLate } from '../testing/doubles.js';
import type { ContentEditorApi } from './content-editor.api.js';
import { contentDrafts, councilKey } from './content-editor.drafts.js';
import { contentSeed, FACILITATOR, OTHER_EDITOR, stalledContent } from './content-editor.fixtures.js';

type El = HTMLElementTagNameMap['participe-content-editor'];

/** Generous: the machine is shared, nothing here may depend on its speed. */
const eventually = <T>(read: () => T) => vi.waitFor(read, { timeout: 15_000, interval: 20 });

async function mount(api: ContentEditorApi | null, attrs: Record<string, string> = {}) {
  const el = document.createElement('participe-content-editor');
  el.api = api;
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
async function press(el: El, id: string) {
  await eventually(() => expect(byId(el, id)).not.toBeNull());
  byId(el, id)!.focus();
  await userEvent.keyboard('{Enter}');
}
async function type(el: El, id: string, words: string) {
  const field = byId<HTMLInputElement>(el, id)!;
  field.focus();
  field.select();
  await userEvent.keyboard('{Backspace}');
  if (words) await userEvent.keyboard(words);
}
/** Opens the first resource the list shows; its id. */
async function openFirst(el: El) {
  await eventually(() => expect(titles(el).length).toBeGreaterThan(0));
  const id = root(el).querySelector<HTMLButtonElement>('[part~="item"] button')!.id.slice('open-'.length);
  await press(el, `open-${id}`);
  await eventually(() => expect(active(el)?.id).toBe('form-title'));
  return id;
}

beforeEach(() => {
  document.documentElement.lang = 'fr';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('participe-content-editor', () => {
  it('says it is loading, then lists the council’s resources, found by words and by phase, without axe violations', {
    timeout: 60_000,
  }, async () => {
    const { editor } = contentSeed();
    const loading = await mount(stalledContent(editor));
    await eventually(() => expect(status(loading)).toBe('Chargement des ressources…'));
    expect(part(loading, 'base')!.getAttribute('aria-busy')).toBe('true');
    await expectNoAxeViolations(loading);
    document.body.replaceChildren();

    const el = await mount(editor);
    await eventually(() => expect(status(el)).toMatch(/^\d+ ressources$/));
    const all = titles(el).length;
    expect(all).toBeGreaterThan(5);
    expect(text(part(el, 'heading'))).toBe('Les contenus du conseil');
    await expectNoAxeViolations(el);

    // A phase: fewer resources, each of them listed for it.
    const phase = byId<HTMLSelectElement>(el, 'phase')!;
    phase.focus();
    phase.value = 'evaluate';
    await press(el, 'search');
    await eventually(() => expect(titles(el).length).toBeLessThan(all));
    const { items } = await editor.listResources({ phase: 'evaluate', limit: 100, locale: 'fr' });
    expect(titles(el)).toEqual(items.map((r) => r.title.standard));

    // Words that match nothing say so.
    await type(el, 'q', 'zzqxw introuvable');
    await press(el, 'search');
    await eventually(() =>
      expect(text(root(el).querySelector('section > p:not([part])'))).toBe('Aucune ressource ne correspond.'),
    );
    await expectNoAxeViolations(el);
  });

  it('edits a text and its FALC version by keyboard, flags a text saved without FALC, and shows who changed what in the history', {
    timeout: 60_000,
  }, async () => {
    const { editor } = contentSeed();
    const el = await mount(editor);
    const id = await openFirst(el);
    const before = await editor.getResource(id, { locale: 'fr' });
    expect(byId<HTMLInputElement>(el, 'title-standard')!.value).toBe(before.title.standard);
    expect(byId<HTMLInputElement>(el, 'title-falc')!.value).toBe(before.title.falc);
    expect(root(el).querySelectorAll('[part~="no-falc"]')).toHaveLength(0);

    await type(el, 'summary-standard', 'Un résumé revu par le conseil.');
    await type(el, 'summary-falc', '');
    // The empty FALC version is flagged at once, and named by the field it belongs to.
    await eventually(() => expect(text(byId(el, 'summary-nofalc'))).toBe('sans version FALC'));
    expect(byId(el, 'summary-falc')!.getAttribute('aria-describedby')).toContain('summary-nofalc');
    await expectNoAxeViolations(el);

    await press(el, 'save');
    await eventually(() =>
      expect(status(el)).toBe(
        `Ressource « ${before.title.standard} » enregistrée (version 2), avec 1 texte sans version FALC.`,
      ),
    );
    const after = await editor.getResource(id, { locale: 'fr' });
    expect(after.version).toBe(2);
    expect(after.summary).toEqual({ standard: 'Un résumé revu par le conseil.' });
    expect(after.falcMissing).toEqual(['summary']);
    expect(after.steps).toEqual(before.steps);

    await press(el, 'history');
    await eventually(() => expect(active(el)?.id).toBe('history-title'));
    const lines = [...root(el).querySelectorAll('[part~="history"] li')].map(text);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Version 2, le .+, par un éditeur \(acc_editrice\) : Résumé$/);
    expect(lines[1]).toMatch(/^Version 1, le .+ : le contenu de départ, des fiches intégrées\.$/);
    await expectNoAxeViolations(el);

    // Back to the list: focus on the resource's button, its flag shown.
    await press(el, 'close');
    await eventually(() => expect(active(el)?.id).toBe(`open-${id}`));
    expect(text(active(el)?.closest('li')?.querySelector('[part~="item-meta"]'))).toContain(
      'Version 2 · sans version FALC : Résumé',
    );
  });

  it('adds and removes steps, and names a field the API refuses with a valid example, without saving anything', {
    timeout: 60_000,
  }, async () => {
    const { editor } = contentSeed();
    const el = await mount(editor);
    const id = await openFirst(el);
    const before = await editor.getResource(id, { locale: 'fr' });
    await press(el, 'add-steps');
    const added = `steps-${before.steps.length}-standard`;
    await eventually(() => expect(active(el)?.id).toBe(added));
    await userEvent.keyboard('Afficher la question devant la mairie');
    await type(el, 'title-standard', '');
    await press(el, 'save');
    await eventually(() => expect(active(el)?.id).toBe('error-summary'));
    const error = text(byId(el, 'title-standard-error'));
    expect(error).toMatch(/^Titre : .+ Exemple valide : « Le porteur de parole »$/);
    expect(byId(el, 'title-standard')!.getAttribute('aria-invalid')).toBe('true');
    expect(text(part(el, 'error-summary'))).toContain(error);
    await expectNoAxeViolations(el);
    expect(await editor.getResource(id, { locale: 'fr' })).toEqual(before);

    await type(el, 'title-standard', 'Un titre corrigé');
    await press(el, `remove-steps-${before.steps.length}`);
    await eventually(() => expect(active(el)?.id).toBe('add-steps'));
    await press(el, 'save');
    await eventually(() => expect(status(el)).toMatch(/^Ressource « Un titre corrigé » enregistrée \(version 2\)/));
    const after = await editor.getResource(id, { locale: 'fr' });
    expect(after.title.standard).toBe('Un titre corrigé');
    expect(after.steps).toEqual(before.steps);
  });

  it('explains a conflict: shows their version, keeps mine on request, or takes theirs', {
    timeout: 60_000,
  }, async () => {
    const { editor, as } = contentSeed();
    const el = await mount(editor);
    const id = await openFirst(el);
    const read = await editor.getResource(id, { locale: 'fr' });
    // Someone else saves the resource while this editor writes.
    const { version: _v, falcMissing: _f, ...doc } = read;
    await as(OTHER_EDITOR).putResource(
      id,
      { ...doc, whenToUse: { standard: 'Leur phrase à eux.', falc: 'Leur phrase facile.' } },
      { expectedVersion: read.version, locale: 'fr' },
    );
    await type(el, 'duration', '3 heures');
    await press(el, 'save');
    await eventually(() => expect(active(el)?.id).toBe('conflict-title'));
    await eventually(() => expect(text(part(el, 'conflict'))).toContain('Leur phrase à eux.'));
    expect(text(part(el, 'conflict'))).toContain('(version 2)');
    await expectNoAxeViolations(el);

    // Keep mine: saved over theirs, with the version they left.
    await press(el, 'mine');
    await eventually(() => expect(status(el)).toMatch(/enregistrée \(version 3\)/));
    const mine = await editor.getResource(id, { locale: 'fr' });
    expect(mine.duration).toBe('3 heures');
    expect(mine.whenToUse.standard).toBe(read.whenToUse.standard);

    // Another conflict, this time taking theirs: the form shows their text, nothing is saved.
    const { version: _v3, falcMissing: _f3, ...doc3 } = mine;
    await as(OTHER_EDITOR).putResource(id, { ...doc3, duration: '1 jour' }, { expectedVersion: 3, locale: 'fr' });
    await type(el, 'duration', '4 heures');
    await press(el, 'save');
    await eventually(() => expect(byId(el, 'theirs')).not.toBeNull());
    await press(el, 'theirs');
    await eventually(() => expect(active(el)?.id).toBe('form-title'));
    expect(byId<HTMLInputElement>(el, 'duration')!.value).toBe('1 jour');
    expect((await editor.getResource(id, { locale: 'fr' })).version).toBe(4);
  });

  it('says in plain words that an editor’s or administrator’s session is needed (401, 403)', {
    timeout: 60_000,
  }, async () => {
    const { as } = contentSeed();
    // Anonymous: listing is public, saving is not.
    const el = await mount(as(null));
    await openFirst(el);
    await press(el, 'save');
    await eventually(() => expect(active(el)?.id).toBe('failure'));
    expect(text(part(el, 'failure'))).toBe(
      'Votre session ne permet pas d’enregistrer : il faut un compte d’éditeur ou d’administrateur du conseil. Vos changements sont toujours dans le formulaire.',
    );
    await expectNoAxeViolations(el);
    document.body.replaceChildren();

    const facilitator = await mount(as(FACILITATOR));
    await openFirst(facilitator);
    await press(facilitator, 'save');
    await eventually(() => expect(text(part(facilitator, 'failure'))).toContain('il faut un compte d’éditeur'));

    // A list that needs a session (a private API) says so, and tries again once signed in.
    let signedIn = false;
    const { editor } = contentSeed();
    const gated: ContentEditorApi = {
      ...editor,
      listResources: (q) =>
        signedIn
          ? editor.listResources(q)
          : Promise.reject(Object.assign(new Error('401'), { status: 401, code: 'unauthorized', issues: [] })),
    };
    const guarded = await mount(gated);
    await eventually(() =>
      expect(text(part(guarded, 'error'))).toContain(
        'Connectez-vous avec un compte d’éditeur ou d’administrateur du conseil pour modifier ses contenus.',
      ),
    );
    await expectNoAxeViolations(guarded);
    signedIn = true;
    guarded.token = 'jeton-de-test';
    await eventually(() => expect(titles(guarded).length).toBeGreaterThan(0));
  });

  it('tries its list again when the host page signs in while the first request is on its way', async () => {
    const { editor } = contentSeed();
    let el: El | null = null;
    const late = signedInLate(editor, ['listResources'], () => el?.token ?? null);
    el = await mount(late.backend);
    await eventually(() => expect(late.tokens).toEqual([null]));
    el.token = 'jeton-de-test';
    late.answer();
    await eventually(() => expect(titles(el!).length).toBeGreaterThan(0));
    expect(late.tokens).toEqual([null, 'jeton-de-test']);
  });

  it('edits a phase of the cycle: its name, question and lists, each with its FALC version, its id and resources shown, not edited', {
    timeout: 60_000,
  }, async () => {
    const { editor } = contentSeed();
    const el = await mount(editor);
    await eventually(() => expect(status(el)).toMatch(/ressources$/));
    await press(el, 'kind-phase');
    await eventually(() => expect(status(el)).toBe('7 phases'));
    expect(byId(el, 'kind-phase')!.getAttribute('aria-pressed')).toBe('true');
    expect(active(el)?.id).toBe('kind-phase');
    // The seven phases are not filtered by phase.
    expect(byId(el, 'phase')).toBeNull();
    await expectNoAxeViolations(el);

    const before = await editor.getPhase('diagnose', { locale: 'fr' });
    await press(el, 'open-diagnose');
    await eventually(() => expect(active(el)?.id).toBe('form-title'));
    expect(text(byId(el, 'form-title'))).toBe(`Modifier « ${before.label.standard} »`);
    // Its id and its resources are shown as they are; no control changes them.
    const fixed = text(part(el, 'fixed'));
    expect(fixed).toContain('Identifiant diagnose');
    expect(fixed).toContain(before.resourceIds.join(', '));
    expect(root(el).querySelectorAll('[part~="fixed"] input, [part~="fixed"] select')).toHaveLength(0);
    expect(byId<HTMLInputElement>(el, 'label-standard')!.value).toBe(before.label.standard);
    expect(byId<HTMLTextAreaElement>(el, 'stakes-0-falc')!.value).toBe(before.stakes[0]!.falc);
    await expectNoAxeViolations(el);

    await type(el, 'label-falc', '');
    await press(el, 'add-stakes');
    await eventually(() => expect(active(el)?.id).toBe(`stakes-${before.stakes.length}-standard`));
    await userEvent.keyboard('Entendre d’abord celles et ceux qui ne viennent jamais.');
    await eventually(() => expect(text(byId(el, 'label-nofalc'))).toBe('sans version FALC'));
    expect(text(root(el).querySelector('form > [part~="item-meta"]'))).toContain(
      `sans version FALC : Nom de la phase, Enjeu ${before.stakes.length + 1}`,
    );
    await press(el, 'save');
    await eventually(() =>
      expect(status(el)).toBe(
        `Phase « ${before.label.standard} » enregistrée (version 2), avec 2 textes sans version FALC.`,
      ),
    );
    const after = await editor.getPhase('diagnose', { locale: 'fr' });
    expect(after.label).toEqual({ standard: before.label.standard });
    expect(after.stakes.at(-1)).toEqual({ standard: 'Entendre d’abord celles et ceux qui ne viennent jamais.' });
    expect(after.resourceIds).toEqual(before.resourceIds);
    expect(after.falcMissing).toEqual(['label', `stakes.${before.stakes.length}`]);

    await press(el, 'history');
    await eventually(() => expect(active(el)?.id).toBe('history-title'));
    expect(text(root(el).querySelector('[part~="history"] li'))).toMatch(
      /^Version 2, le .+, par un éditeur \(acc_editrice\) : Nom de la phase, Enjeux$/,
    );
    await expectNoAxeViolations(el);

    // At 320 px, the form reflows: nothing scrolls sideways.
    el.style.display = 'block';
    el.style.width = '320px';
    await el.updateComplete;
    const base = part(el, 'base') as HTMLElement;
    expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth + 1);
  });

  it('edits a “where do I start” question found by its phase, and handles a conflict on it', {
    timeout: 60_000,
  }, async () => {
    const { editor, as } = contentSeed();
    const el = await mount(editor);
    await press(el, 'kind-guide');
    await eventually(() => expect(status(el)).toMatch(/^\d+ questions$/));
    const all = titles(el).length;
    const phase = byId<HTMLSelectElement>(el, 'phase')!;
    phase.value = 'mobilise';
    await press(el, 'search');
    const { items } = await editor.listGuide({ phase: 'mobilise', limit: 100, locale: 'fr' });
    await eventually(() => expect(titles(el)).toEqual(items.map((q) => q.question.standard.replace(/\s+/g, ' '))));
    expect(items.length).toBeLessThan(all);
    await expectNoAxeViolations(el);

    const read = items[0]!;
    await press(el, `open-${read.id}`);
    await eventually(() => expect(active(el)?.id).toBe('form-title'));
    expect(text(part(el, 'fixed'))).toContain('Phase Aller vers et constituer le groupe');
    const { version: _v, falcMissing: _f, ...doc } = read;
    await as(OTHER_EDITOR).putGuideEntry(
      read.id,
      { ...doc, answer: { standard: 'Leur réponse à eux.', falc: 'Leur réponse facile.' } },
      { expectedVersion: read.version, locale: 'fr' },
    );
    await type(el, 'question-standard', 'Par où commencer avec les habitants ?');
    await press(el, 'save');
    await eventually(() => expect(active(el)?.id).toBe('conflict-title'));
    await eventually(() => expect(text(part(el, 'conflict'))).toContain('Leur réponse à eux.'));
    await expectNoAxeViolations(el);
    await press(el, 'mine');
    await eventually(() =>
      expect(status(el)).toBe('Question « Par où commencer avec les habitants ? » enregistrée (version 3).'),
    );
    const [saved] = (await editor.listGuide({ q: 'habitants', limit: 100, locale: 'fr' })).items.filter(
      (q) => q.id === read.id,
    );
    expect(saved?.question.standard).toBe('Par où commencer avec les habitants ?');
    expect(saved?.phase).toBe(read.phase);
    expect(saved?.resourceIds).toEqual(read.resourceIds);
  });

  it('edits a glossary term: its term and expansion on one line, its definition with FALC; an empty term is refused, named', {
    timeout: 60_000,
  }, async () => {
    const { editor } = contentSeed();
    const el = await mount(editor);
    await press(el, 'kind-glossary');
    await eventually(() => expect(status(el)).toMatch(/^\d+ termes$/));
    expect(byId(el, 'phase')).toBeNull();
    await type(el, 'q', 'RSA');
    await press(el, 'search');
    await eventually(() => expect(titles(el)).toContain('RSA'));
    await press(el, 'open-rsa');
    await eventually(() => expect(active(el)?.id).toBe('form-title'));
    expect(byId<HTMLInputElement>(el, 'term')!.value).toBe('RSA');
    expect(byId<HTMLInputElement>(el, 'expansion')!.value).toBe('Revenu de solidarité active');

    await type(el, 'term', '');
    await press(el, 'save');
    await eventually(() => expect(active(el)?.id).toBe('error-summary'));
    expect(text(byId(el, 'term-error'))).toMatch(/^Terme : .+ Exemple valide : « CCAS »$/);
    expect(byId(el, 'term')!.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(el);

    await type(el, 'term', 'R.S.A.');
    await type(el, 'expansion', '');
    await type(el, 'definition-standard', 'Une aide du département pour vivre.');
    await press(el, 'save');
    await eventually(() => expect(status(el)).toBe('Définition « R.S.A. » enregistrée (version 2).'));
    const after = (await editor.listGlossary({ limit: 100, locale: 'fr' })).items.find((g) => g.id === 'rsa')!;
    expect(after.term).toBe('R.S.A.');
    expect(after.expansion).toBeUndefined();
    expect(after.definition.standard).toBe('Une aide du département pour vivre.');
    expect(after.definition.falc).toContain('RSA veut dire');
  });

  it('keeps an edit in progress on the device: a reload takes it up (on the version read), may drop it, and a save forgets it', {
    timeout: 90_000,
  }, async () => {
    const { editor, as } = contentSeed();
    const kept = () => contentDrafts().then((d) => d.load(councilKey('', editor)));
    let el = await mount(editor);
    await press(el, 'kind-guide');
    await eventually(() => expect(status(el)).toMatch(/questions$/));
    const id = await openFirst(el);
    const [read] = (await editor.listGuide({ limit: 100, locale: 'fr' })).items.filter((q) => q.id === id);
    await type(el, 'answer-standard', 'Une réponse pas encore enregistrée.');
    await eventually(async () => expect(await kept()).toMatchObject({ kind: 'guide', id, baseVersion: read!.version }));
    // Nothing but the entry, its version and its texts: no token, no session.
    expect(Object.keys((await kept())!).sort()).toEqual(['at', 'baseVersion', 'draft', 'id', 'kind']);

    // The page is reloaded: the edit is back, on its entry, with a way to drop it.
    document.body.replaceChildren();
    el = await mount(editor);
    await eventually(() => expect(active(el)?.id).toBe('form-title'));
    expect(status(el)).toBe(
      `Reprise de vos changements non enregistrés sur « ${read!.question.standard.replace(/\s+/g, ' ')} ».`,
    );
    expect(byId<HTMLTextAreaElement>(el, 'answer-standard')!.value).toBe('Une réponse pas encore enregistrée.');
    await expectNoAxeViolations(el);
    await press(el, 'discard');
    await eventually(() => expect(byId<HTMLTextAreaElement>(el, 'answer-standard')!.value).toBe(read!.answer.standard));
    expect(byId(el, 'discard')).toBeNull();
    await eventually(async () => expect(await kept()).toBeNull());

    // Typed again, then someone else saves the entry before the reload: saving the kept edit is a conflict.
    await type(el, 'answer-standard', 'Ma réponse gardée.');
    await eventually(async () => expect((await kept())?.draft.texts['answer']?.standard).toBe('Ma réponse gardée.'));
    document.body.replaceChildren();
    const { version: _v, falcMissing: _f, ...doc } = read!;
    await as(OTHER_EDITOR).putGuideEntry(
      id,
      { ...doc, answer: { standard: 'Leur réponse.' } },
      {
        expectedVersion: read!.version,
        locale: 'fr',
      },
    );
    el = await mount(editor);
    await eventually(() => expect(byId<HTMLTextAreaElement>(el, 'answer-standard')?.value).toBe('Ma réponse gardée.'));
    await press(el, 'save');
    await eventually(() => expect(active(el)?.id).toBe('conflict-title'));
    await eventually(() => expect(byId(el, 'mine')).not.toBeNull());
    await press(el, 'mine');
    await eventually(() => expect(status(el)).toMatch(/enregistrée \(version 3\)\.$/));
    // Saved: the device forgets it, and a reload shows the list.
    await eventually(async () => expect(await kept()).toBeNull());
    document.body.replaceChildren();
    el = await mount(editor);
    await eventually(() => expect(status(el)).toMatch(/ressources$/));
  });

  it('speaks English on an English page', { timeout: 60_000 }, async () => {
    document.documentElement.lang = 'en';
    const { as } = contentSeed();
    const el = await mount(as(null));
    await eventually(() => expect(text(part(el, 'heading'))).toBe('The council’s content'));
    await eventually(() => expect(status(el)).toMatch(/^\d+ resources$/));
    await openFirst(el);
    expect(text(root(el).querySelector('label[for="title-falc"]'))).toBe('Easy-to-read (FALC) version');
  });
});
