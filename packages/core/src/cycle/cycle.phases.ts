/** The seven phases of the participation cycle, in order. `share` leads back to `mobilise`. */
export const PHASE_IDS = ['mobilise', 'diagnose', 'coConstruct', 'decide', 'act', 'evaluate', 'share'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];
