export * from './author.connect.js';
export * from './author.machine.js';
export * from './author.types.js';
export * from './contribution-detail.connect.js';
export * from './contribution-detail.machine.js';
export * from './contribution-detail.types.js';
