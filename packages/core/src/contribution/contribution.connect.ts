import type { SnapshotFrom } from 'xstate';
import type { ContributionMachine } from './contribution.machine.js';
import { publicStatusOf, STATUS_TRAITS } from './contribution.statuses.js';
import type {
  AnswerRecord,
  ContributionContent,
  ContributionContext,
  ContributionStatus,
  StoredContributionEvent,
} from './contribution.types.js';

export type ContributionSnapshot = SnapshotFrom<ContributionMachine>;

/** The status of a snapshot, as one word of `CONTRIBUTION_STATUSES`. */
export function statusOf(snapshot: ContributionSnapshot): ContributionStatus {
  const value = snapshot.value;
  if (typeof value === 'string') return value as ContributionStatus;
  return (value as { live: ContributionStatus }).live;
}

/** A contribution as stores keep it and lists show it. Contact details are never part of it. */
export interface ContributionView extends Omit<ContributionContext, 'content'> {
  status: ContributionStatus;
  content: ContributionContent;
}

export function toView(snapshot: ContributionSnapshot): ContributionView {
  return { ...snapshot.context, status: statusOf(snapshot) };
}

/** A contribution as anyone may see it: no internal decision, no member id, no hidden text. */
export interface PublicContributionView extends Omit<ContributionView, 'content' | 'answer' | 'assisted'> {
  /** `null` while the contribution is hidden by moderation. */
  content: ContributionContent | null;
  /** The published answer; who decided it is shown by role only (`decidedBy.id` is `null`). */
  answer: AnswerRecord | null;
  assisted?: { onBehalfOf: string } | undefined;
}

export function toPublicView(view: ContributionView): PublicContributionView {
  const answer = view.answer?.publishedAt ? view.answer : null;
  return {
    ...view,
    status: publicStatusOf(view.status),
    content: STATUS_TRAITS[view.status].withholdsWords ? null : view.content,
    answer: answer ? { ...answer, decidedBy: { role: answer.decidedBy.role, id: null } } : null,
    assisted: view.assisted ? { onBehalfOf: view.assisted.onBehalfOf } : undefined,
  };
}

/**
 * A contribution as a facilitator of its space sees it to moderate it, and as its author
 * sees it: the public view with the author's words, even while waiting or hidden. Never
 * an answer that is not published (moderating is not answering).
 */
export interface ModeratorContributionView extends Omit<PublicContributionView, 'content'> {
  content: ContributionContent;
}

export const toModeratorView = (view: ContributionView): ModeratorContributionView => ({
  ...toPublicView(view),
  content: view.content,
});

const INTERNAL_EVENTS = new Set<StoredContributionEvent['type']>(['contribution.decide']);

/**
 * The timeline a citizen sees: every event but internal decisions (the published answer
 * shows on `contribution.publish`), with actor ids and facilitator details left out. While
 * the contribution is hidden by moderation, the author's words are left out of it too.
 */
export function publicTimeline(events: readonly StoredContributionEvent[]): StoredContributionEvent[] {
  let hidden = false;
  for (const e of events) {
    if (e.type === 'contribution.hide') hidden = true;
    if (e.type === 'contribution.restore') hidden = false;
  }
  const out: StoredContributionEvent[] = [];
  let decided: Record<string, unknown> | undefined;
  for (const e of events) {
    if (INTERNAL_EVENTS.has(e.type)) {
      decided = e.data;
      continue;
    }
    let data = e.data;
    if (e.type === 'contribution.created') {
      const { assisted, content, ...rest } = data as { assisted?: { onBehalfOf: string }; content?: unknown };
      data = {
        ...rest,
        ...(hidden ? {} : { content }),
        ...(assisted ? { assisted: { onBehalfOf: assisted.onBehalfOf } } : {}),
      };
    }
    if (e.type === 'contribution.edit' && hidden) data = {};
    if (e.type === 'contribution.publish' && decided) data = { ...data, ...decided };
    out.push({ ...e, actor: { role: e.actor.role, id: null }, data });
  }
  return out;
}
