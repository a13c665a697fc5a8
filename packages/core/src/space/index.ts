export * from './space.composition.js';
export * from './space.schema.js';
export type * from './space.types.js';
