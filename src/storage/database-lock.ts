/**
 * Work that must run once even when several instances start together on one
 * database (migrations, the first start's demo seed). On PostgreSQL the lock
 * is a session advisory lock held on a connection set aside for it, so other
 * instances wait until the work is done and then see its result. The embedded
 * database belongs to one process; there the lock orders the runtimes of that
 * process that open the same file.
 */
import { sql } from 'kysely';
import type { Database } from './database.js';

/** Advisory lock keys are 64-bit integers; ours are fixed per purpose. */
export const LOCKS = { startup: 42_001_001 } as const;

const inProcess = new Map<string, Promise<unknown>>();

const withProcessLock = async <T>(key: string, work: () => Promise<T>): Promise<T> => {
  const before = inProcess.get(key) ?? Promise.resolve();
  const run = before.then(work, work);
  const settled = run.catch(() => undefined);
  inProcess.set(key, settled);
  try {
    return await run;
  } finally {
    if (inProcess.get(key) === settled) inProcess.delete(key);
  }
};

export const withDatabaseLock = async <T>(
  database: Database,
  lock: number,
  work: () => Promise<T>,
): Promise<T> => {
  if (database.kind === 'sqlite') return withProcessLock(`${database.location}#${lock}`, work);
  return database.db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${lock})`.execute(connection);
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(${lock})`.execute(connection);
    }
  });
};
