// The author's own page (issue 21 §2), in a real browser: opened with the follow-up code, the
// secret code (typed as a person copies it by hand) unlocks a copy of the data, a correction,
// a withdrawal and an erase, each confirmed; keyboard only, axe in every state.
import type { ParticipeBackend } from '@participe/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import './participe-contribution-detail.js';
import { eventually, expectNoAxeViolations, NOW, seeded, shadow, text, waiting } from '../testing/browser.js';
import { AUTHOR_CODE, AUTHOR_SECRET, answeredWithProgress, authored } from '../testing/seed.js';

type Detail = HTMLElementTagNameMap['participe-contribution-detail'];

async function mount(backend: ParticipeBackend, attrs: Record<string, string> = {}) {
  const el = document.createElement('participe-contribution-detail');
  el.backend = backend;
  el.now = () => NOW;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const $ = <E extends Element = HTMLElement>(el: Detail, sel: string) => shadow(el).querySelector<E>(sel);
const panel = (el: Detail) => $(el, '[part~="author"]');
const focused = (el: Detail) => shadow(el).activeElement;

/** Tabs to the control `sel`, then presses Enter or types: the keyboard alone. */
async function tabTo(el: Detail, sel: string) {
  const target = $(el, sel)!;
  for (let i = 0; i < 60 && focused(el) !== target; i++) await userEvent.keyboard('{Tab}');
  expect(focused(el)).toBe(target);
}

async function unlock(el: Detail, typed = AUTHOR_SECRET) {
  await eventually(() => expect($(el, '#secret')).not.toBeNull());
  await tabTo(el, '#secret');
  await userEvent.keyboard(typed);
  await userEvent.keyboard('{Enter}');
}

/** Clicks through the keyboard: focus the button, then Enter. */
async function press(el: Detail, label: string) {
  const button = [...shadow(el).querySelectorAll('button')].find((b) => text(b) === label);
  expect(button, label).toBeTruthy();
  if (!button!.id) button!.id = `b-${Math.random().toString(36).slice(2)}`;
  await tabTo(el, `#${button!.id}`);
  await userEvent.keyboard('{Enter}');
}

let saved: Array<{ name: string; type: string; text: string }>;
beforeEach(() => {
  document.documentElement.lang = 'fr';
  saved = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const b = blob as Blob;
    void b.text().then((t) => saved.push({ name: '', type: b.type, text: t }));
    return 'blob:test';
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    queueMicrotask(() => {
      const last = saved.at(-1);
      if (last && !last.name) last.name = this.download;
    });
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('participe-contribution-detail: the author’s own page', () => {
  it('opened with the code: no "report" on one’s own contribution; a wrong secret code is refused and forgotten', async () => {
    const { backend } = await seeded([await authored(waiting('Un banc devant la mairie', '2026-02-20T09:00:00.000Z'))]);
    const el = await mount(backend, { code: AUTHOR_CODE });
    await eventually(() => expect(panel(el)).not.toBeNull());
    expect($(el, '[part~="report"]')).toBeNull();
    expect(text(panel(el))).toContain('Quel est votre code secret');
    await expectNoAxeViolations(el);
    await unlock(el, 'lapin sapin orage galet cerise navet');
    await eventually(() => expect(text($(el, '#author-problem'))).toContain('ne correspond pas'));
    expect($(el, '#secret')!.getAttribute('aria-invalid')).toBe('true');
    expect(focused(el)).toBe($(el, '#secret'));
    await expectNoAxeViolations(el);
  });

  it('the secret code as copied by hand (capitals, accents, spaces) opens a copy of all the data: JSON and a readable page', async () => {
    const { backend } = await seeded([await authored(answeredWithProgress('Un bus plus tôt le matin'))]);
    const el = await mount(backend, { code: AUTHOR_CODE });
    await unlock(el, '  Lapin SAPIN orage - Galet  Cérise moulin ');
    await eventually(() => expect(text(panel(el))).toContain('Télécharger mes données'));
    await expectNoAxeViolations(el);
    await press(el, 'Télécharger mes données (fichier JSON)');
    await eventually(() => expect(saved).toHaveLength(1));
    const json = JSON.parse(saved[0]!.text);
    expect(json).toMatchObject({ followUpCode: AUTHOR_CODE, contact: { email: 'camille@exemple.fr' } });
    expect(json.contribution.content.title).toBe('Un bus plus tôt le matin');
    await press(el, 'Télécharger une page lisible, à imprimer (HTML)');
    await eventually(() => expect(saved).toHaveLength(2));
    expect(saved[1]!.type).toBe('text/html');
    expect(saved[1]!.text).toContain('camille@exemple.fr');
    expect(saved[1]!.text).toContain('<h1>Mes données – contribution K7P-4QX</h1>');
    // Its table is named by the heading above it (RGAA 5.4 and 13.3).
    expect(saved[1]!.text).toMatch(/<h2 id="contribution">[^<]+<\/h2>\n<table aria-labelledby="contribution">/);
    // The person's words and the answer say their language (French: stored without one).
    expect(saved[1]!.text).toContain('<td lang="fr">Un bus plus tôt le matin</td>');
    expect(saved[1]!.text).toMatch(/<p lang="fr">Nous ajoutons/);
    // Already taken up by the institution: it can no longer be corrected, only erased.
    expect(text(panel(el))).toContain('ne peut plus être corrigé');
  });

  it('corrects the message after a confirmation; the detail shows the new words', async () => {
    const { backend } = await seeded([await authored(waiting('Un banc', '2026-02-20T09:00:00.000Z'))]);
    const el = await mount(backend, { code: AUTHOR_CODE });
    await unlock(el);
    await eventually(() => expect(text(panel(el))).toContain('Corriger mon message'));
    await press(el, 'Corriger mon message');
    await eventually(() => expect($(el, '#author-title')).not.toBeNull());
    expect(focused(el)).toBe($(el, '#correct-heading'));
    await expectNoAxeViolations(el);
    $(el, '#author-title')!.focus();
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    await press(el, 'Continuer');
    await eventually(() => expect(text($(el, '#author-problem'))).toContain('Le titre est vide'));
    expect(focused(el)).toBe($(el, '#author-title'));
    await expectNoAxeViolations(el);
    await userEvent.keyboard('Un banc à l’ombre');
    await press(el, 'Continuer');
    await eventually(() => expect(text($(el, '[part~="author-confirm"]'))).toContain('seront remplacés'));
    await expectNoAxeViolations(el);
    await press(el, 'Oui, corriger mon message');
    await eventually(() =>
      expect(text($(el, '[part~="author-status"]'))).toBe('C’est fait : votre message est corrigé.'),
    );
    await eventually(() => expect(text($(el, '[part~="title"]'))).toBe('Un banc à l’ombre'));
    await expectNoAxeViolations(el);
  });

  it('withdraws after a confirmation that says what remains', async () => {
    const { backend } = await seeded([await authored(waiting('Un banc', '2026-02-20T09:00:00.000Z'))]);
    const el = await mount(backend, { code: AUTHOR_CODE });
    await unlock(el);
    await eventually(() => expect(text(panel(el))).toContain('Retirer ma contribution'));
    await press(el, 'Retirer ma contribution');
    await eventually(() => expect(text($(el, '[part~="author-confirm"]'))).toContain('Ce qui reste'));
    await press(el, 'Annuler');
    await eventually(() => expect($(el, '[part~="author-confirm"]')).toBeNull());
    await press(el, 'Retirer ma contribution');
    await press(el, 'Oui, retirer ma contribution');
    await eventually(() => expect(text($(el, '[part~="status"]'))).toBe('Retirée par son auteur'));
    await eventually(() => expect(text($(el, '[part~="author-status"]'))).toContain('votre contribution est retirée'));
    await expectNoAxeViolations(el);
  });

  it('erases: the confirmation says the answer stays without the author’s words; the secret code opens nothing after', async () => {
    const { backend } = await seeded([await authored(answeredWithProgress('Un bus plus tôt le matin'))]);
    const el = await mount(backend, { code: AUTHOR_CODE });
    await unlock(el);
    await eventually(() => expect(text(panel(el))).toContain('Effacer mes données'));
    await press(el, 'Effacer mes données');
    await eventually(() =>
      expect(text($(el, '[part~="author-confirm"]'))).toContain(
        'la réponse publiée de l’institution, sans rien de ce que vous avez écrit',
      ),
    );
    await expectNoAxeViolations(el);
    await press(el, 'Oui, effacer mes données');
    await eventually(() => expect(text($(el, '[part~="author-erased"]'))).toContain('Vos données sont effacées'));
    await eventually(() => expect(text($(el, '[part~="answer-text"]'))).toContain('8 h 10'));
    expect(text($(el, '[part~="body"]'))).not.toContain('trop tard');
    await expectNoAxeViolations(el);
    await expect(backend.exportMyData!({ followUpCode: AUTHOR_CODE, secret: AUTHOR_SECRET })).rejects.toMatchObject({
      kind: 'unauthorized',
    });
  });

  it('in English and in easy-to-read French', async () => {
    const { backend } = await seeded([await authored(waiting('Un banc', '2026-02-20T09:00:00.000Z'))]);
    document.documentElement.lang = 'en';
    const en = await mount(backend, { code: AUTHOR_CODE });
    await eventually(() => expect(text(panel(en))).toContain('What is your secret code?'));
    await expectNoAxeViolations(en);
    document.documentElement.lang = 'fr';
    const falc = await mount(backend, { code: AUTHOR_CODE, variant: 'falc' });
    await eventually(() => expect(text(panel(falc))).toContain('Ce sont six mots'));
    await expectNoAxeViolations(falc);
  });
});
