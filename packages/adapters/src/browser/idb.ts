/**
 * A key–value table in IndexedDB: one database, one object store, out-of-line keys.
 * Small on purpose: drafts and the outbox need `get`, `put`, `delete` and `values`, nothing
 * more, and a dependency would cost more bytes than these lines.
 */
export interface KeyValueTable<T> {
  get(key: string): Promise<T | undefined>;
  /** Resolves once the write is committed (strict durability where the browser offers it). */
  put(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
  values(): Promise<T[]>;
}

const committed = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('Transaction aborted', 'AbortError'));
  });

function open(dbName: string, storeName: string, onClose: () => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    request.onsuccess = () => {
      const db = request.result;
      // Another tab (or a test) wants to upgrade or delete the database: step aside, and
      // reopen on next use.
      db.onversionchange = () => {
        db.close();
        onClose();
      };
      db.onclose = onClose;
      resolve(db);
    };
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new DOMException(`${dbName} is blocked by another tab`, 'InvalidStateError'));
  });
}

/**
 * Opens `storeName` in the database `dbName`. Where IndexedDB is missing or refused (some
 * private modes), the table lives in memory for the life of the page: the form still works,
 * only the reload-proofing is lost.
 */
export function keyValueTable<T>(dbName: string, storeName: string): KeyValueTable<T> {
  let db: Promise<IDBDatabase> | undefined;
  const memory = new Map<string, T>();
  let inMemory = typeof indexedDB === 'undefined';

  const connect = () => {
    db ??= open(dbName, storeName, () => {
      db = undefined;
    });
    return db;
  };

  /** `undefined` once the table lives in memory (IndexedDB refused, or missing). */
  async function run<R>(mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest) {
    if (inMemory) return undefined;
    let database: IDBDatabase;
    try {
      database = await connect();
    } catch {
      inMemory = true;
      db = undefined;
      return undefined;
    }
    const tx = database.transaction(storeName, mode, { durability: 'strict' });
    const request = use(tx.objectStore(storeName));
    // A failed request aborts its transaction: `committed` rejects with its error.
    await committed(tx);
    return request.result as R;
  }

  return {
    get: async (key) => (await run<T | undefined>('readonly', (s) => s.get(key))) ?? memory.get(key),
    async put(key, value) {
      await run('readwrite', (s) => s.put(value, key));
      if (inMemory) memory.set(key, value);
    },
    async delete(key) {
      await run('readwrite', (s) => s.delete(key));
      memory.delete(key);
    },
    values: async () => (await run<T[]>('readonly', (s) => s.getAll())) ?? [...memory.values()],
  };
}
