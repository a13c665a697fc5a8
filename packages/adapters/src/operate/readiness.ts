// `GET /api/ready`: whether this process should get traffic. `/api/health` says the process
// answers; this also checks the store, the schema and the notification dispatcher. Served
// by the serve layer until the route table has a place for it.
import type { SqlExecutor } from '../postgres/driver.js';
import { EXPECTED_SCHEMA_VERSION, schemaVersion } from '../postgres/status.js';

export interface ReadinessChecks {
  /** A query came back within the time allowed. */
  store: 'ok' | 'unreachable';
  /** The schema is at the version this code expects. */
  migrations: 'ok' | 'behind' | 'unknown';
  dispatcher: 'running' | 'stopped';
}

export interface Readiness {
  status: 'ready' | 'notReady' | 'stopping';
  checks: ReadinessChecks;
}

export interface ReadinessOptions {
  db: SqlExecutor;
  dispatcherRunning: () => boolean;
  /** True once shutdown began: a load balancer stops sending new requests. */
  stopping: () => boolean;
  /** @default 2000 */
  timeoutMs?: number;
}

export function createReadiness(options: ReadinessOptions): () => Promise<Readiness> {
  const timeoutMs = options.timeoutMs ?? 2000;
  return async () => {
    let version: number | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      version = await Promise.race([
        schemaVersion(options.db),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
        }),
      ]);
    } catch {
      version = null;
    } finally {
      clearTimeout(timer);
    }
    const checks: ReadinessChecks = {
      store: version === null ? 'unreachable' : 'ok',
      migrations: version === null ? 'unknown' : version >= EXPECTED_SCHEMA_VERSION ? 'ok' : 'behind',
      dispatcher: options.dispatcherRunning() ? 'running' : 'stopped',
    };
    const ok = checks.store === 'ok' && checks.migrations === 'ok' && checks.dispatcher === 'running';
    return { status: options.stopping() ? 'stopping' : ok ? 'ready' : 'notReady', checks };
  };
}
