export * from './meeting.schema.js';
export type * from './meeting.types.js';
