/**
 * Evidence (ISO/IEC 42001 clause 7.5; what a Stage 2 audit samples): an item
 * per piece of evidence with the current version's dates kept beside it for
 * lists and the daily freshness sweep, every version (file by SHA-256 or
 * link) kept, and the item's links to clauses, Annex A controls,
 * organization controls, risks and documents, one row each. The three
 * tables raise the organization's revision like the other registers.
 */
import { PostgresAdapter, sql } from 'kysely';
import type { Kysely } from 'kysely';

const REVISED = ['evidence', 'evidence_version', 'evidence_link'];

const TRIGGER_EVENTS = [
  ['insert', 'new'],
  ['update', 'new'],
  ['delete', 'old'],
] as const;

const addRevisionTriggers = async (db: Kysely<any>) => {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const table of REVISED) {
    if (isPostgres) {
      await sql
        .raw(
          `create trigger ${table}_revision after insert or update or delete on ${table}
           for each row execute function raise_organization_revision()`,
        )
        .execute(db);
      continue;
    }
    for (const [event, row] of TRIGGER_EVENTS) {
      await sql
        .raw(
          `create trigger ${table}_revision_${event} after ${event} on ${table}
           begin
             insert into organization_revision (organization_id, revision)
             values (${row}.organization_id, 1)
             on conflict (organization_id) do update set revision = revision + 1;
           end`,
        )
        .execute(db);
    }
  }
};

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('evidence')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) =>
      col.notNull().references('organization.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('owner_user_id', 'text', (col) =>
      col.references('user_account.id').onDelete('set null'),
    )
    .addColumn('review_frequency_months', 'integer')
    .addColumn('current_version', 'integer', (col) => col.notNull())
    .addColumn('evidence_date', 'text', (col) => col.notNull())
    .addColumn('valid_until', 'text')
    .addColumn('swept_freshness', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('evidence_org_title')
    .on('evidence')
    .columns(['organization_id', 'title'])
    .execute();
  await db.schema
    .createIndex('evidence_org_valid_until')
    .on('evidence')
    .columns(['organization_id', 'valid_until'])
    .execute();

  await db.schema
    .createTable('evidence_version')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('evidence_id', 'text', (col) =>
      col.notNull().references('evidence.id').onDelete('cascade'),
    )
    .addColumn('organization_id', 'text', (col) =>
      col.notNull().references('organization.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('file_sha256', 'text')
    .addColumn('file_size', 'bigint')
    .addColumn('file_type', 'text')
    .addColumn('file_media_type', 'text')
    .addColumn('file_name', 'text')
    .addColumn('url', 'text')
    .addColumn('evidence_date', 'text', (col) => col.notNull())
    .addColumn('given_valid_until', 'text')
    .addColumn('valid_until', 'text')
    .addColumn('note', 'text', (col) => col.notNull())
    .addColumn('created_by_user_id', 'text', (col) =>
      col.references('user_account.id').onDelete('set null'),
    )
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('evidence_version_unique', ['evidence_id', 'version'])
    .execute();
  // Collection asks, per stored file, whether a version references it.
  await db.schema
    .createIndex('evidence_version_file_sha256_idx')
    .on('evidence_version')
    .column('file_sha256')
    .execute();

  await db.schema
    .createTable('evidence_link')
    .addColumn('evidence_id', 'text', (col) =>
      col.notNull().references('evidence.id').onDelete('cascade'),
    )
    .addColumn('organization_id', 'text', (col) =>
      col.notNull().references('organization.id').onDelete('cascade'),
    )
    .addColumn('target_type', 'text', (col) => col.notNull())
    .addColumn('target_id', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('evidence_link_pk', ['evidence_id', 'target_type', 'target_id'])
    .execute();
  await db.schema
    .createIndex('evidence_link_target')
    .on('evidence_link')
    .columns(['organization_id', 'target_type', 'target_id'])
    .execute();
  await addRevisionTriggers(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('evidence_link').execute();
  await db.schema.dropTable('evidence_version').execute();
  await db.schema.dropTable('evidence').execute();
}
