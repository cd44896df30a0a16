import type { Db } from '@rota/db';

/** Runs `work` in a transaction; `db.transaction` passes a transaction that is itself a `Db`. */
export function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(tx as unknown as Db));
}
