export * from './backend.port.js';
export * from './store.port.js';
export * from './backoffice.port.js';
