// Where a commitment stands, from its plan and the progress reported on it: one rule for the
// board, the detail view, the open data and the notification that says it is done.
import type * as z from '../zod.js';
import type { MilestoneSchema } from './contribution.schema.js';
import type { Commitment, ProgressUpdate } from './contribution.types.js';

export type Milestone = z.output<typeof MilestoneSchema>;

export interface MilestoneState extends Milestone {
  /** When a progress update met it; `null` while it is not met. */
  metAt: string | null;
  /** Its day has passed and it is not met. */
  late: boolean;
}

export interface CommitmentState {
  /** The last reported percent, 0 before any report. */
  percent: number;
  /** Reported at 100 %. */
  done: boolean;
  /** When it was first reported at 100 %; `null` while not done. */
  doneAt: string | null;
  /** Not done, and its due day or one of its milestones' days has passed. */
  late: boolean;
  milestones: MilestoneState[];
}

/** `2026-03-01` for an instant or a day, so days compare as strings. */
const dayOf = (at: string | Date): string => (typeof at === 'string' ? at : at.toISOString()).slice(0, 10);

/**
 * Where `commitment` stands on `today` (an instant or a day; days are UTC), from the progress
 * updates of its contribution (any order; those of other commitments are ignored). A day is
 * passed once it is over: a milestone due on 3 March is late from 4 March.
 */
export function commitmentState(
  commitment: Commitment,
  progress: readonly (ProgressUpdate & { at: string })[],
  today: string | Date,
): CommitmentState {
  const now = dayOf(today);
  const own = progress.filter((p) => p.commitmentId === commitment.id).sort((a, b) => (a.at < b.at ? -1 : 1));
  const last = own.at(-1);
  const doneAt = own.find((p) => p.percent === 100)?.at ?? null;
  const done = last?.percent === 100;
  const milestones = (commitment.milestones ?? []).map((m) => {
    // A commitment done has met all its steps, named or not.
    const metAt = own.find((p) => p.milestonesMet?.includes(m.id))?.at ?? (done ? doneAt : null);
    return { ...m, metAt, late: metAt === null && m.due < now };
  });
  return {
    percent: last?.percent ?? 0,
    done,
    doneAt: done ? doneAt : null,
    late: !done && (commitment.due < now || milestones.some((m) => m.late)),
    milestones,
  };
}

/**
 * The commitment an update brings to 100 %, if it was not there before: the moment to tell
 * the authors it is done. `null` for any other update.
 */
export function commitmentDoneBy(
  commitments: readonly Commitment[],
  before: readonly (ProgressUpdate & { at: string })[],
  update: ProgressUpdate,
): Commitment | null {
  if (update.percent !== 100) return null;
  const commitment = commitments.find((c) => c.id === update.commitmentId);
  if (!commitment) return null;
  const previous = before.filter((p) => p.commitmentId === commitment.id).at(-1);
  return previous?.percent === 100 ? null : commitment;
}
