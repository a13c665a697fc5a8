import type { PracticeSheet } from '../content/content.types.js';
import type { PracticeFilters } from './practice-library.types.js';

/** Lower case, without accents or curly quotes: "Égalité" and "egalite" are the same word. */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase();

/** Every text of a sheet a person might search for, folded once per sheet. */
const haystacks = new WeakMap<PracticeSheet, string>();
function haystack(p: PracticeSheet): string {
  let h = haystacks.get(p);
  if (h === undefined) {
    const t = p.transformations;
    h = fold(
      [
        p.title,
        p.territory,
        p.territoryType,
        p.context,
        p.sharedDiagnostic,
        p.problemStatement,
        p.evaluation,
        p.perspectives,
        ...p.themes,
        ...p.public,
        ...p.objectives,
        ...p.actions,
        ...t.residents,
        ...t.professionals,
        ...t.elected,
        ...t.partners,
        ...p.keysOfSuccess,
        ...p.vigilance,
      ].join('\n'),
    );
    haystacks.set(p, h);
  }
  return h;
}

/** The sheets that match every filter given, in their order. */
export function filterPractices(practices: readonly PracticeSheet[], filters: PracticeFilters): PracticeSheet[] {
  const words = fold(filters.q ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return practices.filter(
    (p) =>
      (!filters.theme || p.themes.includes(filters.theme)) &&
      (!filters.public || p.public.includes(filters.public)) &&
      (!filters.territory || p.territoryType === filters.territory) &&
      words.every((w) => haystack(p).includes(w)),
  );
}

/** The values each filter can take, sorted in the language's order, each once. */
export function practiceFacets(practices: readonly PracticeSheet[], locale: string) {
  const sorted = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b, locale));
  return {
    themes: sorted(practices.flatMap((p) => p.themes)),
    publics: sorted(practices.flatMap((p) => p.public)),
    territories: sorted(practices.map((p) => p.territoryType)),
  };
}

/** Filters without empty values, so "any" and "not given" are the same. */
export function cleanFilters(filters: PracticeFilters): PracticeFilters {
  const out: PracticeFilters = {};
  for (const key of ['q', 'theme', 'public', 'territory'] as const) {
    const value = filters[key]?.trim();
    if (value) out[key] = value;
  }
  return out;
}
