import type { Verdict } from '@participe/core';

/** Which answer became public. Never its text: the host page can read it from the API. */
export interface ParticipeAnswerPublishedDetail {
  readonly contributionId: string;
  readonly verdict: Verdict;
}

/**
 * Fired by `participe-answer-form` once the back end has published an answer, one event
 * per contribution (publishing several together fires several), so a back-office page can
 * refresh a counter or a list. It bubbles and crosses shadow roots.
 */
export class ParticipeAnswerPublishedEvent extends Event {
  static readonly type = 'participe-answer-published';
  readonly detail: ParticipeAnswerPublishedDetail;

  constructor(detail: ParticipeAnswerPublishedDetail) {
    super(ParticipeAnswerPublishedEvent.type, { bubbles: true, composed: true, cancelable: false });
    this.detail = Object.freeze({ contributionId: detail.contributionId, verdict: detail.verdict });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'participe-answer-published': ParticipeAnswerPublishedEvent;
  }
}
