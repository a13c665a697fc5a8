import type { PhaseId } from '@participe/core';

/** What the host page learns when a person sees their results: never their answers. */
export interface ParticipeDiagnosticCompleteDetail {
  readonly questionnaireId: string;
  /** Where the answers place the approach in the cycle; `null` when the questionnaire does not say. */
  readonly phase: PhaseId | null;
}

/**
 * Fired by `participe-diagnostic` when a person reaches their results, for the council's
 * own follow-up (suggesting the cycle's phase page, say). It bubbles and crosses shadow roots.
 */
export class ParticipeDiagnosticCompleteEvent extends Event {
  static readonly type = 'participe-diagnostic-complete';
  readonly detail: ParticipeDiagnosticCompleteDetail;

  constructor(detail: ParticipeDiagnosticCompleteDetail) {
    super(ParticipeDiagnosticCompleteEvent.type, { bubbles: true, composed: true, cancelable: false });
    this.detail = Object.freeze({ questionnaireId: detail.questionnaireId, phase: detail.phase });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'participe-diagnostic-complete': ParticipeDiagnosticCompleteEvent;
  }
}
