export * from './council-settings.connect.js';
export * from './council-settings.machine.js';
export type * from './council-settings.types.js';
