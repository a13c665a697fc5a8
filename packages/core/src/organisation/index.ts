export * from './organisation.schema.js';
export type * from './organisation.types.js';
