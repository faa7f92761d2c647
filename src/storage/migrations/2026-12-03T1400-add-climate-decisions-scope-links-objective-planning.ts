/**
 * The organization's climate decisions (clauses 4.1, 4.2), the context issues
 * and parties' requirements a scope version considered (4.3), a climate flag
 * on each party requirement (stored in its JSON, read as false when absent),
 * and the planning fields of an AI objective (6.2), which may now be
 * qualitative.
 *
 * Existing data: an organization that marked context issues climate-relevant
 * had in effect decided that climate change is relevant, so that decision is
 * carried over, dated by the latest such issue; every other question starts
 * as not yet considered, since nothing recorded says otherwise. Existing
 * objectives are quantitative; scope versions considered nothing on record.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';

const CARRIED_OVER_REASON =
  'Carried over from the context issues marked climate-relevant before climate decisions were recorded: review and restate the reason.';

const addText = async (db: Kysely<any>, table: string, column: string, fallback: string) => {
  await db.schema
    .alterTable(table)
    .addColumn(column, 'text', (col) => col.notNull().defaultTo(fallback))
    .execute();
};

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('climate_decision')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) =>
      col.notNull().references('organization.id').onDelete('cascade'),
    )
    .addColumn('question', 'text', (col) => col.notNull())
    .addColumn('answer', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('decided_by_user_id', 'text', (col) =>
      col.references('user_account.id').onDelete('set null'),
    )
    .addColumn('decided_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('climate_decision_org_question_unique', ['organization_id', 'question'])
    .execute();

  const carried = await db
    .selectFrom('context_issue')
    .select(['organization_id', (eb) => eb.fn.max('updated_at').as('decided_at')])
    .where('is_climate_relevant', '=', 1)
    .groupBy('organization_id')
    .execute();
  for (const row of carried as { organization_id: string; decided_at: string }[]) {
    await db
      .insertInto('climate_decision')
      .values({
        id: randomUUID(),
        organization_id: row.organization_id,
        question: 'climate_issue',
        answer: 'relevant',
        reason: CARRIED_OVER_REASON,
        decided_by_user_id: null,
        decided_at: row.decided_at,
      })
      .execute();
  }

  await addText(db, 'scope_version', 'context_issue_ids', '[]');
  await addText(db, 'scope_version', 'party_requirements', '[]');

  await addText(db, 'objective', 'kind', 'quantitative');
  for (const column of ['evaluation_method', 'resources', 'communication', 'policy_consistency']) {
    await addText(db, 'objective', column, '');
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of [
    'kind',
    'evaluation_method',
    'resources',
    'communication',
    'policy_consistency',
  ]) {
    await db.schema.alterTable('objective').dropColumn(column).execute();
  }
  for (const column of ['context_issue_ids', 'party_requirements']) {
    await db.schema.alterTable('scope_version').dropColumn(column).execute();
  }
  await db.schema.dropTable('climate_decision').execute();
}
