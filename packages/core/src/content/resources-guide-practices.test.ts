import { describe, expect, it } from 'vitest';
import { PHASE_IDS } from '../cycle/cycle.phases.js';
import { GuideEntrySchema, PracticeSheetSchema, ResourceSchema } from './content.schema.js';
import { guide as enGuide } from './en/guide.js';
import { practices as enPractices } from './en/practices.js';
import { resources as enResources } from './en/resources.js';
import { guide as frGuide } from './fr/guide.js';
import { practices as frPractices } from './fr/practices.js';
import { resources as frResources } from './fr/resources.js';

/** Other content (cycle phases, diagnostic recommendations) points to these ids. */
const RESOURCE_IDS = [
  'porte-a-porte',
  'porteurs-de-paroles',
  'groupe-ressource',
  'charte-du-groupe',
  'photo-langage',
  'conference-familiale',
  'diagnostic-en-marchant',
  'arbre-a-problemes',
  'enonce-du-probleme',
  'world-cafe',
  'theatre-forum',
  'boite-a-idees-mobile',
  'reunion-mensuelle',
  'binome-pair-professionnel',
  'cartographie-des-acteurs',
  'tableau-de-suivi-des-reponses',
  'restitution-publique',
  'lettre-de-retour',
  'attestation-de-participation',
  'frais-de-transport',
  'accueil-convivial',
  'video-participative',
  'evaluation-croisee',
  'questionnaire-auto-diagnostic',
  'formation-croisee',
  'parrainage-nouveaux-membres',
  'elus-en-ecoute',
  'comite-de-suivi',
  'fiche-pratique-inspirante',
  'jury-citoyen',
  'budget-participatif',
  'marche-exploratoire',
  'recit-de-vie',
  'permanence-hors-les-murs',
  'reunion-accessible-falc',
] as const;

const locales = [
  { locale: 'fr', resources: frResources, guide: frGuide, practices: frPractices },
  { locale: 'en', resources: enResources, guide: enGuide, practices: enPractices },
] as const;

type PlainTextLike = { standard: string; falc: string };

const isPlainText = (v: unknown): v is PlainTextLike =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as PlainTextLike).standard === 'string' &&
  typeof (v as PlainTextLike).falc === 'string';

/** Every PlainText found in a value, with its path. */
function plainTexts(value: unknown, path = ''): Array<[string, PlainTextLike]> {
  if (isPlainText(value)) return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => plainTexts(v, `${path}.${i}`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => plainTexts(v, `${path}.${k}`));
  }
  return [];
}

/** Every string found in a value, with its path. */
function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}.${i}`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  }
  return [];
}

/** The path of every leaf, array indexes included: two packs with the same shape give the same list. */
function keyPaths(value: unknown, path = ''): string[] {
  if (Array.isArray(value))
    return [`${path}[]${value.length}`, ...value.flatMap((v, i) => keyPaths(v, `${path}.${i}`))];
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => keyPaths(v, `${path}.${k}`));
  }
  return [path];
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
// French numbers (0X XX XX XX XX, +33 …) and any run of 8+ digits with separators.
const FRENCH_PHONE = /(?:\+33\s?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b/;
const PHONE_LIKE = /\d(?:[\s.-]?\d){7,}/;

describe.each(locales)('resource centre, guide and practices ($locale)', ({ locale, resources, guide, practices }) => {
  it('parse with their zod schemas', () => {
    for (const r of resources) expect(ResourceSchema.safeParse(r).error?.issues ?? [], r.id).toEqual([]);
    for (const g of guide) expect(GuideEntrySchema.safeParse(g).error?.issues ?? [], g.id).toEqual([]);
    for (const p of practices) expect(PracticeSheetSchema.safeParse(p).error?.issues ?? [], p.id).toEqual([]);
  });

  it('hold exactly the expected resource ids, each once', () => {
    const ids = resources.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...RESOURCE_IDS].sort());
    expect(resources.length).toBeGreaterThanOrEqual(30);
  });

  it('give each resource 3 to 6 steps, 1 to 3 phases, a duration and tags', () => {
    for (const r of resources) {
      expect(r.steps.length, r.id).toBeGreaterThanOrEqual(3);
      expect(r.steps.length, r.id).toBeLessThanOrEqual(6);
      expect(r.phases.length, r.id).toBeGreaterThanOrEqual(1);
      expect(r.phases.length, r.id).toBeLessThanOrEqual(3);
      expect(new Set(r.phases).size, r.id).toBe(r.phases.length);
      expect(r.duration.trim(), r.id).not.toBe('');
      expect(r.tags.length, r.id).toBeGreaterThan(0);
    }
  });

  it('have at least 16 guide entries and 10 practice sheets, with unique ids', () => {
    expect(guide.length).toBeGreaterThanOrEqual(16);
    expect(practices.length).toBeGreaterThanOrEqual(10);
    expect(new Set(guide.map((g) => g.id)).size).toBe(guide.length);
    expect(new Set(practices.map((p) => p.id)).size).toBe(practices.length);
  });

  it('only point to resources that exist', () => {
    const known = new Set<string>(resources.map((r) => r.id));
    for (const g of guide) {
      expect(g.resourceIds.length, g.id).toBeGreaterThanOrEqual(1);
      expect(g.resourceIds.length, g.id).toBeLessThanOrEqual(4);
      for (const id of g.resourceIds) expect(known.has(id), `${g.id} → ${id}`).toBe(true);
    }
    for (const p of practices) {
      expect(p.resourceIds.length, p.id).toBeGreaterThan(0);
      for (const id of p.resourceIds) expect(known.has(id), `${p.id} → ${id}`).toBe(true);
    }
  });

  it('cover every phase of the cycle with at least one resource and one guide entry', () => {
    for (const phase of PHASE_IDS) {
      expect(
        resources.some((r) => r.phases.includes(phase)),
        phase,
      ).toBe(true);
      expect(
        guide.some((g) => g.phase === phase),
        phase,
      ).toBe(true);
    }
  });

  it('give every citizen-facing text a FALC version different from the standard one', () => {
    const texts = [...plainTexts(resources, 'resources'), ...plainTexts(guide, 'guide')];
    expect(texts.length).toBeGreaterThan(200);
    for (const [path, t] of texts) {
      expect(t.standard.trim(), path).not.toBe('');
      expect(t.falc.trim(), path).not.toBe('');
      expect(t.falc, path).not.toBe(t.standard);
    }
  });

  it('follow the practice-sheet structure', () => {
    const opening =
      locale === 'fr'
        ? /^Nous, .+, considérons que notre problème principal est /
        : /^We, .+, consider that our main problem is /;
    for (const p of practices) {
      expect(p.problemStatement, p.id).toMatch(opening);
      expect(p.problemStatement.trim().endsWith('.'), p.id).toBe(true);
      expect(p.objectives.length, p.id).toBeGreaterThanOrEqual(2);
      expect(p.actions.length, p.id).toBeGreaterThanOrEqual(3);
      for (const side of ['residents', 'professionals', 'elected', 'partners'] as const) {
        expect(p.transformations[side].length, `${p.id}.${side}`).toBeGreaterThanOrEqual(2);
        expect(p.transformations[side].length, `${p.id}.${side}`).toBeLessThanOrEqual(3);
      }
      expect(p.keysOfSuccess.length, p.id).toBeGreaterThan(0);
      expect(p.vigilance.length, p.id).toBeGreaterThan(0);
      expect(p.phases.length, p.id).toBeGreaterThan(0);
      expect(p.year, p.id).toBeGreaterThanOrEqual(2015);
      for (const [path, s] of strings(p)) expect(s.trim(), `${p.id}${path}`).not.toBe('');
    }
  });

  it('contain no e-mail address and nothing that looks like a phone number', () => {
    for (const [path, s] of strings({ resources, guide, practices })) {
      expect(s, path).not.toMatch(EMAIL);
      expect(s, path).not.toMatch(FRENCH_PHONE);
      expect(s, path).not.toMatch(PHONE_LIKE);
    }
  });
});

describe('English content mirrors French content', () => {
  it('has the same ids in the same order', () => {
    expect(enResources.map((r) => r.id)).toEqual(frResources.map((r) => r.id));
    expect(enGuide.map((g) => g.id)).toEqual(frGuide.map((g) => g.id));
    expect(enPractices.map((p) => p.id)).toEqual(frPractices.map((p) => p.id));
  });

  it('has the same shape, array lengths included', () => {
    expect(keyPaths(enResources)).toEqual(keyPaths(frResources));
    expect(keyPaths(enGuide)).toEqual(keyPaths(frGuide));
    expect(keyPaths(enPractices)).toEqual(keyPaths(frPractices));
  });

  it('keeps enum values, references and years identical', () => {
    frResources.forEach((fr, i) => {
      const en = enResources[i]!;
      expect([en.type, en.phases], fr.id).toEqual([fr.type, fr.phases]);
    });
    frGuide.forEach((fr, i) => {
      const en = enGuide[i]!;
      expect([en.phase, en.resourceIds], fr.id).toEqual([fr.phase, fr.resourceIds]);
    });
    frPractices.forEach((fr, i) => {
      const en = enPractices[i]!;
      expect([en.phases, en.resourceIds, en.year], fr.id).toEqual([fr.phases, fr.resourceIds, fr.year]);
    });
  });

  it('is actually translated', () => {
    frResources.forEach((fr, i) => {
      expect(enResources[i]!.summary.standard, fr.id).not.toBe(fr.summary.standard);
    });
    frPractices.forEach((fr, i) => {
      expect(enPractices[i]!.context, fr.id).not.toBe(fr.context);
    });
  });
});
