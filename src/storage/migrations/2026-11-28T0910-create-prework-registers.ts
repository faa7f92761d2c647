/**
 * Pre-work registers: AIMS scope versions, context issues, interested parties,
 * obligations, controlled documents and their versions, AI objectives and
 * their measurements.
 */
import type { ColumnDefinitionBuilder, Kysely } from 'kysely';

type Column = (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;

const orgColumn: Column = (col) => col.notNull().references('organization.id').onDelete('cascade');
const userColumn: Column = (col) => col.references('user_account.id').onDelete('set null');

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('scope_version')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', orgColumn)
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('statement', 'text', (col) => col.notNull())
    .addColumn('organizational_units', 'text', (col) => col.notNull())
    .addColumn('sites', 'text', (col) => col.notNull())
    .addColumn('processes', 'text', (col) => col.notNull())
    .addColumn('ai_system_ids', 'text', (col) => col.notNull())
    .addColumn('interfaces', 'text', (col) => col.notNull())
    .addColumn('exclusions', 'text', (col) => col.notNull())
    .addColumn('ai_roles', 'text', (col) => col.notNull())
    .addColumn('author_user_id', 'text', userColumn)
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('approved_by_user_id', 'text', userColumn)
    .addColumn('approved_at', 'text')
    .addColumn('superseded_at', 'text')
    .addUniqueConstraint('scope_version_org_version_unique', ['organization_id', 'version'])
    .execute();

  await db.schema
    .createTable('context_issue')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', orgColumn)
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('is_climate_relevant', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('context_issue_org_idx')
    .on('context_issue')
    .column('organization_id')
    .execute();

  await db.schema
    .createTable('interested_party')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', orgColumn)
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('requirements', 'text', (col) => col.notNull())
    .addColumn('notes', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('interested_party_org_name_unique', ['organization_id', 'name'])
    .execute();

  await db.schema
    .createTable('obligation')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', orgColumn)
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('reference', 'text', (col) => col.notNull())
    .addColumn('requirement', 'text', (col) => col.notNull())
    .addColumn('ai_system_ids', 'text', (col) => col.notNull())
    .addColumn('owner_user_id', 'text', userColumn)
    .addColumn('compliance_status', 'text', (col) => col.notNull())
    .addColumn('next_review_date', 'text')
    .addColumn('notes', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('obligation_org_idx')
    .on('obligation')
    .column('organization_id')
    .execute();

  await db.schema
    .createTable('document')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', orgColumn)
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('owner_user_id', 'text', userColumn)
    .addColumn('review_interval_months', 'integer', (col) => col.notNull())
    .addColumn('fulfils', 'text', (col) => col.notNull())
    .addColumn('retired_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('document_org_title_unique', ['organization_id', 'title'])
    .execute();

  await db.schema
    .createTable('document_version')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('document_id', 'text', (col) =>
      col.notNull().references('document.id').onDelete('cascade'),
    )
    .addColumn('organization_id', 'text', orgColumn)
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('body_markdown', 'text', (col) => col.notNull())
    .addColumn('file_sha256', 'text')
    .addColumn('file_name', 'text')
    .addColumn('file_size', 'integer')
    .addColumn('file_media_type', 'text')
    .addColumn('change_note', 'text', (col) => col.notNull())
    .addColumn('author_user_id', 'text', userColumn)
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('approved_by_user_id', 'text', userColumn)
    .addColumn('approved_at', 'text')
    .addColumn('superseded_at', 'text')
    .addUniqueConstraint('document_version_doc_version_unique', ['document_id', 'version'])
    .execute();

  await db.schema
    .createTable('objective')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', orgColumn)
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('metric', 'text', (col) => col.notNull())
    .addColumn('unit', 'text', (col) => col.notNull())
    .addColumn('target_value', 'double precision', (col) => col.notNull())
    .addColumn('direction', 'text', (col) => col.notNull())
    .addColumn('owner_user_id', 'text', userColumn)
    .addColumn('due_date', 'text')
    .addColumn('plan', 'text', (col) => col.notNull())
    .addColumn('annex_c_objective_id', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('objective_org_idx')
    .on('objective')
    .column('organization_id')
    .execute();

  await db.schema
    .createTable('objective_measurement')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('objective_id', 'text', (col) =>
      col.notNull().references('objective.id').onDelete('cascade'),
    )
    .addColumn('organization_id', 'text', orgColumn)
    .addColumn('measured_on', 'text', (col) => col.notNull())
    .addColumn('value', 'double precision', (col) => col.notNull())
    .addColumn('note', 'text', (col) => col.notNull())
    .addColumn('recorded_by_user_id', 'text', userColumn)
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('objective_measurement_objective_idx')
    .on('objective_measurement')
    .columns(['objective_id', 'measured_on'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'objective_measurement',
    'objective',
    'document_version',
    'document',
    'obligation',
    'interested_party',
    'context_issue',
    'scope_version',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
