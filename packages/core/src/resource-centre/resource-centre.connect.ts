import type { SnapshotFrom } from 'xstate';
import { PHASE_IDS } from '../cycle/cycle.phases.js';
import type { PhaseId } from '../cycle/cycle.types.js';
import type { CouncilText } from '../store/content.port.js';
import type { ResourceCentreMachine } from './resource-centre.machine.js';
import type { ResourceCentreEvent, ResourceCentreSelection } from './resource-centre.types.js';

export type ResourceCentreSnapshot = SnapshotFrom<ResourceCentreMachine>;

/** The machine's states, as the view names them. */
export const RESOURCE_CENTRE_STATES = ['idle', 'loading', 'error', 'ready'] as const;
export type ResourceCentreState = (typeof RESOURCE_CENTRE_STATES)[number];

/**
 * A council's text in the wording asked for: its easy-to-read (FALC) version when there is
 * one, else the standard text (an editor may have saved it without its FALC version).
 */
export const councilWording = (text: CouncilText, falc: boolean): string =>
  falc && text.falc?.trim() ? text.falc : text.standard;

const same = (a: ResourceCentreSelection | null, b: ResourceCentreSelection) =>
  a !== null && JSON.stringify(a) === JSON.stringify(b);

/**
 * What the widget shows for a snapshot, and what a person may do: the element renders the
 * view and calls `api.choosePhase('diagnose')`; it never builds an event itself.
 */
export function connectResourceCentre(snapshot: ResourceCentreSnapshot, send: (event: ResourceCentreEvent) => void) {
  const c = snapshot.context;
  const state = (typeof snapshot.value === 'string' ? snapshot.value : 'ready') as ResourceCentreState;
  const fetching = snapshot.matches({ ready: 'fetching' });
  const shown = c.shownFor;
  const question = shown?.by === 'question' ? (c.guide.find((g) => g.id === shown.entryId) ?? null) : null;
  return {
    state,
    /** The first screen is loading. */
    busy: state === 'idle' || state === 'loading',
    /** A later choice's resources are loading; the previous ones stay shown meanwhile. */
    fetching,
    /** What the person asked for last, and what the shown resources answer. */
    selection: c.selection,
    shownFor: shown,
    /** The "where do I start" questions; `selected` for the one whose resources are shown or asked for. */
    guide: c.guide.map((entry) => ({
      entry,
      selected: c.selection.by === 'question' && c.selection.entryId === entry.id,
    })),
    /** The seven phases, in the cycle's order, with the council's name of each (`null`: the widget's words). */
    phases: PHASE_IDS.map((id) => ({
      id,
      label: c.phaseLabels.find((p) => p.id === id)?.label ?? null,
      selected: c.selection.by === 'phase' && c.selection.phase === id,
    })),
    /** The question whose resources are shown, with its answer and phase. */
    question,
    /** The search words of the last search, `''` when the last choice was not one. */
    query: c.selection.by === 'search' ? c.selection.q : '',
    resources: c.resources,
    /** The shown resources answer the last choice (not a previous one while it loads or after it failed). */
    current: same(shown, c.selection),
    failure: c.failure,
    resourcesFailure: snapshot.matches({ ready: 'failed' }) ? c.resourcesFailure : null,
    load: () => send({ type: 'resourceCentre.load' }),
    retry: () => send({ type: 'resourceCentre.retry' }),
    choosePhase: (phase: PhaseId) => send({ type: 'resourceCentre.phase', phase }),
    chooseQuestion: (entryId: string) => send({ type: 'resourceCentre.question', entryId }),
    search: (q: string) => send({ type: 'resourceCentre.search', q }),
  };
}

export type ResourceCentreView = ReturnType<typeof connectResourceCentre>;
