import { isOverdue, type ParticipeBackend } from '@participe/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './participe-contribution-list.js';
import type { ParticipeSelectEvent } from '../events/select.js';
import {
  answeredWithProgress,
  build,
  eventually,
  expectNoAxeViolations,
  failing,
  gated,
  hiddenOne,
  NOW,
  seeded,
  shadow,
  text,
  waiting,
} from '../testing/browser.js';

type List = HTMLElementTagNameMap['participe-contribution-list'];

async function mount(backend: ParticipeBackend, attrs: Record<string, string> = {}, parent: Element = document.body) {
  const el = document.createElement('participe-contribution-list');
  el.backend = backend;
  el.now = () => NOW;
  el.setAttribute('space', 'groupe-rsa-nord');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  parent.append(el);
  await el.updateComplete;
  return el;
}

const summary = (el: List) => text(shadow(el).querySelector('[part~="summary"]'));
const items = (el: List) => [...shadow(el).querySelectorAll('[part~="item"]')];
const itemTitled = (el: List, title: string) =>
  items(el).find((li) => text(li.querySelector('[part~="item-title"]')) === title);

beforeEach(() => {
  document.documentElement.lang = 'fr';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('participe-contribution-list', () => {
  it('shows each contribution’s status, days waited or answer time, and the overdue badge exactly when isOverdue', async () => {
    const built = [
      waiting('Un bus plus tôt le matin', '2026-01-05T09:00:00.000Z'),
      waiting('Horaires de la crèche', '2026-03-01T09:00:00.000Z', { kind: 'question', theme: 'famille' }),
      answeredWithProgress('Un guichet ouvert le samedi'),
      hiddenOne('Texte masqué à ne jamais montrer'),
    ];
    const { backend } = await seeded(built);
    const el = await mount(backend);
    await eventually(() => expect(summary(el)).toBe('Page 1 : contributions 1 à 4 sur 4'));

    const spaceView = (await backend.getSpace('groupe-rsa-nord'))!;
    const views = (await backend.listContributions({ spaceId: 's_nord' })).items;
    expect(views.filter((v) => isOverdue(v, spaceView, NOW))).toHaveLength(1);
    for (const v of views) {
      const li = itemTitled(el, v.content?.title ?? 'Contribution masquée par la modération')!;
      expect(Boolean(li.querySelector('[part~="overdue-badge"]'))).toBe(isOverdue(v, spaceView, NOW));
    }

    const late = itemTitled(el, 'Un bus plus tôt le matin')!;
    expect(text(late.querySelector('[part~="overdue-badge"]'))).toBe('⚠ En retard : réponse attendue depuis 9 jours');
    expect(text(late.querySelector('[part~="item-timing"]'))).toBe('En attente de réponse depuis 69 jours');
    const question = itemTitled(el, 'Horaires de la crèche')!;
    expect(text(question.querySelector('[part~="item-meta"]'))).toMatch(
      /^Question · Thème : Famille et parentalité · Publiée le 1 mars 2026$/,
    );
    expect(text(question.querySelector('[part~="item-status"]'))).toBe('État : Publiée, en attente de réponse');
    const answered = itemTitled(el, 'Un guichet ouvert le samedi')!;
    expect(text(answered.querySelector('[part~="item-timing"]'))).toBe('Réponse donnée en 19 jours');
    expect(text(answered.querySelector('[part~="item-status"]'))).toBe('État : En cours de réalisation');
    const hidden = itemTitled(el, 'Contribution masquée par la modération')!;
    expect(text(hidden.querySelector('[part~="item-status"]'))).toBe('État : Masquée par la modération');
    expect(shadow(el).textContent).not.toContain('Texte masqué');
    expect(shadow(el).querySelector('time')?.getAttribute('datetime')).toMatch(/^2026-/);
    await expectNoAxeViolations(el);
  });

  it('renders loading, then empty, each without axe violations', async () => {
    const { backend } = await seeded([]);
    const gate = gated(backend, ['listContributions']);
    const el = await mount(gate.backend);
    expect(summary(el)).toBe('Chargement des contributions…');
    await expectNoAxeViolations(el);
    gate.open();
    await eventually(() => expect(summary(el)).toBe('Il n’y a encore aucune contribution.'));
    expect(items(el)).toHaveLength(0);
    await expectNoAxeViolations(el);
  });

  it('says what went wrong and loads again on retry', async () => {
    const { backend } = await seeded([waiting('Un bus plus tôt', '2026-03-01T09:00:00.000Z')]);
    const broken = failing(backend, ['listContributions'], { kind: 'offline', message: 'Failed to fetch' });
    const el = await mount(broken.backend);
    const alert = () => shadow(el).querySelector('[role="alert"]');
    await eventually(() => expect(text(alert())).toContain('Vous n’êtes pas connecté à Internet.'));
    await expectNoAxeViolations(el);
    broken.heal();
    shadow(el).querySelector<HTMLButtonElement>('[part~="error"] button')!.click();
    await eventually(() => expect(items(el)).toHaveLength(1));
    expect(alert()).toBeNull();
  });

  it('pages with the keyboard, says where it is, and moves focus to that line', async () => {
    const built = Array.from({ length: 5 }, (_, i) =>
      waiting(`Contribution ${i + 1}`, `2026-03-0${i + 1}T09:00:00.000Z`),
    );
    const { backend } = await seeded(built);
    const gate = gated(backend, []);
    let slow: (() => void) | null = null;
    const list = gate.backend.listContributions;
    gate.backend.listContributions = async (q) => {
      if (q.cursor) await new Promise<void>((r) => (slow = r));
      return list(q);
    };
    const el = await mount(gate.backend, { 'page-size': '2' });
    await eventually(() => expect(summary(el)).toBe('Page 1 : contributions 1 à 2'));
    const next = () => shadow(el).querySelector<HTMLButtonElement>('[part~="pagination"] button:last-child')!;
    next().focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(summary(el)).toBe('Chargement de la page 2…'));
    expect(items(el)).toHaveLength(2); // the page stays on screen while the next one loads
    await expectNoAxeViolations(el);
    slow!();
    await eventually(() => expect(summary(el)).toBe('Page 2 : contributions 3 à 4'));
    expect(shadow(el).activeElement?.id).toBe('summary');
    next().focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(slow).not.toBeNull());
    slow!();
    await eventually(() => expect(summary(el)).toBe('Page 3 : contributions 5 à 5 sur 5'));
    expect(next().disabled).toBe(true);
    await userEvent.tab(); // from the summary to the page's only item
    expect(text(shadow(el).activeElement)).toBe('Contribution 1');
    await userEvent.tab(); // "next" is disabled: previous
    expect(text(shadow(el).activeElement)).toBe('Page précédente');
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(slow).not.toBeNull());
    slow!();
    await eventually(() => expect(summary(el)).toBe('Page 2 : contributions 3 à 4'));
    expect(text(items(el)[0]?.querySelector('[part~="item-title"]'))).toBe('Contribution 3'); // newest first: 5 4 | 3 2 | 1
  });

  it('filters, searches and opens a contribution with the keyboard only', async () => {
    const built = [
      waiting('Un bus plus tôt le matin', '2026-01-05T09:00:00.000Z'),
      waiting('Le bus du soir', '2026-03-02T09:00:00.000Z', { kind: 'question' }),
      waiting('Horaires de la crèche', '2026-03-01T09:00:00.000Z', {
        kind: 'question',
        theme: 'famille',
        body: 'La crèche ferme avant la fin des ateliers.',
      }),
    ];
    const { backend } = await seeded(built);
    const el = await mount(backend);
    await eventually(() => expect(items(el)).toHaveLength(3));
    const selected: string[] = [];
    el.addEventListener('participe-select', (e: ParticipeSelectEvent) => selected.push(e.detail.contributionId));

    await userEvent.tab(); // into the search box
    expect(shadow(el).activeElement?.id).toBe('q');
    await userEvent.keyboard('bus{Enter}');
    await eventually(() => expect(summary(el)).toBe('Page 1 : contributions 1 à 2 sur 2'));

    await userEvent.tab(); // status
    await userEvent.tab(); // kind
    expect(shadow(el).activeElement?.id).toBe('kind');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}'); // observation → proposal → question
    expect(shadow(el).querySelector<HTMLSelectElement>('#kind')!.value).toBe('question');
    await userEvent.tab(); // theme
    await userEvent.tab(); // overdue only
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{Enter}'); // submits the form
    await eventually(() => expect(summary(el)).toBe('Aucune contribution ne correspond à votre recherche.'));
    await expectNoAxeViolations(el);

    await userEvent.keyboard(' '); // untick "overdue only"
    await userEvent.tab(); // apply
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(summary(el)).toBe('Page 1 : contributions 1 à 1 sur 1'));
    await userEvent.tab(); // clear
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(summary(el)).toBe('Page 1 : contributions 1 à 3 sur 3'));
    expect(shadow(el).activeElement?.id).toBe('q');
    expect(shadow(el).querySelector<HTMLInputElement>('#q')!.value).toBe('');
    expect(shadow(el).querySelector<HTMLSelectElement>('#kind')!.value).toBe('');
    for (const _ of ['status', 'kind', 'theme', 'overdue', 'apply', 'clear', 'first item']) await userEvent.tab();
    expect(text(shadow(el).activeElement)).toBe('Le bus du soir');
    await userEvent.keyboard('{Enter}');
    expect(selected).toEqual([built[1]!.id]);
  });

  it('links to the detail page, and lets the host take over the link', async () => {
    const c = waiting('Un bus plus tôt', '2026-03-01T09:00:00.000Z');
    const { backend } = await seeded([c]);
    const el = await mount(backend, { 'detail-url': '/contribution?id={id}' });
    await eventually(() => expect(items(el)).toHaveLength(1));
    const link = shadow(el).querySelector<HTMLAnchorElement>('a[part~="item-link"]')!;
    expect(link.getAttribute('href')).toBe(`/contribution?id=${c.id}`);
    el.addEventListener('participe-select', (e) => e.preventDefault());
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
  });

  it('renders markup and script payloads as inert text', async () => {
    const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const { backend } = await seeded([
      build({ title: payload, at: '2026-03-01T09:00:00.000Z' }),
      waiting(payload, '2026-03-02T09:00:00.000Z'),
    ]);
    const el = await mount(backend);
    await eventually(() => expect(items(el)).toHaveLength(1));
    expect(text(items(el)[0]!.querySelector('[part~="item-title"]'))).toBe(payload);
    expect(shadow(el).querySelectorAll('img, script')).toHaveLength(0);
  });

  it('speaks English on an English page and easy French with variant="falc"', async () => {
    const { backend } = await seeded([waiting('Un bus plus tôt', '2026-01-05T09:00:00.000Z')]);
    const english = document.createElement('div');
    english.lang = 'en-GB';
    document.body.append(english);
    const en = await mount(backend, {}, english);
    await eventually(() => expect(summary(en)).toBe('Page 1: contributions 1 to 1 of 1'));
    expect(text(shadow(en).querySelector('[part~="overdue-badge"]'))).toBe('⚠ Late: answer expected 9 days ago');
    expect(text(shadow(en).querySelector('time'))).toBe('Published on 5 January 2026');
    const falc = await mount(backend, { variant: 'falc' });
    await eventually(() => expect(summary(falc)).toBe('Page 1. Messages 1 à 1. Il y a 1 message en tout.'));
    expect(text(shadow(falc).querySelector('[part~="item-status"]'))).toBe(
      'Où en est le message : En ligne. Pas encore de réponse.',
    );
    expect(text(shadow(falc).querySelector('label[for="q"]'))).toBe('Écrivez un mot à chercher');
    await expectNoAxeViolations(falc);
  });
});
