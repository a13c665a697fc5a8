import { en, fr } from '@participe/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './participe-practice-library.js';
import type { ParticipePracticeOpenEvent } from '../events/practice-open.js';
import { eventually, expectNoAxeViolations, failing, gated, shadow, text } from '../testing/browser.js';
import { librarySeeded, OWN_SHEET } from './practice-library.fixtures.js';

type Library = HTMLElementTagNameMap['participe-practice-library'];
type Backend = Library['backend'];

const PAYLOAD = '<img src=x onerror=alert(1)><script>alert(2)</script>';
/** The built-in sheets and the council's own. */
const ALL = fr.practices.length + 1;

async function mount(backend: Backend, attrs: Record<string, string> = {}, parent: Element = document.body) {
  const el = document.createElement('participe-practice-library');
  el.backend = backend;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  parent.append(el);
  await el.updateComplete;
  return el;
}

const summary = (el: Library) => text(shadow(el).querySelector('[part~="summary"]'));
const titles = (el: Library) => [...shadow(el).querySelectorAll('[part~="item-title"]')].map(text);
const active = (el: Library) => shadow(el).activeElement;
const select = (el: Library, id: string) => shadow(el).querySelector<HTMLSelectElement>(`#${id}`)!;
const search = (el: Library, words: string) => {
  shadow(el).querySelector<HTMLInputElement>('#q')!.value = words;
  shadow(el).querySelector<HTMLFormElement>('form')!.requestSubmit();
};
/** `text` reads no-break spaces as spaces. */
const spaced = (s: string) => s.replace(/\s+/g, ' ');

beforeEach(() => {
  document.documentElement.lang = 'fr';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('participe-practice-library', () => {
  it('loads through its back end, then lists the council’s published sheets, its own among them, without axe violations', async () => {
    const gate = gated((await librarySeeded()).backend, ['searchPractices']);
    const el = await mount(gate.backend);
    expect(summary(el)).toBe('Chargement des fiches…');
    await expectNoAxeViolations(el);
    gate.open();
    await eventually(() => expect(summary(el)).toBe(`${ALL} fiches à lire.`));
    expect(titles(el)).toContain(OWN_SHEET.title);
    for (const p of fr.practices) expect(titles(el)).toContain(spaced(p.title));
    const own = [...shadow(el).querySelectorAll('[part~="item"]')].find((i) => text(i).includes(OWN_SHEET.title))!;
    expect([...own.querySelectorAll('[part~="item-meta"]')].map(text)).toEqual([
      'Communauté de communes du Haut-Lizon, 2024',
      'Thèmes : mobilite',
      'Public : allocataires du RSA',
    ]);
    expect(text(own.querySelector('blockquote'))).toBe(OWN_SHEET.problemStatement);
    // The phase filter names each phase as the council does, in the cycle's order.
    expect([...select(el, 'phase').options].map((o) => text(o))[2]).toBe('Diagnostic partagé');
    expect(select(el, 'phase').options[1]!.value).toBe('mobilise');
    expect([...select(el, 'theme').options].map((o) => o.value)).toContain('mobilite');
    expect(shadow(el).querySelector('[style]')).toBeNull();
    await expectNoAxeViolations(el);
  });

  it('searches in French with the keyboard alone (accents and synonyms), shows the resources found too, and clears', async () => {
    const el = await mount((await librarySeeded()).backend, { 'resource-url': '/ressources/{id}' });
    await eventually(() => expect(titles(el)).toHaveLength(ALL));
    await userEvent.tab();
    expect(active(el)?.id).toBe('q');
    await userEvent.keyboard('mobilité{Enter}');
    await eventually(() => expect(summary(el)).toMatch(/^\d+ fiches? (correspond|correspondent) à votre recherche\.$/));
    // The sheet says "mobilite" (no accent) and "trajets": French stems and the thesaurus find it.
    expect(titles(el)).toContain(OWN_SHEET.title);
    expect(titles(el).length).toBeLessThan(ALL);
    const found = shadow(el).querySelector('[part~="found"]')!;
    expect(text(found.querySelector('h3'))).toMatch(/trouvés? dans le centre de ressources$/);
    expect([...found.querySelectorAll('[part~="resource-link"]')].map((a) => a.getAttribute('href'))).toContain(
      '/ressources/frais-de-transport',
    );
    await expectNoAxeViolations(el);

    await userEvent.tab(); // phase
    expect(active(el)?.id).toBe('phase');
    const act = [...select(el, 'phase').options].findIndex((o) => o.value === 'act');
    await userEvent.keyboard('{ArrowDown}'.repeat(act));
    expect(select(el, 'phase').value).toBe('act');
    await userEvent.tab(); // theme
    await userEvent.tab(); // public
    await userEvent.tab(); // apply
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(summary(el)).toMatch(/correspond/));
    expect(titles(el)).toContain(OWN_SHEET.title);

    search(el, 'zzzqx');
    await eventually(() =>
      expect(summary(el)).toBe(
        'Aucune fiche ne correspond à votre recherche. Essayez d’autres mots ou moins de filtres.',
      ),
    );
    expect(titles(el)).toEqual([]);
    expect(shadow(el).querySelector('[part~="found"]')).toBeNull();
    await expectNoAxeViolations(el);

    shadow(el).querySelector<HTMLElement>('[part~="actions"] button:not(.primary)')!.focus();
    expect(text(active(el))).toBe('Effacer la recherche');
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(summary(el)).toBe(`${ALL} fiches à lire.`));
    expect(active(el)?.id).toBe('q');
    expect(select(el, 'phase').value).toBe('');
  });

  it('opens a sheet with its sections, resources and related sheets, opens a related one, then goes back to the same results', async () => {
    const el = await mount((await librarySeeded()).backend, { 'resource-url': '/ressources/{id}' });
    await eventually(() => expect(titles(el)).toHaveLength(ALL));
    const opened: string[] = [];
    el.addEventListener('participe-practice-open', (e: ParticipePracticeOpenEvent) => opened.push(e.detail.practiceId));
    search(el, 'minibus');
    await eventually(() => expect(titles(el)).toEqual([OWN_SHEET.title]));

    shadow(el).querySelector<HTMLButtonElement>('[part~="item-link"]')!.focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(active(el)?.id).toBe('sheet-title'));
    expect(text(active(el))).toBe(OWN_SHEET.title);
    // The group's words carry the sheet's language (RGAA 8.7); the headings are the interface's.
    expect(active(el)?.getAttribute('lang')).toBe('fr');
    expect(opened).toHaveLength(1);
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
      'Ce qu’en disent les participants',
      ...(OWN_SHEET.keysOfSuccess.length ? ['Les clés de la réussite'] : []),
      ...(OWN_SHEET.vigilance.length ? ['Les points de vigilance'] : []),
      ...(OWN_SHEET.perspectives ? ['Et après ?'] : []),
      'Les phases du cycle concernées',
      'Les ressources utilisées',
      'Qui contacter',
      'Pour en savoir plus',
      'Vous aimerez aussi',
    ]);
    expect(text(article.querySelector('[part~="sheet-meta"]'))).toContain('Depuis : septembre 2024');
    expect(article.querySelector('[part~="problem"]')?.getAttribute('lang')).toBe('fr');
    expect([...article.querySelectorAll('h4')].some((h) => h.closest('[lang]') !== null)).toBe(false);
    expect(article.querySelector('[aria-labelledby="s-phases"] ul')?.hasAttribute('lang')).toBe(false); // the council's words
    expect(article.querySelector('[part~="related-link"]')?.closest('li')?.getAttribute('lang')).toBe('fr');
    const phases = [...article.querySelectorAll('[aria-labelledby="s-phases"] li')].map(text);
    expect(phases).toEqual(['Aller vers et constituer le groupe', 'Mise en œuvre, faire savoir ce qui a été fait']);
    expect([...article.querySelectorAll('[part~="resource-link"]')].map((a) => a.getAttribute('href'))).toEqual([
      '/ressources/frais-de-transport',
    ]);
    expect(summary(el)).toBe('');
    await expectNoAxeViolations(el);

    // "Vous aimerez aussi": another sheet opens in place, focus on its title.
    const related = article.querySelector<HTMLButtonElement>('[part~="related-link"]')!;
    const next = related.dataset['id']!;
    related.focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(active(el)?.id).toBe('sheet-title'));
    expect(text(active(el))).toBe(spaced(fr.practices.find((p) => p.id === next)!.title));
    expect(opened.at(-1)).toBe(next);

    shadow(el).querySelector<HTMLElement>('[part~="back"]')!.focus();
    expect(text(active(el))).toBe('← Retour aux fiches');
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(titles(el)).toEqual([OWN_SHEET.title]));
    expect(shadow(el).querySelector<HTMLInputElement>('#q')!.value).toBe('minibus');
  });

  it('shows more sheets on demand, focus on the first new one', async () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ ...OWN_SHEET, title: `Fiche du groupe n° ${i + 1}` }));
    const el = await mount((await librarySeeded(many)).backend);
    const total = fr.practices.length + many.length;
    await eventually(() => expect(summary(el)).toBe(`${total} fiches à lire. Les 20 premières sont affichées.`));
    expect(titles(el)).toHaveLength(20);
    shadow(el).querySelector<HTMLElement>('[part~="more"]')!.focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(titles(el)).toHaveLength(total));
    expect(summary(el)).toBe(`${total} fiches à lire.`);
    expect(shadow(el).querySelector('[part~="more"]')).toBeNull();
    expect(active(el)).toBe(shadow(el).querySelectorAll('[part~="item-link"]')[20]);
  });

  it('opens the sheet named by the `practice` attribute, and says when the sheets cannot load', async () => {
    const { backend } = await librarySeeded();
    const linked = await mount(backend, { practice: 'marche-exploratoire-glycines' });
    await eventually(() =>
      expect(text(shadow(linked).querySelector('#sheet-title'))).toBe(
        'Des habitantes parcourent leur quartier à la nuit tombée',
      ),
    );
    const nowhere = await mount(backend, { practice: 'pas-de-fiche' });
    await eventually(() => expect(summary(nowhere)).toBe(`${ALL} fiches à lire.`));

    const broken = failing(backend, ['searchPractices'], { kind: 'offline', message: 'down' });
    const el = await mount(broken.backend);
    const alert = () => shadow(el).querySelector('[role="alert"]');
    await eventually(() => expect(text(alert())).toContain('Vous n’êtes pas connecté à Internet.'));
    await expectNoAxeViolations(el);
    broken.heal();
    await userEvent.click(alert()!.querySelector('button')!);
    await eventually(() => expect(titles(el)).toHaveLength(ALL));
    expect(alert()).toBeNull();

    // A sheet that fails to open: retry, or back to the list.
    const sheetDown = failing(backend, ['getPractice'], { kind: 'error', message: '500' });
    const s = await mount(sheetDown.backend);
    await eventually(() => expect(titles(s)).toHaveLength(ALL));
    shadow(s).querySelector<HTMLButtonElement>('[part~="item-link"]')!.click();
    await eventually(() =>
      expect(text(shadow(s).querySelector('[role="alert"]'))).toContain('La fiche n’a pas pu être ouverte.'),
    );
    await expectNoAxeViolations(s);
    await userEvent.click(shadow(s).querySelector('[role="alert"] [part~="back"]')!);
    await eventually(() => expect(titles(s)).toHaveLength(ALL));

    const none = await mount(null);
    await eventually(() =>
      expect(text(shadow(none).querySelector('[role="alert"]'))).toContain('Les fiches n’ont pas pu être affichées.'),
    );
  });

  it('renders markup in a group’s sheet as inert text, everywhere it appears', async () => {
    const hostile = {
      ...OWN_SHEET,
      title: `Titre ${PAYLOAD}`,
      territory: PAYLOAD,
      themes: [PAYLOAD],
      problemStatement: PAYLOAD,
      context: PAYLOAD,
      transformations: { residents: [PAYLOAD], professionals: [], elected: [], partners: [] },
      sources: [{ title: PAYLOAD, url: 'https://exemple.fr/bilan' }],
    };
    const { backend, ids } = await librarySeeded([hostile]);
    const el = await mount(backend, { practice: ids[0]! });
    await eventually(() => expect(text(shadow(el).querySelector('#sheet-title'))).toBe(`Titre ${PAYLOAD}`));
    expect(text(shadow(el).querySelector('[part~="problem"]'))).toBe(PAYLOAD);
    expect(text(shadow(el).querySelector('[part~="viewpoint"] li'))).toBe(PAYLOAD);
    expect(text(shadow(el).querySelectorAll('[part~="viewpoint"]')[1]!.querySelector('p'))).toBe('Rien de noté.');
    expect(text(shadow(el).querySelector('[aria-labelledby="s-sources"] a'))).toBe(PAYLOAD);
    await userEvent.click(shadow(el).querySelector('[part~="back"]')!);
    await eventually(() => expect(titles(el)).toContain(`Titre ${PAYLOAD}`));
    expect([...select(el, 'theme').options].map((o) => o.textContent)).toContain(PAYLOAD);
    expect(shadow(el).querySelectorAll('img, script')).toHaveLength(0);
  });

  it('reads the English sheets on an English page, and speaks easy French with variant="falc"', async () => {
    const { backend } = await librarySeeded();
    const english = document.createElement('div');
    english.lang = 'en';
    document.body.append(english);
    const el = await mount(backend, {}, english);
    await eventually(() => expect(summary(el)).toBe(`${en.practices.length} sheets to read.`));
    for (const p of en.practices) expect(titles(el)).toContain(spaced(p.title));
    const links = [...shadow(el).querySelectorAll('[part~="item-link"]')];
    expect(new Set(links.map((a) => a.getAttribute('lang')))).toEqual(new Set(['en']));
    expect(text(shadow(el).querySelector('label[for="public"]'))).toBe('With which people?');
    expect(text(shadow(el).querySelector('label[for="phase"]'))).toBe('At what step of the cycle?');
    await expectNoAxeViolations(el);

    const falc = await mount(backend, { variant: 'falc', practice: fr.practices[2]!.id });
    await eventually(() => expect(text(shadow(falc).querySelector('[part~="back"]'))).toBe('← Revenir aux fiches'));
    expect(text(shadow(falc).querySelector('#v-residents'))).toBe('Pour les habitants');
    // The council's phases in their easy-to-read wording.
    const phases = [...shadow(falc).querySelectorAll('[aria-labelledby="s-phases"] li')].map(text);
    expect(phases.length).toBeGreaterThan(0);
    for (const label of phases)
      expect(fr.phases.map((p) => spaced(p.label.falc).replaceAll('\n', '. '))).toContain(label);
    await expectNoAxeViolations(falc);
  });
});
