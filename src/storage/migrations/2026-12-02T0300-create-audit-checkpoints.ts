/** Signed checkpoints of the audit trail: each chain's length and newest hash at a moment. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_checkpoint')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('checkpoint_json', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('audit_checkpoint_created_idx')
    .on('audit_checkpoint')
    .column('created_at')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_checkpoint').execute();
}
