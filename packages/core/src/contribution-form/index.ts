export * from './contribution-form.machine.js';
export * from './contribution-form.types.js';
export * from './contribution-form.validate.js';
