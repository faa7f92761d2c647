/**
 * Indexes that serve a register's text search, so a search for a few
 * characters reads the rows that contain them rather than every row's text.
 *
 * - SQLite: an FTS5 table per register over its searched columns, with the
 *   trigram tokenizer (a substring of three characters or more is found
 *   through the index). It holds no copy of the text: it reads the
 *   register's own rows by rowid, and triggers keep it in step.
 * - PostgreSQL: a trigram GIN index on each searched column (pg_trgm), when
 *   the server offers the extension and lets the database owner create it.
 *   Without it search still works, by reading the organization's rows.
 */
import { PostgresAdapter, sql } from 'kysely';
import type { Kysely } from 'kysely';

/** Register table → the columns its search looks in. */
export const REGISTER_SEARCH_COLUMNS = {
  ai_system: ['name', 'purpose'],
  context_issue: ['title', 'description'],
  interested_party: ['name', 'notes'],
  objective: ['title', 'metric', 'plan'],
  obligation: ['source', 'reference', 'requirement'],
} as const;

export type SearchedTable = keyof typeof REGISTER_SEARCH_COLUMNS;

/** The SQLite FTS5 table that indexes a register's searched text. */
export const searchTableOf = (table: SearchedTable) => `${table}_search`;

/** The PostgreSQL trigram index on one searched column. */
export const trigramIndexOf = (table: SearchedTable, column: string) =>
  `${table}_${column}_trgm_idx`;

const entries = () =>
  Object.entries(REGISTER_SEARCH_COLUMNS) as [SearchedTable, readonly string[]][];

const upSqlite = async (db: Kysely<any>) => {
  for (const [table, columns] of entries()) {
    const search = searchTableOf(table);
    const list = columns.join(', ');
    const values = (row: 'new' | 'old') => columns.map((column) => `${row}.${column}`).join(', ');
    await sql
      .raw(
        `create virtual table ${search} using fts5(${list}, content='${table}', content_rowid='rowid', tokenize='trigram')`,
      )
      .execute(db);
    const remove = `insert into ${search} (${search}, rowid, ${list}) values ('delete', old.rowid, ${values('old')});`;
    const add = `insert into ${search} (rowid, ${list}) values (new.rowid, ${values('new')});`;
    await sql
      .raw(`create trigger ${search}_insert after insert on ${table} begin ${add} end`)
      .execute(db);
    await sql
      .raw(`create trigger ${search}_delete after delete on ${table} begin ${remove} end`)
      .execute(db);
    await sql
      .raw(
        `create trigger ${search}_update after update of ${list} on ${table} begin ${remove} ${add} end`,
      )
      .execute(db);
    await sql.raw(`insert into ${search} (${search}) values ('rebuild')`).execute(db);
  }
};

const upPostgres = async (db: Kysely<any>) => {
  // Refused (not offered, or not permitted) leaves search as it was: no index.
  await sql`
    do $$ begin
      create extension if not exists pg_trgm;
    exception when others then
      raise notice 'pg_trgm is not available: register search reads every row of an organization';
    end $$`.execute(db);
  const { rows } = await sql<{
    found: number;
  }>`select count(*)::int as found from pg_extension where extname = 'pg_trgm'`.execute(db);
  if (!rows[0]?.found) return;
  for (const [table, columns] of entries()) {
    for (const column of columns) {
      await sql
        .raw(
          `create index ${trigramIndexOf(table, column)} on ${table} using gin (lower(${column}) gin_trgm_ops)`,
        )
        .execute(db);
    }
  }
};

export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) await upPostgres(db);
  else await upSqlite(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const [table, columns] of entries()) {
    if (isPostgres) {
      for (const column of columns) {
        await sql.raw(`drop index if exists ${trigramIndexOf(table, column)}`).execute(db);
      }
    } else {
      const search = searchTableOf(table);
      for (const event of ['insert', 'delete', 'update']) {
        await sql.raw(`drop trigger ${search}_${event}`).execute(db);
      }
      await sql.raw(`drop table ${search}`).execute(db);
    }
  }
}
