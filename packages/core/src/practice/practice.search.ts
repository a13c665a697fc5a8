// French search over practice sheets, the parts every store shares: folding (lower case,
// no accents), a small stemmer for the memory store, the domain's thesaurus applied to the
// query, facet counts and "vous aimerez aussi". PostgreSQL matches with its `french`
// configuration over the same folded text; the memory store with `stem` below.
import type { PracticeDraft, PracticeSearchResult, PracticeView } from './practice.types.js';

/** Lower case, accents removed: "Mobilité" → "mobilite". */
export const foldText = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Folded words of a text, without the short ones (de, la, un…). */
export const words = (s: string): string[] => foldText(s).match(/[a-z0-9]{3,}/g) ?? [];

/**
 * A light French stemmer for the memory store, close enough to PostgreSQL's Snowball for
 * what a person types: plurals and the feminine fall off (`transports` → `transport`,
 * `mobilites` → `mobilit`, `aidantes` → `aidant`).
 */
export function stem(word: string): string {
  let w = foldText(word);
  if (w.length > 4 && /[sx]$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * Words of the domain that mean the same thing to the people who search, folded. A query
 * word found here is searched with every word of its group (OR); groups are ANDed.
 */
export const PRACTICE_THESAURUS: readonly (readonly string[])[] = [
  ['mobilite', 'transport', 'deplacement', 'covoiturage'],
  ['logement', 'habitat', 'hebergement'],
  ['emploi', 'travail', 'embauche'],
  ['isolement', 'solitude'],
  ['numerique', 'internet', 'dematerialisation'],
  ['senior', 'aine', 'vieillissement'],
  ['parentalite', 'parent', 'famille'],
  ['sante', 'soin'],
  ['alimentation', 'nourriture', 'repas'],
];

/** The query's words, each with its synonyms: `mobilité soir` → `[[mobilite, transport, …], [soir]]`. */
export function expandQuery(q: string): string[][] {
  const seen = new Set<string>();
  const groups: string[][] = [];
  for (const word of words(q)) {
    if (seen.has(word)) continue;
    seen.add(word);
    const group = PRACTICE_THESAURUS.find((g) => g.some((w) => stem(w) === stem(word)));
    groups.push(group ? [word, ...group.filter((w) => w !== word)] : [word]);
  }
  return groups;
}

/** Every searched field of a sheet, in one text. */
export function practiceText(c: PracticeDraft): string {
  const t = c.transformations;
  return [
    c.title,
    c.territory,
    c.territoryType,
    ...(c.themes ?? []),
    ...(c.public ?? []),
    c.context,
    c.sharedDiagnostic,
    c.problemStatement,
    ...(c.objectives ?? []),
    ...(c.actions ?? []),
    c.evaluation,
    ...(t ? [...t.residents, ...t.professionals, ...t.elected, ...t.partners] : []),
    ...(c.keysOfSuccess ?? []),
    ...(c.vigilance ?? []),
    c.perspectives,
    ...(c.testimonies ?? []).map((x) => x.text),
  ]
    .filter((s): s is string => typeof s === 'string' && s.length > 0)
    .join(' \n ');
}

/** The memory store's match: every group has a word whose stem a word of the text starts with. */
export function matchesTerms(text: string, terms: readonly (readonly string[])[]): number {
  if (terms.length === 0) return 1;
  const stems = words(text).map(stem);
  let rank = 0;
  for (const group of terms) {
    const wanted = group.map(stem);
    const hits = stems.filter((s) => wanted.some((w) => s.startsWith(w))).length;
    if (hits === 0) return 0;
    rank += hits;
  }
  return rank;
}

type Facets = PracticeSearchResult['facets'];

const count = (values: Iterable<string>, into: Map<string, number>) => {
  for (const v of new Set(values)) into.set(v, (into.get(v) ?? 0) + 1);
};
const sorted = (m: Map<string, number>) =>
  [...m].map(([value, n]) => ({ value, count: n })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));

/** How many of `items` fall under each phase, theme and public. */
export function practiceFacetCounts(items: readonly PracticeDraft[]): Facets {
  const phase = new Map<string, number>();
  const theme = new Map<string, number>();
  const pub = new Map<string, number>();
  for (const p of items) {
    count(p.phases ?? [], phase);
    count(p.themes ?? [], theme);
    count(p.public ?? [], pub);
  }
  return { phase: sorted(phase), theme: sorted(theme), public: sorted(pub) };
}

const shared = (a: readonly string[] = [], b: readonly string[] = []) => a.filter((x) => b.includes(x)).length;
const SIMILAR_FIELDS = (c: PracticeDraft) =>
  [c.title, c.context, c.sharedDiagnostic, ...(c.objectives ?? []), ...(c.actions ?? [])].join(' ');

/**
 * "Vous aimerez aussi": the sheets closest to `sheet`, by shared themes (3 points each),
 * shared phases (1 point each) and words in common (up to 4 points, Jaccard over stems).
 */
export function relatedPractices<P extends PracticeView>(
  sheet: PracticeView,
  candidates: readonly P[],
  limit = 3,
): P[] {
  const own = new Set(words(SIMILAR_FIELDS(sheet)).map(stem));
  const scored = candidates
    .filter((c) => !(c.id === sheet.id && c.origin.organisation === sheet.origin.organisation))
    .map((c) => {
      const theirs = new Set(words(SIMILAR_FIELDS(c)).map(stem));
      const common = [...own].filter((w) => theirs.has(w)).length;
      const union = own.size + theirs.size - common;
      const text = union === 0 ? 0 : common / union;
      return { c, score: 3 * shared(sheet.themes, c.themes) + shared(sheet.phases, c.phases) + 4 * text };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.c.id.localeCompare(b.c.id));
  return scored.slice(0, limit).map((s) => s.c);
}
