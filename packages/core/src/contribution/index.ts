export * from './contribution.connect.js';
export * from './contribution.constants.js';
export * from './contribution.events.schema.js';
export * from './contribution.machine.js';
export * from './contribution.overdue.js';
export * from './contribution.replay.js';
export * from './contribution.roles.js';
export * from './contribution.schema.js';
export type * from './contribution.types.js';
