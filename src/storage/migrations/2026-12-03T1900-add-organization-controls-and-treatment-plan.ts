/**
 * The organization's own controls (ISO/IEC 42001 6.1.3: controls beyond
 * Annex A), each with a reference such as `ORG-1` unique in the
 * organization; and the versions of the AI risk treatment plan, each
 * freezing the plan as one JSON snapshot beside the lifecycle columns every
 * approvable version has. Both raise the organization's revision like the
 * other registers' tables (…-create-organization-revision.ts).
 */
import { PostgresAdapter, sql } from 'kysely';
import type { Kysely } from 'kysely';

const REVISED = ['organization_control', 'risk_treatment_plan_version'];

const isPostgresOf = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

const TRIGGER_EVENTS = [
  ['insert', 'new'],
  ['update', 'new'],
  ['delete', 'old'],
] as const;

const addRevisionTriggers = async (db: Kysely<any>) => {
  for (const table of REVISED) {
    if (isPostgresOf(db)) {
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
    .createTable('organization_control')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) =>
      col.notNull().references('organization.id').onDelete('cascade'),
    )
    .addColumn('reference', 'text', (col) => col.notNull())
    .addColumn('reference_sort_key', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('owner_user_id', 'text', (col) =>
      col.references('user_account.id').onDelete('set null'),
    )
    .addColumn('annex_a_control_id', 'text')
    .addColumn('annex_a_objective_id', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('organization_control_org_reference_unique', [
      'organization_id',
      'reference',
    ])
    .execute();
  await db.schema
    .createIndex('organization_control_org_sort')
    .on('organization_control')
    .columns(['organization_id', 'reference_sort_key'])
    .execute();

  await db.schema
    .createTable('risk_treatment_plan_version')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) =>
      col.notNull().references('organization.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('snapshot', 'text', (col) => col.notNull())
    .addColumn('summary', 'text', (col) => col.notNull())
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
    .addUniqueConstraint('risk_treatment_plan_version_org_version_unique', [
      'organization_id',
      'version',
    ])
    .execute();
  await addRevisionTriggers(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('risk_treatment_plan_version').execute();
  await db.schema.dropTable('organization_control').execute();
}
