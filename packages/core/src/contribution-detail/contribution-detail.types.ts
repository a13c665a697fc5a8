import type { ListFailure } from '../contribution-list/contribution-list.types.js';
import type { ContributionDetail, PublicSpace } from '../store/backend.port.js';

export interface ContributionDetailInput {
  /** The contribution to show. */
  contributionId?: string;
  /** A follow-up code (e.g. `K7P-4QX`): the author's way in; it wins over `contributionId`. */
  code?: string;
}

/** What the `load` actor receives: the code is resolved first when there is one. */
export interface DetailLoadRequest {
  contributionId: string | null;
  code: string | null;
}

export type DetailLoadResult =
  | {
      found: true;
      detail: ContributionDetail;
      /** The contribution's space, for its answer delay and theme labels; `null` if gone. */
      space: PublicSpace | null;
      /** ISO instant the detail was read at: days waited and overdue are counted to it. */
      at: string;
    }
  /** `code`: no contribution has this follow-up code; `contribution`: none is public with this id. */
  | { found: false; missing: 'code' | 'contribution' };

export interface ContributionDetailContext {
  contributionId: string | null;
  code: string | null;
  detail: ContributionDetail | null;
  space: PublicSpace | null;
  loadedAt: string | null;
  missing: 'code' | 'contribution' | null;
  failure: ListFailure | null;
}

export type ContributionDetailEvent =
  /** Show another contribution, by id or by follow-up code. */
  { type: 'detail.open'; contributionId?: string; code?: string } | { type: 'detail.retry' };
