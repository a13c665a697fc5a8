export * from './spaces-admin.connect.js';
export * from './spaces-admin.machine.js';
export type * from './spaces-admin.types.js';
