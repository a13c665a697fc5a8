import type { ParticipeStore } from '@participe/core';

/** A store that can run several writes as one transaction (the PostgreSQL store). */
export interface TransactionalStore {
  inTransaction<T>(fn: (store: ParticipeStore) => Promise<T>): Promise<T>;
}

const isTransactional = (store: object): store is TransactionalStore =>
  typeof (store as Partial<TransactionalStore>).inTransaction === 'function';

/**
 * Runs `fn` with a store whose writes all commit or all roll back. A store without
 * transactions (memory) runs `fn` as it is: imports check every row before the first write.
 */
export function inTransaction<T>(store: ParticipeStore, fn: (store: ParticipeStore) => Promise<T>): Promise<T> {
  return isTransactional(store) ? store.inTransaction(fn) : fn(store);
}
