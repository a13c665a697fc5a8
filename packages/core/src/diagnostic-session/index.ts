export * from './diagnostic-session.connect.js';
export * from './diagnostic-session.machine.js';
export type * from './diagnostic-session.types.js';
export { DIAGNOSTIC_PANELS } from './diagnostic-session.types.js';
