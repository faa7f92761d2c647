/**
 * Password-guess counters. `countAttempt` reads and writes every counter of
 * one attempt inside the caller's transaction with the rows locked
 * (PostgreSQL) or the database's single writer (SQLite), so attempts arriving
 * together are counted one after another.
 */
import type { ThrottleCount } from '../domain/account/throttle.js';
import type { Executor } from './database.js';

const EMPTY: ThrottleCount = { failures: 0, lastFailureAt: null, blockedUntil: null };

/** The counters of the keys given, locked until the transaction ends. */
export const lockThrottleCounts = async (
  trx: Executor,
  kind: 'sqlite' | 'postgres',
  keys: readonly string[],
): Promise<Map<string, ThrottleCount>> => {
  await trx
    .insertInto('login_throttle')
    .values(keys.map((key) => ({ key, failures: 0, last_failure_at: null, blocked_until: null })))
    .onConflict((conflict) => conflict.column('key').doNothing())
    .execute();
  let query = trx
    .selectFrom('login_throttle')
    .select(['key', 'failures', 'last_failure_at', 'blocked_until'])
    .where('key', 'in', keys)
    .orderBy('key');
  if (kind === 'postgres') query = query.forUpdate();
  const rows = await query.execute();
  const counts = new Map<string, ThrottleCount>(keys.map((key) => [key, EMPTY]));
  for (const row of rows) {
    counts.set(row.key, {
      failures: row.failures,
      lastFailureAt: row.last_failure_at,
      blockedUntil: row.blocked_until,
    });
  }
  return counts;
};

export const saveThrottleCount = async (trx: Executor, key: string, count: ThrottleCount) => {
  await trx
    .updateTable('login_throttle')
    .set({
      failures: count.failures,
      last_failure_at: count.lastFailureAt,
      blocked_until: count.blockedUntil,
    })
    .where('key', '=', key)
    .execute();
};

/** Clears counters a success proved wrong, and every counter forgotten since `staleBefore`. */
export const clearThrottleCounts = async (
  db: Executor,
  keys: readonly string[],
  staleBefore: string,
): Promise<void> => {
  await db
    .deleteFrom('login_throttle')
    .where((eb) =>
      eb.or([
        ...(keys.length > 0 ? [eb('key', 'in', keys)] : []),
        eb('last_failure_at', '<', staleBefore),
      ]),
    )
    .execute();
};
