/**
 * Indexes for the audit trail's filters within an organization's chain, each
 * ending on the sequence so a filtered page is read newest first off the
 * index: by actor, by action (also the list of actions), by record, by time.
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/** Index name → the columns after the chain. */
export const AUDIT_FILTER_INDEXES = {
  audit_log_entry_actor_idx: 'chain, actor_user_id, sequence',
  audit_log_entry_action_idx: 'chain, action, sequence',
  audit_log_entry_record_idx: 'chain, entity_id, sequence',
  audit_log_entry_at_idx: 'chain, at',
} as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, columns] of Object.entries(AUDIT_FILTER_INDEXES)) {
    await sql`create index ${sql.id(name)} on audit_log_entry (${sql.raw(columns)})`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of Object.keys(AUDIT_FILTER_INDEXES)) {
    await sql`drop index ${sql.id(name)}`.execute(db);
  }
}
