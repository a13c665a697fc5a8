export { sqlAdminStore } from './admin.tables.js';
export type { QueryOptions, Row, SqlDriver, SqlExecutor, SqlParam } from './driver.js';
export { MIGRATIONS, type Migration, migrate } from './migrations.js';
export { openPgliteStore, openPgStore, openPostgresStore } from './open.js';
export { createSqlOutbox, migrateOutbox, openSqlOutbox, type SqlOutbox, type SqlOutboxOptions } from './outbox.sql.js';
export { type PgDriverOptions, pgDriver } from './pg.driver.js';
export { openPglite, pgliteDriver } from './pglite.driver.js';
export { PostgresStore } from './postgres.store.js';
export { findUnstorable, searchText, UnstorableTextError } from './text.js';
