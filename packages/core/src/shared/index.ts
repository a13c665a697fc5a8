export * from './consent.js';
export * from './primitives.js';
export * from './roles.js';
export * from './typography.js';
export * from './written-lang.js';
