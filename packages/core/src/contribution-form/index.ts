export * from './contribution-form.actors.js';
export * from './contribution-form.connect.js';
export * from './contribution-form.device.js';
export * from './contribution-form.draft.js';
export * from './contribution-form.machine.js';
export * from './contribution-form.types.js';
export * from './contribution-form.validate.js';
