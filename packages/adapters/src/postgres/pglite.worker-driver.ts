import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Row, SqlExecutor, SqlParam } from './driver.js';
import type { PgliteDriver } from './pglite.driver.js';
import {
  type PgliteAnswer,
  type PgliteRequest,
  type PgliteWorkerData,
  receiveError,
} from './pglite.worker.protocol.js';

/** Requests without their `id`, which the driver numbers. */
type WithoutId<R> = R extends unknown ? Omit<R, 'id'> : never;
type Request = WithoutId<PgliteRequest>;
type Answered = Extract<PgliteAnswer, { ok: true }>;

/**
 * The worker's module. From source (tests, the `participe:source` condition) it is TypeScript,
 * which a worker's own loader cannot read (node 20 ignores `--import` in a worker's
 * `execArgv`): a first module registers tsx's loader in the worker, then imports it.
 */
function startWorker(workerData: PgliteWorkerData): Worker {
  const file = new URL('./pglite.worker.js', import.meta.url);
  if (!import.meta.url.endsWith('.ts')) return new Worker(file, { workerData });
  const source = new URL('./pglite.worker.ts', import.meta.url).href;
  const tsx = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const start = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(start, { eval: true, workerData, execArgv: [] });
}

/** How long `close` waits for the thread to end after the database closed. */
const EXIT_MS = 5_000;

/**
 * PGlite in a thread of its own (`node:worker_threads`): PostgreSQL runs on one core while
 * this thread parses requests, checks them and writes the answers on the other. Every
 * statement is one message each way; a transaction keeps PGlite to itself from BEGIN to its
 * end, so its statements go one round trip at a time while the others wait their turn, in
 * the order they were sent. Resolves once the database is open (rejects if it could not be).
 */
export async function pgliteWorkerDriver(options: PgliteWorkerData = {}): Promise<PgliteDriver> {
  const worker = startWorker(options);
  const pending = new Map<number, { resolve: (a: Answered) => void; reject: (e: Error) => void }>();
  let next = 1;
  let gone: Error | null = null;

  // An idle driver does not keep the process alive, as an idle socket would not.
  const hold = () => (pending.size > 0 ? worker.ref() : worker.unref());
  const fail = (e: Error) => {
    gone ??= e;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
    hold();
  };

  // Until PostgreSQL is open, the worker's first message, an error or its end settle the start.
  let settle: { failed: (e: unknown) => void; exited: (code: number) => void; ready: (a: PgliteAnswer) => void };
  await new Promise<void>((resolve, reject) => {
    settle = {
      failed: reject,
      exited: (code) => reject(new Error(`the PGlite thread ended (exit code ${code}) before it opened`)),
      ready: (a) => ('ready' in a && a.error ? reject(receiveError(a.error)) : resolve()),
    };
    worker.on('error', settle.failed).on('exit', settle.exited).on('message', settle.ready);
  })
    .catch(async (e: unknown) => {
      await worker.terminate();
      throw e;
    })
    .finally(() => {
      worker.off('error', settle.failed).off('exit', settle.exited).off('message', settle.ready);
    });
  worker.on('message', (a: PgliteAnswer) => {
    if ('ready' in a) return;
    const p = pending.get(a.id);
    if (!p) return;
    pending.delete(a.id);
    hold();
    if (a.ok) p.resolve(a);
    else p.reject(receiveError(a.error));
  });
  worker.on('error', (e) => fail(new Error(`the PGlite thread failed: ${e.message}`, { cause: e })));
  worker.on('exit', (code) => fail(new Error(`the PGlite thread has ended (exit code ${code})`)));
  hold();

  const call = (request: Request) =>
    new Promise<Answered>((resolve, reject) => {
      if (gone) return reject(gone);
      const id = next++;
      pending.set(id, { resolve, reject });
      hold();
      worker.postMessage({ ...request, id });
    });

  const executor = (tx?: number): SqlExecutor => ({
    async query<R extends object = Row>(sql: string, params: readonly SqlParam[] = []) {
      const a = await call({ kind: 'query', sql, params: [...params], ...(tx === undefined ? {} : { tx }) });
      return (a.rows ?? []) as R[];
    },
  });

  let closing: Promise<void> | null = null;
  return {
    ...executor(),
    async transaction(fn) {
      const { tx } = await call({ kind: 'begin' });
      let result: Awaited<ReturnType<typeof fn>>;
      try {
        result = await fn(executor(tx));
      } catch (e) {
        await call({ kind: 'end', tx: tx!, commit: false }).catch(() => {}); // the thread may be gone
        throw e;
      }
      await call({ kind: 'end', tx: tx!, commit: true });
      return result;
    },
    statisticsSettled: async () => {
      await call({ kind: 'settled' });
    },
    close() {
      closing ??= (async () => {
        if (gone) return;
        const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
        await call({ kind: 'close' });
        // The thread ends on its own once the database is closed; a stuck one is ended here.
        const timer = setTimeout(() => void worker.terminate(), EXIT_MS);
        await exited;
        clearTimeout(timer);
      })();
      return closing;
    },
  };
}
