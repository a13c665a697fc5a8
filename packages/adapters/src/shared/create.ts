import type { CreateArgs, CreateResult, Space } from '@participe/core';

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

/** The space a create was checked against, as the request named it (id or slug). */
export interface CheckedSpace {
  name: string;
  space: Space;
}

/** Nothing written: `name` no longer designates the space the create was checked against. */
export type SpaceChanged = { ok: false; reason: 'spaceChanged' };

/**
 * A store that checks a create's space inside the create's own write, so that a create need
 * not read its space first: the space comes from what this process last read, and the write
 * goes through only if the space is still that one (`SpaceChanged` otherwise, and the store
 * forgets it). The PostgreSQL store is one; another store is asked for the space each time.
 */
export interface SpaceCheckedCreates {
  /**
   * The space `idOrSlug` designates: as this process last read it when `fresh` is false and
   * it has one (`remembered`: it may be out of date), otherwise read now.
   */
  spaceForCreate(idOrSlug: string, fresh: boolean): Promise<{ space: Space | null; remembered: boolean }>;
  /** `createContribution`, written only if `checked.name` still designates `checked.space`. */
  createContributionIn(checked: CheckedSpace, args: CreateArgs): Promise<CreateResult | SpaceChanged>;
}

export const checksSpaceInWrite = (store: object): store is SpaceCheckedCreates =>
  typeof (store as Partial<SpaceCheckedCreates>).createContributionIn === 'function';
