export * from './cycle.machine.js';
export * from './cycle.needs.js';
export * from './cycle.phases.js';
export * from './cycle.replay.js';
export * from './cycle.schema.js';
export type * from './cycle.types.js';
export { EVALUATION_VIEWPOINTS } from './cycle.types.js';
