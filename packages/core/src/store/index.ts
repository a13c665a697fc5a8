export * from './backend.port.js';
export * from './store.port.js';
