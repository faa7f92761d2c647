/**
 * A register's text search: a case-insensitive substring match over its
 * searched columns, served by the search indexes where they can serve it
 * (storage/migrations/…-add-register-search-indexes.ts).
 */
import { SqliteAdapter, sql } from 'kysely';
import type { Executor } from './database.js';
import {
  REGISTER_SEARCH_COLUMNS,
  searchTableOf,
} from './migrations/2026-12-03T0200-add-register-search-indexes.js';
import type { SearchedTable } from './migrations/2026-12-03T0200-add-register-search-indexes.js';
import { searchAny } from './sql-helpers.js';

/** The trigram index finds only what is at least this many characters long. */
const SHORTEST_INDEXED = 3;

/** An FTS5 phrase: the text matched as it stands, quotes doubled. */
const phraseOf = (search: string) => `"${search.replaceAll('"', '""')}"`;

export const matchesSearch = (db: Executor, table: SearchedTable, search: string) => {
  const columns = REGISTER_SEARCH_COLUMNS[table].map((column) => `${table}.${column}`);
  const isSqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  // PostgreSQL's planner picks the trigram indexes for `lower(column) like` itself.
  if (!isSqlite || [...search].length < SHORTEST_INDEXED) return searchAny(columns, search);
  const index = sql.table(searchTableOf(table));
  return sql<boolean>`${sql.ref(`${table}.rowid`)} in (select rowid from ${index} where ${index} match ${phraseOf(search)})`;
};
