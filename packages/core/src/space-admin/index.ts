export * from './attestation.connect.js';
export * from './attestation.machine.js';
export * from './attestation.types.js';
export * from './meetings.connect.js';
export * from './meetings.machine.js';
export * from './meetings.types.js';
export {
  type AdminFailure,
  type AdminFieldError,
  ATTESTATION_SKILLS,
  type AttestationSkill,
  DISPLAY_NAME_MAX,
  dayOf,
  isDay,
  MINUTES_MAX,
  OTHER_SKILLS_MAX,
  PLACE_MAX,
  SIGNED_BY_MAX,
} from './space-admin.shared.js';
export * from './space-composition.connect.js';
export * from './space-composition.machine.js';
export * from './space-composition.types.js';
