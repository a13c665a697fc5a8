// `./zod.js` runs first and sets zod to jitless before any schema is built.
import './zod.js';

export * from './agenda/index.js';
export * from './answer-form/index.js';
export * from './api/index.js';
export * from './board/index.js';
export * from './content/index.js';
export * from './contribution/index.js';
export * from './contribution-detail/index.js';
export * from './contribution-form/index.js';
export * from './contribution-list/index.js';
export * from './cycle/index.js';
export * from './cycle-guide/index.js';
export * from './diagnostic/index.js';
export * from './diagnostic-session/index.js';
export * from './meeting/index.js';
export * from './moderation/index.js';
export * from './moderation-queue/index.js';
export * from './notification/index.js';
export * from './organisation/index.js';
export * from './practice-library/index.js';
export { inputSchemas, outputSchemas, type SchemaName, schemaIo, schemas } from './schemas.js';
export * from './shared/index.js';
export * from './space/index.js';
export * from './space-admin/index.js';
export * from './spaces-admin/index.js';
export * from './store/index.js';
