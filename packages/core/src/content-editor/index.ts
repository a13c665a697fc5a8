export * from './content-editor.connect.js';
export * from './content-editor.kinds.js';
export * from './content-editor.machine.js';
export * from './content-editor.types.js';
