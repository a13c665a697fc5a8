// The messages between `pgliteWorkerDriver` (the API's thread) and `pglite.worker` (the thread
// that runs PostgreSQL). One request, one answer with the same `id`; answers come in any order.
import type { Row, SqlParam } from './driver.js';

/** What the worker is started with (`workerData`). */
export interface PgliteWorkerData {
  /** PGlite's folder; in memory when omitted. */
  dataDir?: string;
  /** `false`: no background ANALYZE (see `pgliteDriver`). @default true */
  analyze?: boolean;
}

export type PgliteRequest =
  /** One statement; inside the open transaction `tx` when given. */
  | { id: number; kind: 'query'; sql: string; params: SqlParam[]; tx?: number }
  /** Waits for its turn, sends BEGIN and answers with the transaction's number. */
  | { id: number; kind: 'begin' }
  /** COMMIT (`commit: true`) or ROLLBACK of the transaction `tx`. */
  | { id: number; kind: 'end'; tx: number; commit: boolean }
  | { id: number; kind: 'settled' }
  | { id: number; kind: 'close' };

/** A PostgreSQL error as plain data: its message and fields (`code`, `constraint`, `detail`…). */
export interface SentError {
  message: string;
  fields: Record<string, string | number | boolean>;
}

export type PgliteAnswer =
  | { id: number; ok: true; rows?: Row[]; tx?: number }
  | { id: number; ok: false; error: SentError }
  /** Sent once, when PostgreSQL is open (`error` when it could not be). */
  | { id: 0; ready: true; error?: SentError };

/** Keeps an error's own fields of plain values: a thread boundary drops the rest. */
export function sendError(e: unknown): SentError {
  if (!(e instanceof Error)) return { message: String(e), fields: {} };
  const fields: SentError['fields'] = {};
  for (const [k, v] of Object.entries(e)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') fields[k] = v;
  }
  return { message: e.message, fields };
}

/** The error again, on the receiving thread: `pgErrorOf` reads its `code` and `constraint`. */
export function receiveError(sent: SentError): Error {
  return Object.assign(new Error(sent.message), sent.fields);
}
