import type { PhaseId } from '@participe/core';

/** Which phase of the participation cycle a person opened. */
export interface ParticipePhaseSelectDetail {
  readonly phase: PhaseId;
}

/**
 * Fired by `participe-cycle` when a person opens a phase's sheet (on the wheel or from
 * "Par où commencer ?"), so a host page can, say, show its own documents for that phase.
 * It bubbles and crosses shadow roots.
 */
export class ParticipePhaseSelectEvent extends Event {
  static readonly type = 'participe-phase-select';
  readonly detail: ParticipePhaseSelectDetail;

  constructor(detail: ParticipePhaseSelectDetail) {
    super(ParticipePhaseSelectEvent.type, { bubbles: true, composed: true, cancelable: false });
    this.detail = Object.freeze({ phase: detail.phase });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'participe-phase-select': ParticipePhaseSelectEvent;
  }
}
