export * from './cycle-guide.connect.js';
export * from './cycle-guide.content.js';
export * from './cycle-guide.machine.js';
export type * from './cycle-guide.types.js';
