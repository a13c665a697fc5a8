export * from './content.schema.js';
export type * from './content.types.js';
export * from './packs.js';
