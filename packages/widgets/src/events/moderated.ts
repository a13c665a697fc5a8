import type { ModerationAction } from '@participe/core';

/** What a facilitator did to which contribution. */
export interface ParticipeModeratedDetail {
  readonly contributionId: string;
  /** `approve`, `hide`, `restore` or `keep` (left online, reports closed). */
  readonly action: ModerationAction;
}

/**
 * Fired by `participe-moderation-queue` once the back end has recorded an action. It
 * bubbles and crosses shadow roots, so a back-office page can refresh a list or a counter.
 */
export class ParticipeModeratedEvent extends Event {
  static readonly type = 'participe-moderated';
  readonly detail: ParticipeModeratedDetail;

  constructor(detail: ParticipeModeratedDetail) {
    super(ParticipeModeratedEvent.type, { bubbles: true, composed: true });
    this.detail = Object.freeze({ contributionId: detail.contributionId, action: detail.action });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'participe-moderated': ParticipeModeratedEvent;
  }
}
