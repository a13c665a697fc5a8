export * from './api.schema.js';
export * from './api-error.schema.js';
