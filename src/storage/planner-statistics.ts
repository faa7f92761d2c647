/**
 * After a large import, PostgreSQL's planner still believes the table as it
 * was: until autovacuum analyzes it (a minute or more later), a page of the
 * register can be planned as a sort of every row. Analyzing the table right
 * after the import avoids that window. SQLite plans from its indexes and
 * needs nothing.
 *
 * The same goes for the trigram indexes that serve search: GIN gathers new
 * entries in a pending list, and while a large one waits for autovacuum the
 * planner prices every search through the index above reading all rows.
 * Merging the list right away keeps search on the index.
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
  await sql`
    select gin_clean_pending_list(index_entry.indexrelid)
    from pg_index index_entry
    join pg_class index_class on index_class.oid = index_entry.indexrelid
    join pg_am access_method on access_method.oid = index_class.relam
    where index_entry.indrelid = ${table}::regclass and access_method.amname = 'gin'`.execute(db);
};
