/**
 * The AI risk register (ISO/IEC 42001 6.1.2, 6.1.3, 8.2, 8.3): risks and
 * opportunities, each scored against the risk criteria version in force when
 * it was assessed (kept with it, with the levels it gave); their treatment
 * actions linking Annex A and organization controls; and the acceptances of
 * residual risk, each its own record with its acceptor, rationale and expiry.
 */
import { PostgresAdapter, sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * The tables the risk register's pages are read from (the criteria give the
 * levels shown), which raise the organization's revision like the other
 * registers' (…-create-organization-revision.ts).
 */
const REVISED = ['risk', 'risk_treatment_action', 'risk_acceptance', 'risk_criteria_version'];

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
    for (const [event, row] of [
      ['insert', 'new'],
      ['update', 'new'],
      ['delete', 'old'],
    ] as const) {
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

const orgColumn = (table: ReturnType<Kysely<any>['schema']['createTable']>) =>
  table
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) =>
      col.notNull().references('organization.id').onDelete('cascade'),
    );

export async function up(db: Kysely<any>): Promise<void> {
  await orgColumn(db.schema.createTable('risk'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('statement', 'text', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('annex_c_risk_source_id', 'text')
    .addColumn('annex_c_objective_ids', 'text', (col) => col.notNull())
    .addColumn('ai_system_ids', 'text', (col) => col.notNull())
    .addColumn('consequences_for_organization', 'text', (col) => col.notNull())
    .addColumn('consequences_for_individuals', 'text', (col) => col.notNull())
    .addColumn('existing_controls', 'text', (col) => col.notNull())
    .addColumn('owner_user_id', 'text', (col) =>
      col.references('user_account.id').onDelete('set null'),
    )
    .addColumn('criteria_version_id', 'text')
    .addColumn('likelihood', 'integer')
    .addColumn('consequence', 'integer')
    .addColumn('inherent_level', 'text')
    .addColumn('inherent_rank', 'integer')
    .addColumn('treatment_option', 'text')
    .addColumn('treatment_due_date', 'text')
    .addColumn('residual_likelihood', 'integer')
    .addColumn('residual_consequence', 'integer')
    .addColumn('residual_level', 'text')
    .addColumn('residual_rank', 'integer')
    .addColumn('review_date', 'text')
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('accepted_until', 'text')
    .addColumn('acceptance_requested_by_user_id', 'text', (col) =>
      col.references('user_account.id').onDelete('set null'),
    )
    .addColumn('impact_assessment_id', 'text')
    .addColumn('impact_id', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('risk_org_status')
    .on('risk')
    .columns(['organization_id', 'status'])
    .execute();
  await db.schema
    .createIndex('risk_org_residual')
    .on('risk')
    .columns(['organization_id', 'residual_rank', 'inherent_rank'])
    .execute();
  await db.schema
    .createIndex('risk_org_updated')
    .on('risk')
    .columns(['organization_id', 'updated_at'])
    .execute();
  await db.schema
    .createIndex('risk_org_accepted_until')
    .on('risk')
    .columns(['status', 'accepted_until'])
    .execute();

  await orgColumn(db.schema.createTable('risk_treatment_action'))
    .addColumn('risk_id', 'text', (col) => col.notNull().references('risk.id').onDelete('cascade'))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('annex_a_control_ids', 'text', (col) => col.notNull())
    .addColumn('organization_control_ids', 'text', (col) => col.notNull())
    .addColumn('owner_user_id', 'text', (col) =>
      col.references('user_account.id').onDelete('set null'),
    )
    .addColumn('due_date', 'text')
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('risk_treatment_action_risk')
    .on('risk_treatment_action')
    .columns(['organization_id', 'risk_id'])
    .execute();

  await orgColumn(db.schema.createTable('risk_acceptance'))
    .addColumn('risk_id', 'text', (col) => col.notNull().references('risk.id').onDelete('cascade'))
    .addColumn('criteria_version_id', 'text', (col) => col.notNull())
    .addColumn('level_key', 'text', (col) => col.notNull())
    .addColumn('rationale', 'text', (col) => col.notNull())
    .addColumn('accepted_by_user_id', 'text', (col) => col.notNull())
    .addColumn('requested_by_user_id', 'text')
    .addColumn('accepted_at', 'text', (col) => col.notNull())
    .addColumn('expires_on', 'text', (col) => col.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('risk_acceptance_risk')
    .on('risk_acceptance')
    .columns(['organization_id', 'risk_id'])
    .execute();
  await addRevisionTriggers(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  if (isPostgres)
    await sql`drop trigger risk_criteria_version_revision on risk_criteria_version`.execute(db);
  else
    for (const event of ['insert', 'update', 'delete'])
      await sql.raw(`drop trigger risk_criteria_version_revision_${event}`).execute(db);
  await db.schema.dropTable('risk_acceptance').execute();
  await db.schema.dropTable('risk_treatment_action').execute();
  await db.schema.dropTable('risk').execute();
}
