import type { SnapshotFrom } from 'xstate';
import { PHASE_IDS, type PhaseId } from '../cycle/cycle.phases.js';
import type { CouncilText } from '../store/content.port.js';
import { LIBRARY_MAX } from './practice-library.filter.js';
import type { PracticeLibraryMachine } from './practice-library.machine.js';

export type PracticeLibrarySnapshot = SnapshotFrom<PracticeLibraryMachine>;
export type PracticeLibraryState = 'idle' | 'loading' | 'error' | 'list' | 'opening' | 'sheet';

/** A phase as the library names it: the council's label, or its id when no search named it yet. */
export interface NamedPhase {
  id: PhaseId;
  label: CouncilText;
}

/** What the practice library widget shows for a snapshot. */
export function connectPracticeLibrary(snapshot: PracticeLibrarySnapshot) {
  const c = snapshot.context;
  const state = snapshot.value as PracticeLibraryState;
  const result = c.result;
  const named = (id: PhaseId): NamedPhase => ({ id, label: c.phaseLabels[id] ?? { standard: id } });
  // The list stays on screen while a new search runs (marked busy), and comes back after a sheet.
  const showsList = state === 'list' || (state === 'loading' && result !== null);
  const opened = state === 'sheet' ? c.opened : null;
  return {
    state,
    busy: state === 'idle' || state === 'loading' || state === 'opening',
    failure: c.failure,
    filters: c.filters,
    filtered: Object.keys(c.filters).length > 0,
    facets: {
      phases: PHASE_IDS.filter((id) => result?.facets.phase.some((f) => f.value === id)).map(named),
      themes: sortedValues(result?.facets.theme, c.locale),
      publics: sortedValues(result?.facets.public, c.locale),
    },
    /** How many sheets the search found, all pages together. */
    total: result?.total ?? 0,
    results: showsList ? (result?.items ?? []) : [],
    /** Whether "more" would show more sheets. */
    more: showsList && !!result && result.total > result.items.length && c.limit < LIBRARY_MAX,
    /** The resource centre's methods and tools the same words found (a search with words only). */
    resources: showsList ? (result?.resources?.items ?? []) : [],
    sheet: opened
      ? {
          ...opened,
          // The sheet's phases in the cycle's order, whatever order the sheet lists them in.
          phases: PHASE_IDS.filter((id) => opened.practice.phases?.includes(id)).map(named),
        }
      : null,
  };
}

/** A facet's values in the language's order: a select reads better sorted than by count. */
const sortedValues = (facet: { value: string }[] | undefined, locale: string) =>
  (facet ?? []).map((f) => f.value).sort((a, b) => a.localeCompare(b, locale));

export type PracticeLibraryView = ReturnType<typeof connectPracticeLibrary>;
