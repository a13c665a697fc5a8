export { createDraftStore, type DraftStore } from './drafts.js';
export { type KeyValueTable, keyValueTable } from './idb.js';
export { createOutbox, type Outbox, type OutboxEntry, type OutboxEvent, type OutboxOptions } from './outbox.js';
