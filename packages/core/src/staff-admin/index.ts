export * from './staff-admin.connect.js';
export * from './staff-admin.machine.js';
export type * from './staff-admin.types.js';
