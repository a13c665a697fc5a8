import type { PublicContributionView } from '../contribution/contribution.connect.js';
import type { CONTRIBUTION_KINDS } from '../contribution/contribution.constants.js';
import type { LIST_STATUS_FILTERS } from '../contribution/contribution.statuses.js';
import type { BackendError } from '../store/backend.error.js';
import type { ContributionQuery, PublicSpace } from '../store/backend.port.js';
import type { Page } from '../store/store.port.js';

/** What a person chose to narrow the list. Empty strings mean "any". */
export interface ListFilters {
  status?: (typeof LIST_STATUS_FILTERS)[number] | '';
  kind?: (typeof CONTRIBUTION_KINDS)[number] | '';
  /** A theme id of the space. */
  theme?: string;
  /** Only contributions past the space's answer delay. @default false */
  overdue?: boolean;
  /** Full-text search on title and body. */
  q?: string;
}

/** Why a page could not be shown. `notFound`: the space does not exist. */
export type ListFailure = Pick<BackendError, 'kind' | 'message'>;

export interface ContributionListInput {
  /** Id or slug of the space. */
  spaceId: string;
  /** Contributions per page, 1 to 100. @default 20 */
  pageSize?: number;
  /** Filters to start with. */
  filters?: ListFilters;
}

/** What the `load` actor receives: the query for one page, and the space if already known. */
export interface ListLoadRequest {
  spaceId: string;
  /** `null` on the first load: the actor fetches it (themes, answer delay) once. */
  space: PublicSpace | null;
  query: ContributionQuery;
}

export interface ListLoadResult {
  space: PublicSpace;
  page: Page<PublicContributionView>;
  /** ISO instant the page was read at: days waited and overdue are counted to it. */
  at: string;
}

export interface ContributionListContext {
  spaceId: string;
  pageSize: number;
  filters: ListFilters;
  space: PublicSpace | null;
  /** 0-based index of the page shown (or being loaded). */
  page: number;
  /** `cursors[i]` opens page `i`; `cursors[0]` is `null`. Kept so "previous" needs no server support. */
  cursors: Array<string | null>;
  items: PublicContributionView[];
  nextCursor: string | null;
  loadedAt: string | null;
  failure: ListFailure | null;
}

export type ContributionListEvent =
  /** Load the first page (sent once the element knows its space). */
  | { type: 'list.load' }
  /** Apply new filters: back to the first page. */
  | { type: 'list.filter'; filters: ListFilters }
  | { type: 'list.next' }
  | { type: 'list.previous' }
  | { type: 'list.retry' };
