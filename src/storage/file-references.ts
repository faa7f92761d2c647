/**
 * The places that reference a stored file by its SHA-256. A file is kept
 * while any of them names it; a register that attaches files (evidence)
 * adds its column here, and collection then keeps its files too.
 */
import { sql } from 'kysely';
import type { Expression, SqlBool } from 'kysely';
import type { Executor } from './database.js';
import type { DB } from './schema.js';

export interface FileReference {
  readonly table: keyof DB;
  /** A nullable text column holding the lower-case hex SHA-256. */
  readonly column: string;
}

export const FILE_REFERENCES: readonly FileReference[] = [
  { table: 'document_version', column: 'file_sha256' },
  { table: 'evidence_version', column: 'file_sha256' },
];

const IN_LIST_CHUNK = 500;

/** A condition true when no reference names the hash in `shaColumn` (a qualified column). */
export const isUnreferenced = (shaColumn: string): Expression<SqlBool> =>
  sql<SqlBool>`${sql.join(
    FILE_REFERENCES.map(
      ({ table, column }) =>
        sql`not exists (select 1 from ${sql.table(table)} where ${sql.ref(`${table}.${column}`)} = ${sql.ref(shaColumn)})`,
    ),
    sql` and `,
  )}`;

/** The hashes among those given that some record references. */
export const referencedAmong = async (
  executor: Executor,
  sha256s: readonly string[],
): Promise<Set<string>> => {
  const found = new Set<string>();
  for (let start = 0; start < sha256s.length; start += IN_LIST_CHUNK) {
    const chunk = sha256s.slice(start, start + IN_LIST_CHUNK);
    for (const { table, column } of FILE_REFERENCES) {
      const { rows } = await sql<{ sha256: string }>`
        select distinct ${sql.ref(column)} as sha256 from ${sql.table(table)}
        where ${sql.ref(column)} in (${sql.join(chunk)})`.execute(executor);
      for (const row of rows) found.add(row.sha256);
    }
  }
  return found;
};

/** Every hash some record references, in order. */
export const allReferenced = async (executor: Executor): Promise<string[]> => {
  const found = new Set<string>();
  for (const { table, column } of FILE_REFERENCES) {
    const { rows } = await sql<{ sha256: string }>`
      select distinct ${sql.ref(column)} as sha256 from ${sql.table(table)}
      where ${sql.ref(column)} is not null`.execute(executor);
    for (const row of rows) found.add(row.sha256);
  }
  return [...found].sort();
};
