/**
 * After a large import, PostgreSQL's planner still believes the table as it
 * was: until autovacuum analyzes it (a minute or more later), a page of the
 * register can be planned as a sort of every row. Analyzing the table right
 * after the import avoids that window. SQLite plans from its indexes and
 * needs nothing.
 */
import { sql } from 'kysely';
import type { Executor } from './database.js';
import type { DB } from './schema.js';

/** Rows written at once from which the planner's statistics are refreshed. */
export const ANALYZE_AFTER_ROWS = 1000;

export const refreshPlannerStatistics = async (
  db: Executor,
  kind: 'sqlite' | 'postgres',
  table: keyof DB,
): Promise<void> => {
  if (kind !== 'postgres') return;
  await sql`analyze ${sql.table(table)}`.execute(db);
};
