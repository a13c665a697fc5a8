import type { CreateArgs } from '@participe/core';

/**
 * Refuses a create whose events are not a new contribution's history: seq 1, 2… of this
 * contribution, starting with `contribution.created`, the view at the last one. Every store
 * checks before it writes anything.
 */
export function assertNewHistory({ view, events }: CreateArgs): void {
  const wrong = events.findIndex(
    (e, i) => e.contributionId !== view.id || e.seq !== i + 1 || (i === 0) !== (e.type === 'contribution.created'),
  );
  if (events.length === 0 || wrong >= 0 || view.version !== events.length) {
    throw new Error(
      `Contribution ${view.id}: a new history is contribution.created at seq 1, then seq 2, 3…, ` +
        `with the view at the last seq; got ${events.map((e) => `${e.seq} ${e.type}`).join(', ') || 'no event'} ` +
        `and version ${view.version}`,
    );
  }
}

/**
 * A create refused because its follow-up code is already another contribution's: nothing
 * was written, and the same create with another code can go through. Codes are drawn at
 * random and checked by the write itself, so the service tries again rather than asking
 * the store first on every create.
 */
export class FollowUpCodeTaken extends Error {
  constructor(options?: ErrorOptions) {
    super('Follow-up code already used', options);
    this.name = 'FollowUpCodeTaken';
  }
}
