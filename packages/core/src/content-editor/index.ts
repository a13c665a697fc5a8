export * from './content-editor.kinds.js';
