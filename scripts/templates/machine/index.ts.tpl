export * from './{{name}}.connect.js';
export * from './{{name}}.machine.js';
export type * from './{{name}}.types.js';
