import type { SnapshotFrom } from 'xstate';
import type { CyclePhase, GuideEntry, Resource } from '../content/content.types.js';
import { PHASE_IDS, type PhaseId } from '../cycle/cycle.phases.js';
import type { PublicPhaseChange } from '../store/backend.port.js';
import type { CycleGuideMachine } from './cycle-guide.machine.js';
import type { CycleGuideContent } from './cycle-guide.types.js';

export type CycleGuideSnapshot = SnapshotFrom<CycleGuideMachine>;
export type CycleGuideState = 'idle' | 'loading' | 'error' | 'overview' | 'sheet';

/** One phase on the wheel. `number` is 1-based, in the cycle's order. */
export interface WheelPhase {
  id: PhaseId;
  number: number;
  phase: CyclePhase;
  /** The space is in this phase now. */
  current: boolean;
  /** Its sheet is open. */
  selected: boolean;
  /** It holds the wheel's tab stop. */
  focused: boolean;
}

/** Where the resources of the sheets and answers are: not asked for yet, on their way, failed, there. */
export type ResourcesState = 'idle' | 'loading' | 'failed' | 'ready';

/** A move of the group's cycle, with its phases' numbers on the wheel (1-based). */
export interface CycleMove extends PublicPhaseChange {
  fromNumber: number;
  toNumber: number;
}

/** Resources by id, in the order asked; ids the content does not know are left out. */
export function resourcesById(content: Pick<CycleGuideContent, 'resources'>, ids: readonly string[]): Resource[] {
  const byId = new Map((content.resources ?? []).map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is Resource => r !== undefined);
}

/** What the cycle widget shows for a snapshot. */
export function connectCycleGuide(snapshot: CycleGuideSnapshot) {
  const c = snapshot.context;
  const state: CycleGuideState = snapshot.matches({ ready: { view: 'sheet' } })
    ? 'sheet'
    : snapshot.matches('ready')
      ? 'overview'
      : (snapshot.value as CycleGuideState);
  const resources: ResourcesState =
    c.content?.resources != null
      ? 'ready'
      : snapshot.matches({ ready: { resources: 'loading' } })
        ? 'loading'
        : snapshot.matches({ ready: { resources: 'failed' } })
          ? 'failed'
          : 'idle';
  const number = (id: PhaseId) => PHASE_IDS.indexOf(id) + 1;
  // Newest first: where the group comes from, then how it got there.
  const moves: CycleMove[] = [...(c.cycle?.history ?? [])]
    .reverse()
    .map((m) => ({ ...m, fromNumber: number(m.from), toNumber: number(m.to) }));
  const content = c.content;
  const phases: WheelPhase[] = [];
  if (content) {
    for (const [i, id] of PHASE_IDS.entries()) {
      const phase = content.phases.find((p) => p.id === id);
      if (!phase) continue;
      phases.push({
        id,
        number: i + 1,
        phase,
        current: c.cycle?.phase === id,
        selected: state === 'sheet' && c.selected === id,
        focused: c.focused === id,
      });
    }
  }
  const selected = phases.find((p) => p.selected) ?? null;
  const guide: Array<{ entry: GuideEntry; open: boolean; phase: WheelPhase | null; resources: Resource[] }> = content
    ? content.guide.map((entry) => ({
        entry,
        open: c.openEntry === entry.id,
        phase: phases.find((p) => p.id === entry.phase) ?? null,
        resources: resourcesById(content, entry.resourceIds),
      }))
    : [];
  return {
    state,
    busy: state === 'idle' || state === 'loading',
    phases,
    cycle: c.cycle,
    /** The group's moves, newest first (empty without a group). */
    moves,
    /** This round's evaluation, from several viewpoints; `null` until recorded. */
    evaluation: c.cycle?.evaluation ?? null,
    cycleFailure: c.cycleFailure,
    failure: c.failure,
    resources,
    resourcesFailure: c.resourcesFailure,
    sheet: selected && content ? { ...selected, resources: resourcesById(content, selected.phase.resourceIds) } : null,
    guide,
  };
}

export type CycleGuideView = ReturnType<typeof connectCycleGuide>;
