/**
 * The row operations every register table shares — find, insert (one or in
 * chunks), update and delete one row of an organization — over a table whose
 * rows carry `id`, `organization_id` and `created_at`. A repository supplies
 * its table name and its row mappings, and keeps its own list query.
 */
import type { Kysely } from 'kysely';
import type { Executor } from './database.js';
import type { DB } from './schema.js';

export type RegisterTableName =
  | 'ai_system'
  | 'obligation'
  | 'context_issue'
  | 'interested_party'
  | 'objective'
  | 'risk'
  | 'organization_control'
  | 'evidence';

interface KeyedRow {
  id: string;
  organization_id: string;
  created_at: string;
}

/** The tables seen by their shared columns only, which is all these operations touch. */
type KeyedTables = Record<RegisterTableName, KeyedRow>;

const CHUNK = 200;

export const registerRows = <T extends { id: string; organizationId: string }, R extends KeyedRow>(
  table: RegisterTableName,
  toRow: (record: T) => R,
  fromRow: (row: R) => T,
) => {
  const keyed = (db: Executor) => db as unknown as Kysely<KeyedTables>;
  return {
    find: async (db: Executor, organizationId: string, id: string): Promise<T | undefined> => {
      const row = await keyed(db)
        .selectFrom(table)
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && fromRow(row as unknown as R);
    },

    insert: async (db: Executor, record: T): Promise<void> => {
      await keyed(db).insertInto(table).values(toRow(record)).execute();
    },

    /** Inserts many rows in chunks (an import's). */
    insertMany: async (db: Executor, records: readonly T[]): Promise<void> => {
      for (let start = 0; start < records.length; start += CHUNK)
        await keyed(db)
          .insertInto(table)
          .values(records.slice(start, start + CHUNK).map(toRow))
          .execute();
    },

    /** Writes every column but the keys and the creation time. */
    update: async (db: Executor, record: T): Promise<void> => {
      const { id: _id, organization_id: _org, created_at: _created, ...changes } = toRow(record);
      await keyed(db)
        .updateTable(table)
        .set(changes as Partial<KeyedRow>)
        .where('organization_id', '=', record.organizationId)
        .where('id', '=', record.id)
        .execute();
    },

    remove: async (db: Executor, organizationId: string, id: string): Promise<void> => {
      await keyed(db)
        .deleteFrom(table)
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .execute();
    },
  };
};

/** Keeps the schema's table list and this helper's in step. */
export type RegisterTableRow<K extends RegisterTableName> = DB[K];
