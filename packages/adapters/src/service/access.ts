// What each caller may see of a contribution. Four audiences, one projection each, and
// every answer that carries a contribution goes through one of them (`PROJECTIONS`):
// - `staff`: a professional of the space sees everything, the internal decision included;
// - `moderator`: a facilitator of the space also sees drafts, waiting and hidden texts,
//   but never an internal decision (moderation is not answering);
// - `author`: whoever holds the secret sees their own text, even hidden;
// - `public`: published contributions only, through core's `toPublicView` (a hidden one
//   without its words, no member id).
// Contact details are never in a view: they live in the store's private part.
// `server/visibility.test.ts` checks every route × every caller against these rules.
import {
  CONTRIBUTION_STATUSES,
  type ContributionStatus,
  type ContributionView,
  publicStatusOf,
  publicTimeline,
  STATUS_TRAITS,
  type StoredContributionEvent,
  toModeratorView,
  toPublicView,
  WORDS_WITHHELD_STATUSES,
} from '@participe/core';
import type { Caller, ContributionForCaller } from './api.js';

export type Access = 'staff' | 'moderator' | 'author' | 'public';

/**
 * Not yet public (core's `STATUS_TRAITS`): the public gets a 404, as if it did not exist. A
 * contribution hidden by moderation stays listed, without its words (core's `toPublicView`
 * and `publicTimeline` leave them out), so that taking something down is itself visible.
 */
export const isPublic = (status: ContributionStatus): boolean => STATUS_TRAITS[status].public;

export function accessFor(caller: Caller, space: { id: string; slug?: string }, isAuthor = false): Access {
  const inSpace =
    caller && (caller.spaceIds.includes(space.id) || (space.slug && caller.spaceIds.includes(space.slug)));
  if (inSpace && caller.role === 'professional') return 'staff';
  if (inSpace && caller.role === 'facilitator') return 'moderator';
  return isAuthor ? 'author' : 'public';
}

export const mayRead = (access: Access, view: Pick<ContributionView, 'status'>): boolean =>
  access !== 'public' || isPublic(view.status);

/** A contribution as each audience sees it. */
export const PROJECTIONS = {
  staff: (view: ContributionView): ContributionView => view,
  moderator: toModeratorView,
  author: toModeratorView,
  public: toPublicView,
} as const satisfies Record<Access, (view: ContributionView) => ContributionForCaller>;

export const project = (view: ContributionView, access: Access): ContributionForCaller => PROJECTIONS[access](view);

/** A contribution's events as each audience sees them: the full audit log is the staff's. */
export const TIMELINES = {
  staff: (events: StoredContributionEvent[]) => events,
  moderator: publicTimeline,
  author: publicTimeline,
  public: publicTimeline,
} as const satisfies Record<Access, (events: StoredContributionEvent[]) => StoredContributionEvent[]>;

export const timelineFor = (events: StoredContributionEvent[], access: Access): StoredContributionEvent[] =>
  TIMELINES[access](events);

/** Statuses whose words an audience does not read (the public reads a hidden contribution without them). */
const WITHHELD = {
  staff: [],
  moderator: [],
  author: [],
  public: WORDS_WITHHELD_STATUSES,
} as const satisfies Record<Access, readonly ContributionStatus[]>;

/**
 * What an audience may find, in the store's statuses: search, filters and figures see
 * exactly what its views show.
 * - `allowed`: the statuses it may filter on. The public and moderators never see a status
 *   that reads as another (`decided`, an unpublished answer, reads `underReview`), so
 *   asking for that other covers it;
 * - `mapped`: what the store reads for the statuses `asked` (all it may list by default);
 *   `undefined` when nothing needs leaving out;
 * - `byWords`: the same, for a search or a filter on the words (kind, theme, place): only
 *   contributions whose words it reads.
 */
export function storeStatuses(access: Access, asked: readonly ContributionStatus[] | undefined) {
  const all = [...CONTRIBUTION_STATUSES];
  const withheld: readonly ContributionStatus[] = WITHHELD[access];
  const readable = (s: ContributionStatus) => !withheld.includes(s);
  if (access === 'staff') return { allowed: all, mapped: asked, byWords: asked };
  const allowed = all.filter((s) => publicStatusOf(s) === s && (access === 'moderator' || isPublic(s)));
  const wanted = asked ?? allowed;
  const mapped = wanted.flatMap((s) => all.filter((stored) => publicStatusOf(stored) === s));
  return { allowed, mapped, byWords: mapped.filter(readable) };
}

/** What `stats` counts for an audience: what it may list but drafts, and themes it may read. */
export function statsScope(access: Access) {
  const { mapped } = storeStatuses(access, undefined);
  const statuses = (mapped ?? CONTRIBUTION_STATUSES).filter((s) => s !== 'draft');
  const withheld: readonly ContributionStatus[] = WITHHELD[access];
  return { statuses, themesOf: statuses.filter((s) => !withheld.includes(s)) };
}
