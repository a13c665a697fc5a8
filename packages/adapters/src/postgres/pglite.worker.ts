// The thread that runs PostgreSQL (PGlite) for `pgliteWorkerDriver`: it opens the database,
// answers each request of the API's thread, and closes the database when asked. Requests are
// taken in the order they arrive, and PGlite runs them in that order too (a statement sent
// while a transaction is open waits for its end, as in one thread).
import { parentPort, workerData } from 'node:worker_threads';
import type { SqlExecutor } from './driver.js';
import { openPglite, pgliteDriver } from './pglite.driver.js';
import { type PgliteAnswer, type PgliteRequest, type PgliteWorkerData, sendError } from './pglite.worker.protocol.js';

const port = parentPort;
if (!port) throw new Error('pglite.worker runs in a worker thread (see pgliteWorkerDriver)');
const data = (workerData ?? {}) as PgliteWorkerData;
const answer = (a: PgliteAnswer) => port.postMessage(a);

/** Thrown into PGlite's transaction to make it roll back; never reaches the API's thread. */
const ROLLBACK = Symbol('rollback');

interface OpenTransaction {
  tx: SqlExecutor;
  end: (commit: boolean) => void;
  /** `null` once committed or rolled back as asked, the error otherwise. */
  outcome: Promise<unknown>;
}

try {
  const driver = pgliteDriver(await openPglite(data.dataDir), { analyze: data.analyze !== false });
  const open = new Map<number, OpenTransaction>();
  let next = 1;

  const run = async (m: PgliteRequest): Promise<PgliteAnswer> => {
    switch (m.kind) {
      case 'query': {
        const on = m.tx === undefined ? driver : open.get(m.tx)?.tx;
        if (!on) throw new Error(`transaction ${m.tx} is no longer open`);
        return { id: m.id, ok: true, rows: await on.query(m.sql, m.params) };
      }
      case 'begin': {
        const number = next++;
        let end!: (commit: boolean) => void;
        const ended = new Promise<boolean>((resolve) => {
          end = resolve;
        });
        let began!: () => void;
        const begun = new Promise<void>((resolve) => {
          began = resolve;
        });
        const done = driver.transaction(async (tx) => {
          open.get(number)!.tx = tx;
          began();
          if (!(await ended)) throw ROLLBACK;
        });
        const outcome = done.then(
          () => null,
          (e: unknown) => (e === ROLLBACK ? null : e),
        );
        open.set(number, { tx: driver, end, outcome });
        void outcome.finally(() => open.delete(number));
        // BEGIN itself may fail: then the transaction ends before it began.
        const failed = await Promise.race([begun.then(() => null), outcome]);
        if (failed) throw failed;
        return { id: m.id, ok: true, tx: number };
      }
      case 'end': {
        const t = open.get(m.tx);
        if (!t) throw new Error(`transaction ${m.tx} is no longer open`);
        t.end(m.commit);
        const failed = await t.outcome;
        if (failed) throw failed;
        return { id: m.id, ok: true };
      }
      case 'settled':
        await driver.statisticsSettled();
        return { id: m.id, ok: true };
      case 'close':
        for (const t of open.values()) t.end(false);
        await driver.close();
        return { id: m.id, ok: true };
    }
  };

  port.on('message', (m: PgliteRequest) => {
    void run(m)
      .then(answer, (e: unknown) => answer({ id: m.id, ok: false, error: sendError(e) }))
      // The database closed and its answer sent, nothing keeps this thread alive: it ends.
      .finally(() => m.kind === 'close' && port.unref());
  });
  answer({ id: 0, ready: true });
} catch (e) {
  answer({ id: 0, ready: true, error: sendError(e) });
}
