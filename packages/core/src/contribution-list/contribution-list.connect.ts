import type { SnapshotFrom } from 'xstate';
import type { PublicContributionView } from '../contribution/contribution.connect.js';
import { daysWaiting, isOverdue } from '../contribution/contribution.overdue.js';
import { STATUS_TRAITS } from '../contribution/contribution.statuses.js';
import type { ContributionContent, ContributionStatus } from '../contribution/contribution.types.js';
import { writtenIn } from '../shared/written-lang.js';
import type { PublicSpace } from '../store/backend.port.js';
import type { ContributionListMachine } from './contribution-list.machine.js';

export type ContributionListSnapshot = SnapshotFrom<ContributionListMachine>;
export type ContributionListState = 'idle' | 'loading' | 'ready' | 'paging' | 'empty' | 'error';

/** How long a contribution waited: still waiting, or answered after some days. */
export type Timing = { kind: 'waiting'; days: number } | { kind: 'answered'; days: number } | null;

/** Days waited, or the days the answer took; `null` when neither applies (withdrawn, hidden…). */
export function timingOf(view: PublicContributionView, at: string): Timing {
  const days = daysWaiting(view, at);
  if (days === null) return null;
  if (view.answer?.publishedAt) return { kind: 'answered', days };
  return STATUS_TRAITS[view.status].awaiting ? { kind: 'waiting', days } : null;
}

/**
 * Whole days past the space's answer delay, exactly when `isOverdue` holds; `null` otherwise.
 * Always at least 1, since overdue means strictly more days than the delay.
 */
export function overdueDays(view: PublicContributionView, space: Pick<PublicSpace, 'answerWithinDays'>, at: string) {
  if (!isOverdue(view, space, at)) return null;
  return (daysWaiting(view, at) ?? 0) - space.answerWithinDays;
}

/** One line of the list, ready to render; `content` fields are `null` while hidden. */
export interface ListItem {
  id: string;
  title: string | null;
  /** The language the title and body were written in (`lang` on them), `fr` when unknown. */
  lang: string;
  kind: ContributionContent['kind'] | null;
  theme: { id: string; label: string } | null;
  status: ContributionStatus;
  hidden: boolean;
  publishedAt: string | null;
  timing: Timing;
  overdueDays: number | null;
}

export function listItem(view: PublicContributionView, space: PublicSpace | null, at: string): ListItem {
  const themeId = view.content?.theme;
  return {
    id: view.id,
    title: view.content?.title ?? null,
    lang: writtenIn(view.content),
    kind: view.content?.kind ?? null,
    theme: themeId ? { id: themeId, label: space?.themes.find((t) => t.id === themeId)?.label ?? themeId } : null,
    status: view.status,
    hidden: view.content === null,
    publishedAt: view.publishedAt,
    timing: timingOf(view, at),
    overdueDays: space ? overdueDays(view, space, at) : null,
  };
}

/** What the list widget shows for a snapshot. Page numbers and positions are 1-based. */
export function connectContributionList(snapshot: ContributionListSnapshot) {
  const c = snapshot.context;
  const state = snapshot.value as ContributionListState;
  const at = c.loadedAt ?? new Date(0).toISOString();
  const first = c.page * c.pageSize + 1;
  const last = first + c.items.length - 1;
  return {
    state,
    busy: state === 'loading' || state === 'paging',
    space: c.space,
    filters: c.filters,
    items: c.items.map((v) => listItem(v, c.space, at)),
    page: c.page + 1,
    first,
    last,
    /** Known only on the last page: cursors do not tell how many follow. */
    total: c.nextCursor === null && c.items.length > 0 ? last : null,
    hasNext: state === 'ready' && c.nextCursor !== null,
    hasPrevious: (state === 'ready' || state === 'empty') && c.page > 0,
    failure: c.failure,
  };
}

export type ContributionListView = ReturnType<typeof connectContributionList>;
