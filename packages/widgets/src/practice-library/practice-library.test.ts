import { type ContentPack, en, fr, type PracticeSheet } from '@participe/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './participe-practice-library.js';
import type { ParticipePracticeOpenEvent } from '../events/practice-open.js';
import type { ContentSource } from '../internal/content.js';
import { eventually, expectNoAxeViolations, shadow, text } from '../testing/browser.js';

type Library = HTMLElementTagNameMap['participe-practice-library'];

const PAYLOAD = '<img src=x onerror=alert(1)><script>alert(2)</script>';

async function mount(
  content: ContentSource = null,
  attrs: Record<string, string> = {},
  parent: Element = document.body,
) {
  const el = document.createElement('participe-practice-library');
  el.content = content;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  parent.append(el);
  await el.updateComplete;
  return el;
}

const summary = (el: Library) => text(shadow(el).querySelector('[part~="summary"]'));
const titles = (el: Library) => [...shadow(el).querySelectorAll('[part~="item-title"]')].map(text);
const active = (el: Library) => shadow(el).activeElement;
const select = (el: Library, id: string) => shadow(el).querySelector<HTMLSelectElement>(`#${id}`)!;

/** A promise the test settles: the loading state stays on screen until then. */
function deferred() {
  let resolve!: (c: Partial<ContentPack>) => void;
  const promise = new Promise<Partial<ContentPack>>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

beforeEach(() => {
  document.documentElement.lang = 'fr';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('participe-practice-library', () => {
  it('loads, then lists every sheet with its place, themes, public and problem, without axe violations', async () => {
    const pending = deferred();
    const el = await mount(pending.promise);
    expect(summary(el)).toBe('Chargement des fiches…');
    await expectNoAxeViolations(el);
    pending.resolve({ practices: fr.practices });
    await eventually(() => expect(summary(el)).toBe('12 fiches à lire.'));
    // `text` reads no-break spaces as spaces.
    expect(titles(el)).toEqual(fr.practices.map((p) => p.title.replace(/\s+/g, ' ')));
    const first = shadow(el).querySelector('[part~="item"]')!;
    expect([...first.querySelectorAll('[part~="item-meta"]')].map(text)).toEqual([
      'Département du Val-de-Brume, 2022',
      'Thèmes : accès aux droits, insertion',
      'Public : allocataires du RSA',
    ]);
    expect(text(first.querySelector('blockquote'))).toBe(fr.practices[0]!.problemStatement.replace(/\s+/g, ' '));
    expect([...select(el, 'territory').options].map((o) => o.value)).toEqual([
      '',
      'périurbain',
      'quartier prioritaire',
      'rural',
      'urbain',
    ]);
    expect(shadow(el).querySelector('[style]')).toBeNull();
    await expectNoAxeViolations(el);
  });

  it('searches and filters with the keyboard alone, says how many match, and clears', async () => {
    const el = await mount();
    await eventually(() => expect(titles(el)).toHaveLength(12));
    await userEvent.tab();
    expect(active(el)?.id).toBe('q');
    await userEvent.keyboard('RSA{Enter}');
    await eventually(() => expect(summary(el)).toMatch(/^\d+ fiches correspondent à votre recherche, sur 12\.$/));
    const rsa = titles(el).length;
    expect(rsa).toBeGreaterThan(1);
    expect(rsa).toBeLessThan(12);

    await userEvent.tab(); // theme
    await userEvent.tab(); // public
    await userEvent.tab(); // territory
    expect(active(el)?.id).toBe('territory');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}'); // … → rural → urbain
    expect(select(el, 'territory').value).toBe('urbain');
    await userEvent.tab(); // apply
    await userEvent.keyboard('{Enter}');
    await eventually(() =>
      expect(summary(el)).toBe(
        'Aucune fiche ne correspond à votre recherche. Essayez d’autres mots ou moins de filtres.',
      ),
    );
    expect(titles(el)).toEqual([]);
    await expectNoAxeViolations(el);

    await userEvent.tab(); // clear
    expect(text(active(el))).toBe('Effacer la recherche');
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(summary(el)).toBe('12 fiches à lire.'));
    expect(active(el)?.id).toBe('q');
    expect(select(el, 'territory').value).toBe('');

    select(el, 'theme').value = 'santé';
    shadow(el).querySelector<HTMLFormElement>('form')!.requestSubmit();
    await eventually(() => expect(summary(el)).toBe('2 fiches correspondent à votre recherche, sur 12.'));
    for (const title of titles(el)) {
      expect(fr.practices.find((p) => p.title === title)!.themes).toContain('santé');
    }
  });

  it('opens a sheet with all its sections and what changed for each side, then goes back to the same results', async () => {
    const el = await mount(null, { 'resource-url': '/ressources/{id}' });
    await eventually(() => expect(titles(el)).toHaveLength(12));
    const opened: string[] = [];
    el.addEventListener('participe-practice-open', (e: ParticipePracticeOpenEvent) => opened.push(e.detail.practiceId));
    select(el, 'territory').value = 'rural';
    shadow(el).querySelector<HTMLFormElement>('form')!.requestSubmit();
    await eventually(() => expect(summary(el)).toMatch(/fiches correspondent/));
    const rural = titles(el);

    const sheet = fr.practices.find((p) => p.title === rural[1])!;
    shadow(el).querySelectorAll<HTMLButtonElement>('[part~="item-link"]')[1]!.focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(active(el)?.id).toBe('sheet-title'));
    expect(text(active(el))).toBe(sheet.title);
    expect(opened).toEqual([sheet.id]);
    expect(shadow(el).querySelector('[part~="search"]')).toBeNull();
    const article = shadow(el).querySelector('[part~="sheet"]')!;
    expect([...article.querySelectorAll('h4')].map(text)).toEqual([
      'Le contexte',
      'Le diagnostic partagé',
      'Le problème, dit par les personnes concernées',
      'Les objectifs',
      'Les actions',
      'L’évaluation',
      'Ce qui a changé, pour chacun',
      'Les clés de la réussite',
      'Les points de vigilance',
      'Et après ?',
      'Les phases du cycle concernées',
      'Les ressources utilisées',
    ]);
    const viewpoints = [...article.querySelectorAll('[part~="viewpoint"]')];
    expect(viewpoints.map((v) => text(v.querySelector('h5')))).toEqual([
      'Pour les habitants et les personnes concernées',
      'Pour les professionnels',
      'Pour les élus',
      'Pour les partenaires',
    ]);
    expect([...viewpoints[2]!.querySelectorAll('li')].map(text)).toEqual(sheet.transformations.elected);
    expect([...article.querySelectorAll('[part~="resource-link"]')].map((a) => a.getAttribute('href'))).toEqual(
      sheet.resourceIds.map((id) => `/ressources/${id}`),
    );
    expect(summary(el)).toBe('');
    await expectNoAxeViolations(el);

    await userEvent.tab({ shift: true }); // the title is first in the sheet after "back"
    expect(text(active(el))).toBe('← Retour aux fiches');
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(titles(el)).toEqual(rural));
    expect(text(active(el))).toBe(sheet.title);
    expect(select(el, 'territory').value).toBe('rural');
  });

  it('opens the sheet named by the `practice` attribute, and says when the content cannot load', async () => {
    const linked = await mount(null, { practice: 'marche-exploratoire-glycines' });
    await eventually(() =>
      expect(text(shadow(linked).querySelector('#sheet-title'))).toBe(
        'Des habitantes parcourent leur quartier à la nuit tombée',
      ),
    );

    let broken = true;
    // A thenable that fails while `broken`, like a council's feed that is down, then recovers.
    const flaky: PromiseLike<Partial<ContentPack>> = {
      // biome-ignore lint/suspicious/noThenProperty: awaiting it is the point
      then: (ok, fail) =>
        (broken ? Promise.reject({ kind: 'offline', message: 'down' }) : Promise.resolve({})).then(ok, fail),
    };
    const el = await mount(flaky);
    const alert = () => shadow(el).querySelector('[role="alert"]');
    await eventually(() => expect(text(alert())).toContain('Vous n’êtes pas connecté à Internet.'));
    await expectNoAxeViolations(el);
    broken = false;
    await userEvent.click(alert()!.querySelector('button')!);
    await eventually(() => expect(titles(el)).toHaveLength(12));
    expect(alert()).toBeNull();
  });

  it('renders markup in a council’s sheet as inert text, everywhere it appears', async () => {
    const base = fr.practices[0]!;
    const hostile: PracticeSheet = {
      ...base,
      id: 'fiche-piegee',
      title: `Titre ${PAYLOAD}`,
      territory: PAYLOAD,
      themes: [PAYLOAD],
      problemStatement: PAYLOAD,
      context: PAYLOAD,
      transformations: { residents: [PAYLOAD], professionals: [], elected: [], partners: [] },
    };
    const el = await mount({ practices: [hostile] }, { practice: 'fiche-piegee' });
    await eventually(() => expect(text(shadow(el).querySelector('#sheet-title'))).toBe(`Titre ${PAYLOAD}`));
    expect(text(shadow(el).querySelector('[part~="problem"]'))).toBe(PAYLOAD);
    expect(text(shadow(el).querySelector('[part~="viewpoint"] li'))).toBe(PAYLOAD);
    expect(text(shadow(el).querySelectorAll('[part~="viewpoint"]')[1]!.querySelector('p'))).toBe('Rien de noté.');
    await userEvent.click(shadow(el).querySelector('[part~="back"]')!);
    await eventually(() => expect(titles(el)).toEqual([`Titre ${PAYLOAD}`]));
    expect([...select(el, 'theme').options].map((o) => o.textContent)).toContain(PAYLOAD);
    expect(shadow(el).querySelectorAll('img, script')).toHaveLength(0);
  });

  it('reads the English sheets on an English page, and speaks easy French with variant="falc"', async () => {
    const english = document.createElement('div');
    english.lang = 'en';
    document.body.append(english);
    const el = await mount(null, {}, english);
    await eventually(() => expect(summary(el)).toBe('12 sheets to read.'));
    expect(titles(el)).toEqual(en.practices.map((p) => p.title));
    expect(text(shadow(el).querySelector('label[for="public"]'))).toBe('With which people?');
    await expectNoAxeViolations(el);

    const falc = await mount(null, { variant: 'falc', practice: fr.practices[2]!.id });
    await eventually(() => expect(text(shadow(falc).querySelector('[part~="back"]'))).toBe('← Revenir aux fiches'));
    expect(text(shadow(falc).querySelector('#v-residents'))).toBe('Pour les habitants');
    await expectNoAxeViolations(falc);
  });
});
