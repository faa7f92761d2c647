/**
 * Indexes that serve each register's default order within an organization,
 * so a page is read off the index in order (no sort of every row) and the
 * count is answered from the index alone.
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/** Index name → table and the columns of the register's default order, tie-broken by id. */
export const REGISTER_SORT_INDEXES = {
  ai_system_list_idx: ['ai_system', 'organization_id, lower(name), id'],
  obligation_list_idx: ['obligation', 'organization_id, lower(source), lower(reference), id'],
  objective_list_idx: ['objective', 'organization_id, lower(title), id'],
  context_issue_list_idx: ['context_issue', 'organization_id, kind, lower(title), id'],
  interested_party_list_idx: ['interested_party', 'organization_id, kind, lower(name), id'],
} as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, [table, columns]] of Object.entries(REGISTER_SORT_INDEXES)) {
    await sql`create index ${sql.id(name)} on ${sql.table(table)} (${sql.raw(columns)})`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of Object.keys(REGISTER_SORT_INDEXES)) {
    await sql`drop index ${sql.id(name)}`.execute(db);
  }
}
