// Test support for the list and detail browser tests (never exported): a real in-process
// back end over the memory store, seeded through the contribution machine, and axe.
// The adapters' test builders are not exported, so they are reached by path.
import { createLocalBackend } from '@participe/adapters/local';
import { MemoryStore } from '@participe/adapters/memory';
import type { ParticipeBackend } from '@participe/core';
import axe from 'axe-core';
import { expect, vi } from 'vitest';
import { author, contribution, facilitator, pro, space } from '../../../adapters/src/testing/fixtures.js';
import { storeBuilt } from '../../../adapters/src/testing/store-contract.js';

type Options = NonNullable<Parameters<typeof contribution>[0]>;
type Steps = NonNullable<Options['apply']>;

/** A contribution built through the machine: its creation, then `steps` (events). */
export const build = (opts: Omit<Options, 'apply'>, steps: Steps = []) => contribution({ ...opts, apply: steps });

/** The tests' "today": contributions published in early January are past a 60-day delay. */
export const NOW = new Date('2026-03-15T12:00:00.000Z');

export const waiting = (title: string, at: string, over: Omit<Options, 'apply'> = {}) =>
  build({ title, at, ...over }, [{ type: 'contribution.submit', actor: author }]);

/** Answered on 21 January, with a commitment 40 % done. */
export const answeredWithProgress = (title: string, over: Omit<Options, 'apply'> = {}) =>
  build({ title, at: '2026-01-02T09:00:00.000Z', ...over }, [
    { type: 'contribution.submit', actor: author },
    { type: 'contribution.review', actor: pro },
    {
      type: 'contribution.decide',
      actor: pro,
      answer: {
        verdict: 'accepted',
        text: 'Nous ajoutons un départ à 8 h 10, car le guichet ouvre à 8 h 30.',
        service: 'Direction des mobilités',
      },
    },
    { type: 'contribution.publish', actor: pro, at: '2026-01-21T10:00:00.000Z' },
    {
      type: 'contribution.commit',
      actor: pro,
      commitment: { id: 'k_1', what: 'Ajouter un départ à 8 h 10', owner: 'Service mobilité', due: '2026-09-01' },
    },
    { type: 'contribution.start', actor: pro },
    {
      type: 'contribution.progress',
      actor: pro,
      update: { commitmentId: 'k_1', text: 'Le nouvel horaire est voté.', percent: 40 },
    },
  ]);

export const hiddenOne = (title: string) =>
  build({ title, at: '2026-02-01T09:00:00.000Z' }, [
    { type: 'contribution.submit', actor: author },
    { type: 'contribution.hide', actor: facilitator, reason: 'Le texte cite le nom d’une personne.' },
  ]);

/** A memory store with the default space and the given contributions, and its back end. */
export async function seeded(built: Array<ReturnType<typeof contribution>>, now = NOW) {
  const store = new MemoryStore();
  await store.putSpace(space());
  for (const c of built) await storeBuilt(store, c);
  return { store, backend: createLocalBackend(store, { now: () => now }) };
}

/** A back end whose chosen methods wait for `open()`: to see loading states on screen. */
export function gated(backend: ParticipeBackend, methods: Array<keyof ParticipeBackend>) {
  let open!: () => void;
  const gate = new Promise<void>((r) => {
    open = r;
  });
  const wrapped = { ...backend };
  for (const m of methods) {
    const original = backend[m] as (...args: unknown[]) => Promise<unknown>;
    (wrapped as Record<string, unknown>)[m] = async (...args: unknown[]) => {
      await gate;
      return original(...args);
    };
  }
  return { backend: wrapped as ParticipeBackend, open };
}

/** A back end whose chosen methods fail with `error` until `heal()`. */
export function failing(backend: ParticipeBackend, methods: Array<keyof ParticipeBackend>, error: unknown) {
  let broken = true;
  const wrapped = { ...backend };
  for (const m of methods) {
    const original = backend[m] as (...args: unknown[]) => Promise<unknown>;
    (wrapped as Record<string, unknown>)[m] = async (...args: unknown[]) => {
      if (broken) throw error;
      return original(...args);
    };
  }
  return {
    backend: wrapped as ParticipeBackend,
    heal: () => {
      broken = false;
    },
  };
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe on the element, its shadow root included, WCAG 2.2 AA with colour contrast. */
export async function expectNoAxeViolations(el: Element) {
  const result = await axe.run(el, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found).toEqual([]);
}

/** Waits until `read()` stops throwing: for what arrives after a back end answers. */
export const eventually = <T>(read: () => T) => vi.waitFor(read, { timeout: 3000, interval: 10 });

export const shadow = (el: Element) => el.shadowRoot!;
export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
