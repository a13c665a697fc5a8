export * from './resource-centre.connect.js';
export * from './resource-centre.machine.js';
export type * from './resource-centre.types.js';
