/**
 * Each evidence link carries the valid-until and evidence dates of the item
 * it belongs to (kept in step by the evidence repository), so counting each
 * control's evidence by freshness — the Statement of Applicability's table —
 * reads one index and nothing else. The index replaces the links' target index.
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('evidence_link').addColumn('valid_until', 'text').execute();
  await db.schema
    .alterTable('evidence_link')
    .addColumn('evidence_date', 'text', (col) => col.notNull().defaultTo(''))
    .execute();
  await sql`
    update evidence_link set
      valid_until = (select evidence.valid_until from evidence where evidence.id = evidence_link.evidence_id),
      evidence_date = (select evidence.evidence_date from evidence where evidence.id = evidence_link.evidence_id)
  `.execute(db);
  await db.schema
    .createIndex('evidence_link_target_dates')
    .on('evidence_link')
    .columns(['organization_id', 'target_type', 'target_id', 'valid_until', 'evidence_date'])
    .execute();
  await db.schema.dropIndex('evidence_link_target').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('evidence_link_target')
    .on('evidence_link')
    .columns(['organization_id', 'target_type', 'target_id'])
    .execute();
  await db.schema.dropIndex('evidence_link_target_dates').execute();
  await db.schema.alterTable('evidence_link').dropColumn('evidence_date').execute();
  await db.schema.alterTable('evidence_link').dropColumn('valid_until').execute();
}
