export * from './administration.port.js';
export * from './backend.error.js';
export * from './backend.port.js';
export * from './backoffice.port.js';
export * from './notification.port.js';
export * from './organisation.port.js';
export * from './practice.port.js';
export * from './store.port.js';
