import type { SnapshotFrom } from 'xstate';
import type { CyclePhase } from '../content/content.types.js';
import { PHASE_IDS } from '../cycle/cycle.phases.js';
import { resourcesById } from '../cycle-guide/cycle-guide.connect.js';
import { filterPractices, practiceFacets } from './practice-library.filter.js';
import type { PracticeLibraryMachine } from './practice-library.machine.js';

export type PracticeLibrarySnapshot = SnapshotFrom<PracticeLibraryMachine>;
export type PracticeLibraryState = 'idle' | 'loading' | 'error' | 'list' | 'sheet';

/** What the practice library widget shows for a snapshot. */
export function connectPracticeLibrary(snapshot: PracticeLibrarySnapshot) {
  const c = snapshot.context;
  const state: PracticeLibraryState = snapshot.matches({ ready: 'sheet' })
    ? 'sheet'
    : snapshot.matches('ready')
      ? 'list'
      : (snapshot.value as PracticeLibraryState);
  const content = c.content;
  const practices = content?.practices ?? [];
  const open = state === 'sheet' ? (practices.find((p) => p.id === c.openId) ?? null) : null;
  // The sheet's phases in the cycle's order, whatever order the sheet lists them in.
  const phases: CyclePhase[] = open
    ? PHASE_IDS.filter((id) => open.phases.includes(id))
        .map((id) => content?.phases.find((p) => p.id === id))
        .filter((p): p is CyclePhase => p !== undefined)
    : [];
  return {
    state,
    busy: state === 'idle' || state === 'loading',
    failure: c.failure,
    filters: c.filters,
    filtered: Object.keys(c.filters).length > 0,
    facets: practiceFacets(practices, c.locale),
    total: practices.length,
    results: state === 'list' ? filterPractices(practices, c.filters) : [],
    sheet: open && content ? { practice: open, phases, resources: resourcesById(content, open.resourceIds) } : null,
  };
}

export type PracticeLibraryView = ReturnType<typeof connectPracticeLibrary>;
