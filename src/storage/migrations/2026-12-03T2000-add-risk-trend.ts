/**
 * The monthly figures of the risk trend: one row per organization and month
 * (YYYY-MM), rewritten by the daily job while the month runs, so a past
 * month holds the figures of its last recorded day. The levels are kept as
 * JSON with their labels and colours, as they were counted.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('risk_trend_month')
    .addColumn('organization_id', 'text', (col) =>
      col.notNull().references('organization.id').onDelete('cascade'),
    )
    .addColumn('month', 'text', (col) => col.notNull())
    .addColumn('taken_at', 'text', (col) => col.notNull())
    .addColumn('levels', 'text', (col) => col.notNull())
    .addColumn('unscored', 'integer', (col) => col.notNull())
    .addColumn('open', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('risk_trend_month_pk', ['organization_id', 'month'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('risk_trend_month').execute();
}
