import { STATUS_TRAITS } from './contribution.statuses.js';
import type { ContributionStatus } from './contribution.types.js';

const DAY = 86_400_000;

export interface OverdueInput {
  status: ContributionStatus;
  publishedAt: string | null;
  answer: { publishedAt: string | null } | null;
}

/**
 * Whole days between publication and the published answer, or `now` while none is
 * published. `null` when the contribution was never public.
 */
export function daysWaiting(contribution: OverdueInput, now: Date | string): number | null {
  if (!contribution.publishedAt) return null;
  const end = contribution.answer?.publishedAt ?? (typeof now === 'string' ? now : now.toISOString());
  return Math.max(0, Math.floor((Date.parse(end) - Date.parse(contribution.publishedAt)) / DAY));
}

/**
 * A public contribution with no published answer after the space's `answerWithinDays`:
 * this is what shows "nothing changes" in public.
 */
export function isOverdue(
  contribution: OverdueInput,
  space: { answerWithinDays: number },
  now: Date | string,
): boolean {
  if (!STATUS_TRAITS[contribution.status].awaiting) return false;
  const waited = daysWaiting(contribution, now);
  return waited !== null && waited > space.answerWithinDays;
}
