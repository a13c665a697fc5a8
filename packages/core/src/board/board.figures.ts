// The parts of the board both stores share: which contributions count, the percentile rule,
// and the commitments' state (core's `commitmentState`, the one rule for "late").
import { commitmentState } from '../contribution/commitment.js';
import type { Commitment, ContributionStatus, ProgressUpdate } from '../contribution/contribution.types.js';
import { writtenIn } from '../shared/written-lang.js';
import type { Board, BoardCommitment } from './board.types.js';

/**
 * Statuses the board leaves out: the author took it back, or moderation hid it; nothing is
 * owed on them and a hidden one's words are not shown.
 */
export const BOARD_LEFT_OUT: readonly ContributionStatus[] = ['draft', 'submitted', 'withdrawn', 'hidden'];

/** What a store computes; the service adds which space and year. */
export type BoardFigures = Omit<Board, 'spaceId' | 'year'>;

/** The figures when nothing is counted. */
export const NO_BOARD_FIGURES: BoardFigures = Object.freeze({
  received: 0,
  answered: 0,
  meanDaysToAnswer: null,
  medianDaysToAnswer: null,
  p90DaysToAnswer: null,
  overdueCount: 0,
  overdue: [],
  byVerdict: [],
  byTheme: [],
  byMonth: [],
  commitments: [],
});

export interface BoardQuery {
  /** The spaces counted, each with its own answer delay (for "overdue"). */
  spaces: readonly { id: string; answerWithinDays: number }[];
  /** The instant "overdue" and "late" are judged at. */
  now: string;
  /** Only contributions published that year (UTC). */
  year?: number | null;
  /** How many overdue contributions to list. @default 20 */
  overdueLimit?: number;
}

/**
 * The `p` percentile (0 to 1) of `values` with linear interpolation between ranks, as
 * PostgreSQL's `percentile_cont`; `null` for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

export interface CommitmentRow {
  contributionId: string;
  spaceId: string;
  title: string;
  /** The language of the title (the content's) and of the commitments (the answer's); absent: French. */
  titleLang?: string | null;
  lang?: string | null;
  commitments: Commitment[];
  progress: Array<ProgressUpdate & { at: string }>;
}

/** The board's commitments, late ones first, then by due day. */
export function boardCommitments(rows: readonly CommitmentRow[], now: string): BoardCommitment[] {
  const out: BoardCommitment[] = [];
  for (const row of rows) {
    for (const c of row.commitments) {
      const state = commitmentState(c, row.progress, now);
      out.push({
        contributionId: row.contributionId,
        spaceId: row.spaceId,
        title: row.title,
        titleLang: writtenIn({ lang: row.titleLang ?? undefined }),
        lang: writtenIn({ lang: row.lang ?? undefined }),
        id: c.id,
        what: c.what,
        owner: c.owner,
        due: c.due,
        percent: state.percent,
        done: state.done,
        late: state.late,
        milestones: state.milestones,
      });
    }
  }
  const rank = (c: BoardCommitment) => (c.late ? 0 : c.done ? 2 : 1);
  return out.sort((a, b) => rank(a) - rank(b) || a.due.localeCompare(b.due) || a.id.localeCompare(b.id));
}
