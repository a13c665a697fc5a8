// The dead-letter scope of the memory outbox (and the order `listDead` pages in, the
// PostgreSQL outbox's too): one council's, one id, and after a cursor — set aside first, then
// id — so that following `next` from page to page gives every dead letter once, ties included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inDeadScope } from './outbox.js';

const dead = fc.record({
  // Few instants and few ids: many ties on the time, so the id decides.
  deadAt: fc.constantFrom('2026-06-01T11:57:00.000Z', '2026-06-01T11:58:00.000Z', '2026-06-01T11:58:00.001Z'),
  id: fc.constantFrom('n_a', 'n_b', 'n_c', 'n_d', 'n_A', 'n_0'),
  organisation: fc.constantFrom('default', 'o_cd93'),
});
const order = (a: { deadAt: string; id: string }, b: { deadAt: string; id: string }) =>
  Date.parse(a.deadAt) - Date.parse(b.deadAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('the dead-letter scope', () => {
  it('pages through one council’s dead letters, each once and in order, whatever the page size', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(dead, { selector: (d) => `${d.organisation}/${d.id}` }),
        fc.integer({ min: 1, max: 4 }),
        (all, limit) => {
          const mine = all.filter((d) => d.organisation === 'o_cd93').sort(order);
          const seen: string[] = [];
          let after: { deadAt: string; id: string } | undefined;
          for (let pages = 0; pages <= all.length; pages += 1) {
            const page = all
              .filter((d) => inDeadScope(d, { organisation: 'o_cd93', ...(after ? { after } : {}) }))
              .sort(order)
              .slice(0, limit);
            seen.push(...page.map((d) => d.id));
            if (page.length < limit) break;
            after = page.at(-1);
          }
          expect(seen).toEqual(mine.map((d) => d.id));
        },
      ),
    );
  });

  it('keeps one id of one council, and every council’s without an organisation', () => {
    const d = { id: 'n_a', deadAt: '2026-06-01T11:57:00.000Z', organisation: 'o_cd93' };
    expect(inDeadScope(d, { organisation: 'o_cd93', id: 'n_a' })).toBe(true);
    expect(inDeadScope(d, { organisation: 'default', id: 'n_a' })).toBe(false);
    expect(inDeadScope(d, { id: 'n_b' })).toBe(false);
    expect(inDeadScope(d, {})).toBe(true);
  });
});
