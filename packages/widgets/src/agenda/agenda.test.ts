import type { ParticipeBackend } from '@participe/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './participe-agenda.js';
import { eventually, expectNoAxeViolations, failing, gated, shadow, text } from '../testing/browser.js';
import { agendaSeeded } from './agenda.fixtures.js';

type El = HTMLElementTagNameMap['participe-agenda'];
const NB = '\u00a0';

async function mount(backend: ParticipeBackend | null, attrs: Record<string, string> = {}) {
  const el = document.createElement('participe-agenda');
  el.backend = backend;
  el.setAttribute('space', 'groupe-rsa-nord');
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

beforeEach(() => {
  document.documentElement.lang = 'fr';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('participe-agenda', () => {
  it('says it is loading, then lists the next public meetings in French typography, without axe violations', async () => {
    const gate = gated((await agendaSeeded()).backend, ['getAgenda']);
    const el = await mount(gate.backend);
    expect(text(part(el, 'heading'))).toBe('Prochaines rencontres');
    await eventually(() => expect(status(el)).toBe('Chargement de l’agenda…'));
    await expectNoAxeViolations(el);
    gate.open();
    await eventually(() => expect(parts(el, 'meeting')).toHaveLength(3));
    expect(status(el)).toBe(
      `Groupe «${NB}Groupe ressource du secteur Nord${NB}»${NB}: 3${NB}rencontres publiques prévues.`,
    );
    const [bus, forum, bilan] = parts(el, 'meeting');
    expect(text(bus!.querySelector('[part~="title"]'))).toBe('Atelier : les horaires du bus');
    expect(typo(bus!.querySelector('[part~="when"]'))).toBe(
      `jeudi 19${NB}mars 2026, de 8${NB}h${NB}40 à${NB}10${NB}h${NB}30`,
    );
    expect(bus!.querySelector('time')!.getAttribute('datetime')).toBe('2026-03-19T07:40:00.000Z');
    expect(typo(bus!.querySelector('[part~="place"]'))).toBe(`Lieu${NB}: Maison des solidarités, salle 2`);
    expect(typo(bus!.querySelector('[part~="access"]'))).toMatch(/^Pour venir\u00a0: Bus 4/);
    const add = bus!.querySelector<HTMLAnchorElement>('[part~="add"]')!;
    expect(add.getAttribute('download')).toBe('groupe-rsa-nord-2026-03-19.ics');
    expect(decodeURIComponent(add.href)).toContain('UID:mt_bus@participe');
    expect(typo(add)).toBe(`Ajouter à mon agenda${NB}: Atelier : les horaires du bus, jeudi 19${NB}mars 2026`);
    expect(typo(forum!.querySelector('[part~="cancelled"]'))).toBe(`Annulée${NB}:`);
    expect(forum!.querySelector('[part~="add"]')).toBeNull();
    expect(text(bilan!.querySelector('[part~="title"]'))).toBe('Rencontre du groupe');
    expect(typo(bilan!.querySelector('[part~="when"]'))).toBe(`jeudi 7${NB}mai 2026, à${NB}18${NB}h${NB}30`);
    expect(shadow(el).textContent).not.toMatch(/Réunion interne|Réunion passée/);
    // Without `endpoint` there is no feed to subscribe to.
    expect(part(el, 'feed')).toBeNull();
    expect(part(el, 'base')!.getAttribute('aria-busy')).toBe('false');
    await expectNoAxeViolations(el);
  });

  it('reaches every link with the keyboard alone', async () => {
    const el = await mount((await agendaSeeded()).backend);
    await eventually(() => expect(parts(el, 'add')).toHaveLength(2));
    document.body.tabIndex = -1;
    document.body.focus();
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(parts(el, 'add')[0]);
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(parts(el, 'add')[1]);
  });

  it('says when nothing is planned', async () => {
    const el = await mount((await agendaSeeded([])).backend);
    await eventually(() =>
      expect(text(part(el, 'empty'))).toBe('Aucune rencontre publique n’est prévue pour le moment.'),
    );
    await expectNoAxeViolations(el);
  });

  it('says what went wrong and loads again on retry, with the keyboard', async () => {
    const broken = failing((await agendaSeeded()).backend, ['getAgenda'], { kind: 'offline', message: 'down' });
    const el = await mount(broken.backend);
    // Offline: what failed, and why.
    await eventually(() =>
      expect(text(part(el, 'error'))).toBe(
        'L’agenda n’a pas pu être affiché. Vous n’êtes pas connecté à Internet. Réessayer',
      ),
    );
    expect(part(el, 'error')!.getAttribute('role')).toBe('alert');
    await expectNoAxeViolations(el);
    broken.heal();
    part(el, 'error')!.querySelector('button')!.focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(parts(el, 'meeting')).toHaveLength(3));
    expect(part(el, 'error')).toBeNull();
  });

  it('says when the group does not exist', async () => {
    const el = await mount((await agendaSeeded()).backend, { space: 'inconnu' });
    await eventually(() => expect(text(part(el, 'error'))).toMatch(/n’existe pas/));
  });

  it('offers the group’s .ics feed, on the API that `endpoint` names', async () => {
    const el = await mount((await agendaSeeded()).backend, { endpoint: 'https://participe.example/api/' });
    await eventually(() => expect(part(el, 'feed')).not.toBeNull());
    expect(part(el, 'feed')!.getAttribute('href')).toBe(
      'https://participe.example/api/spaces/groupe-rsa-nord/meetings.ics',
    );
    expect(text(part(el, 'feed'))).toBe('Suivre toutes les rencontres du groupe dans mon agenda (abonnement .ics)');
    await expectNoAxeViolations(el);
  });

  it('speaks English on an English page and easy French with variant="falc"', async () => {
    document.documentElement.lang = 'en';
    const { backend } = await agendaSeeded();
    const en = await mount(backend);
    await eventually(() =>
      expect(status(en)).toBe(`Group “Groupe ressource du secteur Nord”: 3${NB}public meetings planned.`),
    );
    expect(typo(parts(en, 'when')[0])).toBe(`Thursday 19${NB}March 2026, from 08:40 to 10:30`);
    // What the facilitator wrote in French stays marked French inside the English sentences (RGAA 8.7).
    const bus = parts(en, 'meeting')[0]!;
    expect(bus.querySelector('[part~="title"] [lang]')?.getAttribute('lang')).toBe('fr');
    expect(text(bus.querySelector('[part~="title"] [lang="fr"]'))).toBe('Atelier : les horaires du bus');
    expect(text(bus.querySelector('[part~="place"] [lang="fr"]'))).toBe('Maison des solidarités, salle 2');
    expect(text(bus.querySelector('[part~="access"] [lang="fr"]'))).toMatch(/^Bus 4, arrêt Tilleuls/);
    // The title the interface gives a meeting without one is the interface's: no mark.
    expect(parts(en, 'meeting')[2]!.querySelector('[part~="title"] [lang]')).toBeNull();
    document.body.replaceChildren();
    document.documentElement.lang = 'fr';
    const falc = await mount(backend, { variant: 'falc' });
    await eventually(() =>
      expect(status(falc)).toBe(
        `Le groupe «${NB}Groupe ressource du secteur Nord${NB}» a 3${NB}réunions ouvertes à tous.`,
      ),
    );
    expect(text(parts(falc, 'add')[0])).toMatch(/^Mettre dans mon agenda/);
    await expectNoAxeViolations(falc);
  });
});
