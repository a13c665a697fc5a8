export * from './agenda.connect.js';
export * from './agenda.format.js';
export * from './agenda.ics.js';
export * from './agenda.machine.js';
export type * from './agenda.types.js';
