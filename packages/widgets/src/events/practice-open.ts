/** Which inspiring-practice sheet a person opened. */
export interface ParticipePracticeOpenDetail {
  readonly practiceId: string;
}

/**
 * Fired by `participe-practice-library` when a person opens a sheet, so a host page can
 * update its address (a link to the sheet: the widget's `practice` attribute). It bubbles
 * and crosses shadow roots.
 */
export class ParticipePracticeOpenEvent extends Event {
  static readonly type = 'participe-practice-open';
  readonly detail: ParticipePracticeOpenDetail;

  constructor(detail: ParticipePracticeOpenDetail) {
    super(ParticipePracticeOpenEvent.type, { bubbles: true, composed: true, cancelable: false });
    this.detail = Object.freeze({ practiceId: detail.practiceId });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'participe-practice-open': ParticipePracticeOpenEvent;
  }
}
