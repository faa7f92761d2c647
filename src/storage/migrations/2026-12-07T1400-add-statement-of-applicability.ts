/**
 * The Statement of Applicability (ISO/IEC 42001 6.1.3 d): one row per
 * control that somebody decided about (Annex A control id or organization
 * control reference; controls nobody touched read as undecided), and the
 * approved versions, each freezing every entry with its derived links as one
 * JSON snapshot beside the lifecycle columns every approvable version has,
 * the preparer's summary of the change and when it was published.
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('soa_entry')
    .addColumn('organization_id', 'text', (col) =>
      col.notNull().references('organization.id').onDelete('cascade'),
    )
    .addColumn('control_id', 'text', (col) => col.notNull())
    .addColumn('applicability', 'text', (col) =>
      col.notNull().check(sql`applicability in ('undecided', 'applicable', 'not_applicable')`),
    )
    .addColumn('justification', 'text', (col) => col.notNull())
    .addColumn('implementation_status', 'text', (col) =>
      col
        .notNull()
        .check(
          sql`implementation_status in ('not_started', 'planned', 'partially_implemented', 'implemented')`,
        ),
    )
    .addColumn('owner_user_id', 'text', (col) =>
      col.references('user_account.id').onDelete('set null'),
    )
    .addColumn('review_date', 'text')
    .addColumn('review_flagged_for', 'text')
    .addColumn('updated_by_user_id', 'text', (col) =>
      col.references('user_account.id').onDelete('set null'),
    )
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('soa_entry_pk', ['organization_id', 'control_id'])
    .execute();

  await db.schema
    .createTable('soa_version')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) =>
      col.notNull().references('organization.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('snapshot', 'text', (col) => col.notNull())
    .addColumn('summary', 'text', (col) => col.notNull())
    .addColumn('change_summary', 'text', (col) => col.notNull())
    .addColumn('author_user_id', 'text', (col) =>
      col.references('user_account.id').onDelete('set null'),
    )
    .addColumn('editor_user_ids', 'text', (col) => col.notNull())
    .addColumn('revision', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('approved_by_user_id', 'text', (col) =>
      col.references('user_account.id').onDelete('set null'),
    )
    .addColumn('approved_at', 'text')
    .addColumn('superseded_at', 'text')
    .addColumn('published_at', 'text')
    .addColumn('published_by_user_id', 'text', (col) =>
      col.references('user_account.id').onDelete('set null'),
    )
    .addUniqueConstraint('soa_version_org_version_unique', ['organization_id', 'version'])
    .execute();
  // At most one open version and at most one published version per organization.
  await sql`create unique index soa_version_one_open on soa_version (organization_id) where status in ('draft', 'in_review')`.execute(
    db,
  );
  await sql`create unique index soa_version_one_published on soa_version (organization_id) where published_at is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('soa_version').execute();
  await db.schema.dropTable('soa_entry').execute();
}
