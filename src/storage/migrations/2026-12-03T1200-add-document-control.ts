/**
 * Document control (ISO/IEC 42001 clause 7.5.3) on the document register: a
 * reference number unique in the organization (ignoring letter case), the
 * retention period and disposition, who may read the document, and the date
 * it becomes due for disposition, kept beside the row so that a job can find
 * what is due without reading every document.
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('document').addColumn('reference_number', 'text').execute();
  await db.schema.alterTable('document').addColumn('retention_months', 'integer').execute();
  await db.schema.alterTable('document').addColumn('disposition', 'text').execute();
  await db.schema
    .alterTable('document')
    .addColumn('read_access', 'text', (col) => col.notNull().defaultTo('all_members'))
    .execute();
  await db.schema
    .alterTable('document')
    .addColumn('read_roles', 'text', (col) => col.notNull().defaultTo('[]'))
    .execute();
  await db.schema.alterTable('document').addColumn('disposition_due_date', 'text').execute();
  // Several documents without a number are fine: both databases let NULLs repeat in a unique index.
  await sql`create unique index document_reference_unique on document (organization_id, lower(reference_number))`.execute(
    db,
  );
  await sql`create index document_disposition_due_idx on document (disposition_due_date) where disposition_due_date is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index document_disposition_due_idx`.execute(db);
  await sql`drop index document_reference_unique`.execute(db);
  for (const column of [
    'disposition_due_date',
    'read_roles',
    'read_access',
    'disposition',
    'retention_months',
    'reference_number',
  ]) {
    await db.schema.alterTable('document').dropColumn(column).execute();
  }
}
