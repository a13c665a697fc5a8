import { describe, expect, it } from 'vitest';
import { ContentPackSchema } from './content.schema.js';
import { en } from './en/index.js';
import { fr } from './fr/index.js';

/** Every key path of a value, array indexes included: `phases.0.stakes.3.falc`. */
function paths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => paths(v, prefix ? `${prefix}.${k}` : k));
}

const PACKS = { en };

describe('content packs', () => {
  it.each(Object.entries({ fr, ...PACKS }))('%s parses as a ContentPack', (_locale, pack) => {
    expect(ContentPackSchema.safeParse(pack).success).toBe(true);
  });

  it.each(Object.entries(PACKS))('%s has every key of the French pack', (_locale, pack) => {
    const theirs = new Set(paths(pack));
    const missing = paths(fr).filter((p) => p !== 'locale' && !theirs.has(p));
    expect(missing).toEqual([]);
  });

  it('the parity check fails when a key is missing', () => {
    const broken = structuredClone(en) as { phases: { stakes: unknown[] }[] };
    broken.phases[0]!.stakes.pop();
    const theirs = new Set(paths(broken));
    expect(paths(fr).filter((p) => !theirs.has(p)).length).toBeGreaterThan(0);
  });

  it('French content has the counts the product promises', () => {
    expect(fr.phases).toHaveLength(7);
    for (const p of fr.phases) {
      for (const list of [p.stakes, p.objectives, p.vigilance, p.methods, p.tools]) {
        expect(list.length).toBeGreaterThanOrEqual(4);
      }
    }
    expect(fr.glossary.length).toBeGreaterThanOrEqual(25);
    expect(fr.resources.length).toBeGreaterThanOrEqual(30);
    expect(fr.guide.length).toBeGreaterThanOrEqual(15);
    expect(fr.practices.length).toBeGreaterThanOrEqual(10);
  });
});
