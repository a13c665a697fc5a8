export * from './practice-library.connect.js';
export * from './practice-library.filter.js';
export * from './practice-library.machine.js';
export type * from './practice-library.types.js';
