export * from './board.connect.js';
export * from './board.figures.js';
export * from './board.machine.js';
export * from './board.schema.js';
export type * from './board.types.js';
