import type { ParticipeBackend } from '@participe/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import './participe-board.js';
import {
  answeredWithSteps,
  build,
  eventually,
  expectNoAxeViolations,
  failing,
  gated,
  seeded,
  shadow,
  text,
  waiting,
} from '../testing/browser.js';
import { boardWorld } from './board.seed.js';

type El = HTMLElementTagNameMap['participe-board'];

async function mount(backend: ParticipeBackend, attrs: Record<string, string> = { space: 'groupe-rsa-nord' }) {
  const el = document.createElement('participe-board');
  el.backend = backend;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const part = (el: El, name: string) => shadow(el).querySelector(`[part~="${name}"]`);
const all = (el: El, selector: string) => [...shadow(el).querySelectorAll(selector)];
const ready = (el: El) => eventually(() => expect(part(el, 'summary')).not.toBeNull());
const rows = (el: El, section: string) =>
  all(el, `[aria-labelledby="${section}"] tbody tr`).map((tr) => [...tr.children].slice(0, -1).map((c) => text(c)));

beforeEach(() => {
  document.documentElement.lang = 'fr';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('participe-board', () => {
  // Figures worked out by hand from board.seed.ts on 15 March 2026 (60-day delay): answers
  // in 19, 9 and 4 days (mean 32 / 3 = 10.7, median 9, 90th percentile 9 + 0.8 × 10 = 17);
  // one message waiting for 69 days.
  it('sums up the figures in sentences, with French typography, and shows each part', async () => {
    const el = await mount((await seeded(boardWorld())).backend);
    await ready(el);
    expect(text(part(el, 'heading'))).toBe('Les réponses de l’institution');
    expect(text(part(el, 'scope'))).toBe('Groupe : Groupe ressource du secteur Nord');
    const summary = part(el, 'summary')!.textContent!;
    expect(summary).toBe(
      'Sur 5\u00a0messages reçus, 3\u00a0ont reçu une réponse, en 10,7\u00a0jours en moyenne. ' +
        'La moitié des réponses arrive en 9\u00a0jours ou moins\u202f; neuf sur dix en 17\u00a0jours ou moins. ' +
        '1\u00a0message attend une réponse au-delà du délai promis.',
    );
    expect(all(el, '[part~="figures"] dd').map((d) => d.textContent)).toEqual([
      '60\u00a0%',
      '9\u00a0jours',
      '17\u00a0jours',
      '1',
    ]);
    expect(all(el, '[part~="overdue"] li').map((li) => text(li))).toEqual([
      'Des bancs à l’arrêt de bus Publié le 5 janvier 2026, attend depuis 69 jours',
    ]);
    expect(rows(el, 'verdicts')).toEqual([
      ['Acceptée', '2'],
      ['Non retenue', '1'],
    ]);
    expect(text(shadow(el).querySelector('[aria-labelledby="verdicts"] > p'))).toBe(
      'Décision la plus fréquente : Acceptée, pour 2 réponses sur 3.',
    );
    expect(rows(el, 'themes')).toEqual([
      ['Accès aux droits et démarches', '1', '1'],
      ['Logement', '1', '1'],
      ['Transports et mobilité', '3', '1'],
    ]);
    expect(text(shadow(el).querySelector('[aria-labelledby="themes"] > p'))).toBe(
      'Le thème le plus abordé : Transports et mobilité, avec 3 messages sur 5.',
    );
    expect(rows(el, 'months')).toEqual([
      ['janvier 2026', '3', '2'],
      ['février 2026', '1', '1'],
      ['mars 2026', '1', '0'],
    ]);
    expect(text(shadow(el).querySelector('[aria-labelledby="months"] > p'))).toBe(
      'Le mois le plus chargé : janvier 2026, avec 3 messages reçus.',
    );
    await expectNoAxeViolations(el);
  });

  it('lists commitments late first, with progress and steps, and says "late" in words', async () => {
    const el = await mount((await seeded(boardWorld())).backend);
    await ready(el);
    expect(text(shadow(el).querySelector('[aria-labelledby="commitments"] > p'))).toBe(
      '2 engagements pris : 0 tenu, 1 en retard.',
    );
    const [late, onTime] = all(el, '[part~="commitment"]');
    expect(text(late!.querySelector('.what'))).toBe('Ouvrir le guichet à 8 h 30 En retard');
    expect(late!.querySelector('[part~="late"]')).not.toBeNull();
    expect(late!.querySelector('progress')!.value).toBe(50);
    expect(late!.querySelector('progress')!.getAttribute('aria-label')).toBe('Avancement\u00a0: 50\u00a0%');
    expect([...late!.querySelectorAll('.milestones li')].map((li) => text(li))).toEqual([
      'Recruter un agent d’accueil, faite le 20 février 2026',
      'Afficher les nouveaux horaires, prévue le 10 mars 2026 : en retard',
    ]);
    expect(text(onTime!.querySelector('.what'))).toBe('Ajouter un départ à 8 h 10 Dans les temps');
    expect(text(onTime)).toContain('Avancement : 40 %');
  });

  it('marks each commitment, its steps and the title it answers with the language they were written in', async () => {
    document.documentElement.lang = 'en';
    const author = { role: 'author' as const, id: null };
    const pro = { role: 'professional' as const, id: 'pro_1' };
    // Written and answered in English; the other one stored without a language: French.
    const english = build({ title: 'The counter opens too late', at: '2026-01-10T09:00:00.000Z', lang: 'en' }, [
      { type: 'contribution.submit', actor: author },
      { type: 'contribution.review', actor: pro },
      {
        type: 'contribution.decide',
        actor: pro,
        answer: { verdict: 'accepted', text: 'We open earlier.', service: 'Social services', lang: 'en' },
      },
      { type: 'contribution.publish', actor: pro, at: '2026-01-15T09:00:00.000Z' },
      {
        type: 'contribution.commit',
        actor: pro,
        commitment: {
          id: 'k_en',
          what: 'Open the counter at 8:30',
          owner: 'Social services',
          due: '2026-12-31',
          milestones: [{ id: 'm_en', label: 'Hire a receptionist', due: '2026-11-30' }],
        },
      },
    ]);
    const el = await mount((await seeded([english, answeredWithSteps('Le guichet ouvre trop tard')])).backend);
    await ready(el);
    // Overdue titles too (none of these is overdue, so a board of the usual world).
    const usual = await mount((await seeded(boardWorld())).backend);
    await ready(usual);
    expect(all(usual, '[part~="overdue"] li .title').map((s) => s.getAttribute('lang'))).toEqual(['fr']);
    const marks = (c: Element) => ({
      what: c.querySelector('.what strong')?.getAttribute('lang'),
      title: c.querySelector('.meta span[lang]')?.getAttribute('lang'),
      steps: [...c.querySelectorAll('.milestones li span')].map((s) => `${s.getAttribute('lang')} ${text(s)}`),
    });
    const [late, onTime] = all(el, '[part~="commitment"]');
    expect(marks(late!)).toEqual({
      what: 'fr',
      title: 'fr',
      steps: ['fr Recruter un agent d’accueil', 'fr Afficher les nouveaux horaires'],
    });
    expect(marks(onTime!)).toEqual({ what: 'en', title: 'en', steps: ['en Hire a receptionist'] });
    // The sentence around the words is the page's.
    expect(text(onTime!.querySelector('.milestones li'))).toBe('Hire a receptionist, planned for November 30, 2026');
    await expectNoAxeViolations(el);
  });

  it('says it is loading, and what went wrong, then loads again with the keyboard', async () => {
    const gate = gated((await seeded(boardWorld())).backend, ['getBoard']);
    const el = await mount(gate.backend);
    await eventually(() => expect(text(part(el, 'status'))).toBe('Chargement…'));
    expect(part(el, 'base')!.getAttribute('aria-busy')).toBe('true');
    await expectNoAxeViolations(el);
    document.body.replaceChildren();

    const broken = failing((await seeded(boardWorld())).backend, ['getBoard'], { kind: 'offline', message: 'down' });
    const failed = await mount(broken.backend);
    // Offline: what failed, and why.
    await eventually(() =>
      expect(text(part(failed, 'error'))).toBe(
        'Les chiffres n’ont pas pu être affichés. Vous n’êtes pas connecté à Internet. Réessayer',
      ),
    );
    expect(part(failed, 'error')!.getAttribute('role')).toBe('alert');
    await expectNoAxeViolations(failed);
    broken.heal();
    await userEvent.tab();
    expect(shadow(failed).activeElement?.tagName).toBe('BUTTON');
    await userEvent.keyboard('{Enter}');
    await ready(failed);
    expect(part(failed, 'error')).toBeNull();
  });

  it('says when the group does not exist', async () => {
    const el = await mount((await seeded([])).backend, { space: 'inconnu' });
    await eventually(() => expect(text(part(el, 'error'))).toMatch(/n’existe pas/));
  });

  it('the whole council and one year; an empty board and one with no answer yet', async () => {
    const { backend } = await seeded(boardWorld());
    const council = await mount(backend, { year: '2026' });
    await ready(council);
    expect(text(part(council, 'scope'))).toBe('Tous les groupes · Messages reçus en 2026');
    expect(text(part(council, 'summary'))).toMatch(/^Sur 5 messages reçus en 2026, 3 ont reçu une réponse/);
    await expectNoAxeViolations(council);
    document.body.replaceChildren();

    const empty = await mount((await seeded([])).backend);
    await ready(empty);
    expect(text(part(empty, 'summary'))).toBe('Aucun message reçu pour le moment.');
    expect(text(shadow(empty).querySelector('[aria-labelledby="commitments"] > p'))).toBe(
      'Aucun engagement pour le moment.',
    );
    await expectNoAxeViolations(empty);
    document.body.replaceChildren();

    const fresh = await mount((await seeded([waiting('Un banc', '2026-03-15T11:00:00.000Z')])).backend);
    await ready(fresh);
    expect(text(part(fresh, 'summary'))).toBe(
      'Sur 1 message reçu, aucun n’a encore reçu de réponse. Aucun message n’attend au-delà du délai promis.',
    );
    await expectNoAxeViolations(fresh);
  });

  it('speaks English on an English page and easy French with variant="falc", without axe violations', async () => {
    document.documentElement.lang = 'en';
    const { backend } = await seeded(boardWorld());
    const en = await mount(backend);
    await eventually(() => expect(text(part(en, 'summary'))).toMatch(/^Of 5 messages received, 3 have had an answer/));
    expect(text(part(en, 'summary'))).toContain('in 10.7 days on average');
    await expectNoAxeViolations(en);
    document.body.replaceChildren();
    document.documentElement.lang = 'fr';
    const falc = await mount(backend, { space: 'groupe-rsa-nord', variant: 'falc' });
    await eventually(() => expect(text(part(falc, 'heading'))).toBe('Est-ce que l’institution répond ?'));
    await eventually(() =>
      expect(text(part(falc, 'summary'))).toMatch(/^Les gens ont envoyé 5 messages\. 3 messages ont une réponse\./),
    );
    await expectNoAxeViolations(falc);
  });

  it('fits a 320 px screen: wide tables scroll in their own region, never the page', async () => {
    await page.viewport(320, 640);
    const el = await mount((await seeded(boardWorld())).backend);
    await ready(el);
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth + 1);
    for (const region of all(el, '[role="region"]')) expect(region.getAttribute('tabindex')).toBe('0');
    await page.viewport(1024, 768);
  });
});
