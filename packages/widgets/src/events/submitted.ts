import type { ContributionKind } from '@participe/core';

/** What the host page learns about a submission: never its text, pseudonym or contact. */
export interface ParticipeSubmittedDetail {
  readonly contributionId: string;
  readonly kind: ContributionKind;
}

/**
 * Fired by `participe-contribution-form` once the server has stored a contribution (right
 * away, or later from the offline outbox), for the council's own analytics. It bubbles and
 * crosses shadow roots.
 */
export class ParticipeSubmittedEvent extends Event {
  static readonly type = 'participe-submitted';
  readonly detail: ParticipeSubmittedDetail;

  constructor(detail: ParticipeSubmittedDetail) {
    super(ParticipeSubmittedEvent.type, { bubbles: true, composed: true, cancelable: false });
    this.detail = Object.freeze({ contributionId: detail.contributionId, kind: detail.kind });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'participe-submitted': ParticipeSubmittedEvent;
  }
}
