/** Which contribution a person chose. */
export interface ParticipeSelectDetail {
  readonly contributionId: string;
}

/**
 * Fired by `participe-contribution-list` when a person opens a contribution. It bubbles,
 * crosses shadow roots and is cancelable: with a `detail-url`, `preventDefault()` keeps
 * the link from navigating, so a single-page host can show `participe-contribution-detail`
 * itself.
 */
export class ParticipeSelectEvent extends Event {
  static readonly type = 'participe-select';
  readonly detail: ParticipeSelectDetail;

  constructor(detail: ParticipeSelectDetail) {
    super(ParticipeSelectEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.detail = Object.freeze({ contributionId: detail.contributionId });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'participe-select': ParticipeSelectEvent;
  }
}
