export * from './moderation.schema.js';
export type * from './moderation.types.js';
