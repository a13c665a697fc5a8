export * from './answer-form.commands.js';
export * from './answer-form.connect.js';
export * from './answer-form.machine.js';
export * from './answer-form.types.js';
