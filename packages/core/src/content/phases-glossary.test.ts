import { describe, expect, it } from 'vitest';
import { PHASE_IDS } from '../cycle/cycle.phases.js';
import { CyclePhaseSchema, GlossaryEntrySchema } from './content.schema.js';
import type { CyclePhase, GlossaryEntry, PlainText } from './content.types.js';
import { glossary as enGlossary } from './en/glossary.js';
import { phases as enPhases } from './en/phases.js';
import { glossary as frGlossary } from './fr/glossary.js';
import { phases as frPhases } from './fr/phases.js';
import { resources } from './fr/resources.js';

/** The resource-centre entries a phase may point to: the ones that exist. */
const RESOURCE_IDS = resources.map((r) => r.id);

const LISTS = ['stakes', 'objectives', 'vigilance', 'methods', 'tools'] as const;

const locales = [
  { locale: 'fr', phases: frPhases, glossary: frGlossary },
  { locale: 'en', phases: enPhases, glossary: enGlossary },
] as const;

/** Every citizen-facing text of a phase, with where it sits, e.g. `mobilise.stakes[2]`. */
function phaseTexts(phase: CyclePhase): [string, PlainText][] {
  const texts: [string, PlainText][] = [
    [`${phase.id}.label`, phase.label],
    [`${phase.id}.summary`, phase.summary],
    [`${phase.id}.question`, phase.question],
  ];
  for (const list of LISTS) {
    phase[list].forEach((text, i) => {
      texts.push([`${phase.id}.${list}[${i}]`, text]);
    });
  }
  return texts;
}

function glossaryTexts(entries: GlossaryEntry[]): [string, PlainText][] {
  return entries.map((entry) => [`${entry.id}.definition`, entry.definition]);
}

/** Every key path of a value, array indexes included, e.g. `0.stakes.3.falc`. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => [`${prefix}${i}`, ...keyPaths(item, `${prefix}${i}.`)]);
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [`${prefix}${key}`, ...keyPaths(item, `${prefix}${key}.`)]);
  }
  return [];
}

describe.each(locales)('content $locale: cycle phases', ({ phases }) => {
  it('parse with CyclePhaseSchema', () => {
    for (const phase of phases) {
      expect(CyclePhaseSchema.parse(phase)).toEqual(phase);
    }
  });

  it('are the seven phases, in the order of PHASE_IDS', () => {
    expect(phases.map((p) => p.id)).toEqual([...PHASE_IDS]);
  });

  it('have at least four stakes, objectives, points of vigilance, methods and tools', () => {
    for (const phase of phases) {
      for (const list of LISTS) {
        expect(phase[list].length, `${phase.id}.${list}`).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it('point to three to six resources of the resource centre, without duplicates', () => {
    for (const phase of phases) {
      expect(phase.resourceIds.length, phase.id).toBeGreaterThanOrEqual(3);
      expect(phase.resourceIds.length, phase.id).toBeLessThanOrEqual(6);
      expect(new Set(phase.resourceIds).size, phase.id).toBe(phase.resourceIds.length);
      for (const id of phase.resourceIds) {
        expect(RESOURCE_IDS, `${phase.id} → ${id}`).toContain(id);
      }
    }
  });

  it('have an easy-to-read text different from the standard text, without percentages', () => {
    for (const phase of phases) {
      for (const [where, text] of phaseTexts(phase)) {
        expect(text.falc.trim(), where).not.toBe(text.standard.trim());
        expect(text.falc, where).not.toContain('%');
      }
    }
  });
});

describe.each(locales)('content $locale: glossary', ({ glossary }) => {
  it('parses with GlossaryEntrySchema', () => {
    for (const entry of glossary) {
      expect(GlossaryEntrySchema.parse(entry)).toEqual(entry);
    }
  });

  it('has at least 25 entries with unique ids', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(25);
    const ids = glossary.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('explains the terms citizens meet most', () => {
    const ids = glossary.map((e) => e.id);
    for (const id of ['rsa', 'cer', 'france-travail', 'ccas', 'caf', 'falc', 'cvs', 'mdph', 'domiciliation']) {
      expect(ids).toContain(id);
    }
  });

  it('has an easy-to-read definition different from the standard one, without percentages', () => {
    for (const [where, text] of glossaryTexts(glossary)) {
      expect(text.falc.trim(), where).not.toBe(text.standard.trim());
      expect(text.falc, where).not.toContain('%');
    }
  });
});

describe('content en mirrors fr', () => {
  it('has the same phase ids and list lengths', () => {
    expect(enPhases.map((p) => p.id)).toEqual(frPhases.map((p) => p.id));
    frPhases.forEach((fr, i) => {
      const en = enPhases[i]!;
      for (const list of LISTS) {
        expect(en[list].length, `${fr.id}.${list}`).toBe(fr[list].length);
      }
      expect(en.resourceIds).toEqual(fr.resourceIds);
    });
  });

  it('has the same glossary ids, in the same order', () => {
    expect(enGlossary.map((e) => e.id)).toEqual(frGlossary.map((e) => e.id));
  });

  it('has the same key paths, array indexes included', () => {
    expect(keyPaths(enPhases)).toEqual(keyPaths(frPhases));
    expect(keyPaths(enGlossary)).toEqual(keyPaths(frGlossary));
  });
});
