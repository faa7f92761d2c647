/** The monthly figures of the risk trend, and the counts they are made from. */
import type { LevelCount, RiskTrendMonth, TrendLevelCount } from '../domain/risk/risk-trend.js';
import type { Executor } from './database.js';
import type { RiskTrendMonthTable } from './schema.js';

const toMonth = (row: RiskTrendMonthTable): RiskTrendMonth => ({
  month: row.month,
  takenAt: row.taken_at,
  levels: JSON.parse(row.levels) as TrendLevelCount[],
  unscored: Number(row.unscored),
  open: Number(row.open),
});

/**
 * The open risks of an organization counted by current level (residual once
 * assessed, inherent before) and by the criteria they were scored against,
 * with the open risks not scored yet. Opportunities are not counted.
 */
export const openRisksByCurrentLevel = async (
  db: Executor,
  organizationId: string,
): Promise<{ counts: LevelCount[]; unscored: number }> => {
  const rows = await db
    .selectFrom('risk')
    .select((eb) => [
      'criteria_version_id',
      eb.fn.coalesce('residual_level', 'inherent_level').as('level'),
      eb.fn.countAll<number>().as('count'),
    ])
    .where('organization_id', '=', organizationId)
    .where('kind', '=', 'risk')
    .where('status', '!=', 'closed')
    .groupBy(['criteria_version_id', (eb) => eb.fn.coalesce('residual_level', 'inherent_level')])
    .execute();
  let unscored = 0;
  const counts: LevelCount[] = [];
  for (const row of rows) {
    if (row.level === null || row.criteria_version_id === null) unscored += Number(row.count);
    else
      counts.push({
        criteriaVersionId: row.criteria_version_id,
        level: row.level,
        count: Number(row.count),
      });
  }
  return { counts, unscored };
};

/** The organizations that have registered at least one risk, in id order. */
export const organizationsWithRisks = async (db: Executor): Promise<string[]> =>
  (
    await db
      .selectFrom('risk')
      .select('organization_id')
      .distinct()
      .where('kind', '=', 'risk')
      .orderBy('organization_id')
      .execute()
  ).map((row) => row.organization_id);

/** Records a month's figures, replacing those recorded earlier in the month. */
export const saveTrendMonth = async (
  db: Executor,
  organizationId: string,
  figures: RiskTrendMonth,
): Promise<void> => {
  const values = {
    taken_at: figures.takenAt,
    levels: JSON.stringify(figures.levels),
    unscored: figures.unscored,
    open: figures.open,
  };
  await db
    .insertInto('risk_trend_month')
    .values({ organization_id: organizationId, month: figures.month, ...values })
    .onConflict((oc) => oc.columns(['organization_id', 'month']).doUpdateSet(values))
    .execute();
};

/** The recorded months from `first` to `last` (YYYY-MM, both included), oldest first. */
export const trendMonthsBetween = async (
  db: Executor,
  organizationId: string,
  first: string,
  last: string,
): Promise<RiskTrendMonth[]> =>
  (
    await db
      .selectFrom('risk_trend_month')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('month', '>=', first)
      .where('month', '<=', last)
      .orderBy('month')
      .execute()
  ).map(toMonth);
