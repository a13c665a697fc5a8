import { PHASE_IDS } from '../cycle/cycle.phases.js';
import type { PracticeFilters } from './practice-library.types.js';

/** Filters without empty values (so "any" and "not given" are the same) nor a phase the cycle does not have. */
export function cleanFilters(filters: PracticeFilters): PracticeFilters {
  const out: PracticeFilters = {};
  for (const key of ['q', 'theme', 'public'] as const) {
    const value = filters[key]?.trim();
    if (value) out[key] = value;
  }
  const phase = filters.phase?.trim();
  if (phase && (PHASE_IDS as readonly string[]).includes(phase)) out.phase = phase as PracticeFilters['phase'];
  return out;
}

/** Sheets a list asks for at once, and a page more each time. */
export const LIBRARY_PAGE = 20;
/** The API's ceiling for one search. */
export const LIBRARY_MAX = 100;
