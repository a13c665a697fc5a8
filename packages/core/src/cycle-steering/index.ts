export * from './cycle-steering.connect.js';
export * from './cycle-steering.machine.js';
export type * from './cycle-steering.types.js';
export { STEERING_FORMS } from './cycle-steering.types.js';
