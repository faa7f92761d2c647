/**
 * AI system impact assessments (ISO/IEC 42001 6.1.4, 8.4 and A.5; ISO/IEC
 * 42005): one versioned, approvable assessment per AI system. The content is
 * kept as JSON; the next review date is copied beside it so the overview can
 * tell overdue reviews without reading every assessment.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('impact_assessment_version')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) =>
      col.notNull().references('organization.id').onDelete('cascade'),
    )
    .addColumn('ai_system_id', 'text', (col) =>
      col.notNull().references('ai_system.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('next_review_date', 'text')
    .addColumn('author_user_id', 'text', (col) =>
      col.references('user_account.id').onDelete('set null'),
    )
    .addColumn('editor_user_ids', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('revision', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('approved_by_user_id', 'text', (col) =>
      col.references('user_account.id').onDelete('set null'),
    )
    .addColumn('approved_at', 'text')
    .addColumn('superseded_at', 'text')
    .addUniqueConstraint('impact_assessment_version_system_version_unique', [
      'organization_id',
      'ai_system_id',
      'version',
    ])
    .execute();
  // The overview reads the approved and open versions of every system of an organization.
  await db.schema
    .createIndex('impact_assessment_version_org_status_idx')
    .on('impact_assessment_version')
    .columns(['organization_id', 'status'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('impact_assessment_version').execute();
}
