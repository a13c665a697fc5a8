export * from './contribution-detail.connect.js';
export * from './contribution-detail.machine.js';
export * from './contribution-detail.types.js';
