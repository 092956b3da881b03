import { type DataSource, type EntityManager } from 'typeorm';

const queues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * One transaction per write. better-sqlite3 has one connection and throws on overlapping
 * transactions, so on SQLite writes go through a queue per DataSource; PostgreSQL runs them
 * concurrently and relies on row locks.
 */
export function inTransaction<T>(
  ds: DataSource,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  if (ds.options.type !== 'better-sqlite3') return ds.transaction(work);
  const previous = queues.get(ds) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => ds.transaction(work));
  queues.set(ds, run);
  return run;
}
