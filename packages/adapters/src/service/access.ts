// What each caller may see of a contribution. Four levels:
// - `staff`: a professional of the space sees everything, the internal decision included;
// - `moderator`: a facilitator of the space also sees drafts, waiting and hidden texts,
//   but never an internal decision (moderation is not answering);
// - `author`: whoever holds the secret sees their own text, even hidden;
// - `public`: published contributions only, through core's `toPublicView` (a hidden one
//   without its words).
// Contact details are never in a view: they live in the store's private part.
import {
  CONTRIBUTION_STATUSES,
  type ContributionStatus,
  type ContributionView,
  publicStatusOf,
  publicTimeline,
  STATUS_TRAITS,
  type StoredContributionEvent,
  toPublicView,
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

export function project(view: ContributionView, access: Access): ContributionForCaller {
  if (access === 'staff') return view;
  const pub = toPublicView(view);
  return access === 'public' ? pub : { ...pub, content: view.content };
}

export const timelineFor = (events: StoredContributionEvent[], access: Access): StoredContributionEvent[] =>
  access === 'staff' ? events : publicTimeline(events);

/**
 * Statuses each access level may filter on and what they mean in the store: the public
 * and moderators never see a status that reads as another (`decided`, an unpublished
 * answer, reads `underReview`), so asking for that other covers it.
 */
export function storeStatuses(access: Access, asked: readonly ContributionStatus[] | undefined) {
  const all = [...CONTRIBUTION_STATUSES];
  if (access === 'staff') return { allowed: all, mapped: asked };
  const allowed = all.filter((s) => publicStatusOf(s) === s && (access === 'moderator' || isPublic(s)));
  const wanted = asked ?? allowed;
  const mapped = wanted.flatMap((s) => all.filter((stored) => publicStatusOf(stored) === s));
  return { allowed, mapped };
}
