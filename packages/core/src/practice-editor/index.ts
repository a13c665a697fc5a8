export * from './practice-editor.connect.js';
export * from './practice-editor.machine.js';
export * from './practice-editor.types.js';
export * from './practice-editor.values.js';
