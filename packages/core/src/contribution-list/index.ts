export * from './contribution-list.connect.js';
export * from './contribution-list.machine.js';
export * from './contribution-list.types.js';
