export * from './practice.builtin.js';
export * from './practice.schema.js';
export * from './practice.search.js';
export type * from './practice.types.js';
