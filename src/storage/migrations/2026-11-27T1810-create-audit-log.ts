/** The append-only, hash-chained audit log. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_log_entry')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('chain', 'text', (col) => col.notNull())
    .addColumn('sequence', 'integer', (col) => col.notNull())
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('organization_id', 'text')
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_label', 'text', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('entity_type', 'text', (col) => col.notNull())
    .addColumn('entity_id', 'text', (col) => col.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('previous_hash', 'text', (col) => col.notNull())
    .addColumn('hash', 'text', (col) => col.notNull())
    .addUniqueConstraint('audit_log_entry_chain_sequence_unique', ['chain', 'sequence'])
    .execute();
  await db.schema
    .createIndex('audit_log_entry_org_at_idx')
    .on('audit_log_entry')
    .columns(['organization_id', 'at'])
    .execute();
  await db.schema
    .createIndex('audit_log_entry_entity_idx')
    .on('audit_log_entry')
    .columns(['entity_type', 'entity_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_log_entry').execute();
}
