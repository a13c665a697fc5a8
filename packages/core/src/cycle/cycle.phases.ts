/** The seven phases of the participation cycle, in order. `share` leads back to `mobilise`. */
export const PHASE_IDS = ['mobilise', 'diagnose', 'coConstruct', 'decide', 'act', 'evaluate', 'share'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

/** A reason to go back, or to leave `decide` with open contributions: one real sentence. */
export const CYCLE_REASON_MIN = 10;

/** The phases a group may go back to from `phase`: the earlier ones of the same round. */
export const backTargets = (phase: PhaseId): PhaseId[] => PHASE_IDS.slice(0, PHASE_IDS.indexOf(phase));
