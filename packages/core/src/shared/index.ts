export * from './primitives.js';
export * from './roles.js';
