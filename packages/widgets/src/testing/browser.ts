// Support for every widget's browser tests (never shipped): the seeds shared with the stories
// (./seed.ts), plus axe and waiting helpers that need vitest.
import axe from 'axe-core';
import { expect, vi } from 'vitest';

export {
  answeredWithProgress,
  answeredWithSteps,
  build,
  failing,
  gated,
  hiddenOne,
  NOW,
  seeded,
  waiting,
} from './seed.js';

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
