import type { ParticipeBackend } from '@participe/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './participe-{{name}}.js';
import { eventually, expectNoAxeViolations, failing, gated, seeded, shadow, text } from '../testing/browser.js';

type El = HTMLElementTagNameMap['participe-{{name}}'];

async function mount(backend: ParticipeBackend, attrs: Record<string, string> = {}) {
  const el = document.createElement('participe-{{name}}');
  el.backend = backend;
  el.setAttribute('space', 'groupe-rsa-nord');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const part = (el: El, name: string) => shadow(el).querySelector(`[part~="${name}"]`);
const status = (el: El) => text(part(el, 'status'));

beforeEach(() => {
  document.documentElement.lang = 'fr';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('participe-{{name}}', () => {
  it('says it is loading, then names the group, without axe violations', async () => {
    const gate = gated((await seeded([])).backend, ['getSpace']);
    const el = await mount(gate.backend);
    expect(text(part(el, 'heading'))).toBe('{{words}}');
    await eventually(() => expect(status(el)).toBe('Chargement…'));
    await expectNoAxeViolations(el);
    gate.open();
    await eventually(() => expect(status(el)).toBe('Groupe : Groupe ressource du secteur Nord'));
    expect(part(el, 'base')!.getAttribute('aria-busy')).toBe('false');
    await expectNoAxeViolations(el);
  });

  it('says what went wrong and loads again on retry, with the keyboard', async () => {
    const broken = failing((await seeded([])).backend, ['getSpace'], { kind: 'offline', message: 'down' });
    const el = await mount(broken.backend);
    await eventually(() => expect(text(part(el, 'error'))).toMatch(/n’ont pas pu être affichées/));
    expect(part(el, 'error')!.getAttribute('role')).toBe('alert');
    await expectNoAxeViolations(el);
    broken.heal();
    part(el, 'error')!.querySelector('button')!.focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(status(el)).toBe('Groupe : Groupe ressource du secteur Nord'));
    expect(part(el, 'error')).toBeNull();
  });

  it('says when the group does not exist', async () => {
    const el = await mount((await seeded([])).backend, { space: 'inconnu' });
    await eventually(() => expect(text(part(el, 'error'))).toMatch(/n’existe pas/));
  });

  it('speaks English on an English page and easy French with variant="falc"', async () => {
    document.documentElement.lang = 'en';
    const { backend } = await seeded([]);
    const en = await mount(backend);
    await eventually(() => expect(status(en)).toBe('Group: Groupe ressource du secteur Nord'));
    document.body.replaceChildren();
    document.documentElement.lang = 'fr';
    const falc = await mount(backend, { variant: 'falc' });
    await eventually(() => expect(status(falc)).toBe('Votre groupe : Groupe ressource du secteur Nord'));
    await expectNoAxeViolations(falc);
  });
});
