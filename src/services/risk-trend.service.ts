/**
 * The risk trend: open risks by current level, month by month (ISO/IEC
 * 42001 6.1.2, 9.1). The daily job records the current month's figures for
 * every organization with risks; reading the trend shows the recorded months
 * and, for the month under way, the figures as they stand now.
 */
import { defaultRiskCriteria } from '../domain/risk/default-criteria.js';
import {
  TREND_MONTHS_DEFAULT,
  TREND_MONTHS_MAX,
  monthOf,
  monthsEndingWith,
  trendLegend,
  trendMonthOf,
  trendSeries,
} from '../domain/risk/risk-trend.js';
import type { RiskTrendMonth } from '../domain/risk/risk-trend.js';
import { invalid } from '../domain/errors.js';
import type { Executor } from '../storage/database.js';
import { criteriaInForce, criteriaVersionsById } from '../storage/risk-criteria.repository.js';
import {
  openRisksByCurrentLevel,
  organizationsWithRisks,
  saveTrendMonth,
  trendMonthsBetween,
} from '../storage/risk-trend.repository.js';
import { authorize } from './authorization.js';
import { inTransaction, now, reader } from './context.js';
import type { Actor, ServiceDeps } from './context.js';

/** The figures of an organization's open risks as they stand at `takenAt`. */
const figuresNow = async (
  db: Executor,
  organizationId: string,
  takenAt: string,
): Promise<RiskTrendMonth> => {
  const { counts, unscored } = await openRisksByCurrentLevel(db, organizationId);
  const inForce = await criteriaInForce(db, organizationId);
  const older = await criteriaVersionsById(
    db,
    organizationId,
    counts.map((count) => count.criteriaVersionId),
  );
  return trendMonthOf({
    month: monthOf(takenAt),
    takenAt,
    levelsInForce: (inForce?.criteria ?? defaultRiskCriteria()).levels,
    levelsByCriteria: new Map([...older].map(([id, version]) => [id, version.criteria.levels])),
    counts,
    unscored,
  });
};

export const createRiskTrendService = (deps: ServiceDeps) => ({
  /** Records the current month's figures of every organization with risks; returns how many. */
  async recordMonth(): Promise<number> {
    const takenAt = now(deps);
    const organizations = await organizationsWithRisks(reader(deps));
    for (const organizationId of organizations)
      await inTransaction(deps, async (trx) =>
        saveTrendMonth(trx, organizationId, await figuresNow(trx, organizationId, takenAt)),
      );
    return organizations.length;
  },

  /** The last `months` months (the current one included), oldest first, with a legend of the levels. */
  async trend(actor: Actor, organizationId: string, months = TREND_MONTHS_DEFAULT) {
    if (!Number.isInteger(months) || months < 1 || months > TREND_MONTHS_MAX)
      throw invalid('RISK_TREND_MONTHS_INVALID', `Ask for 1 to ${TREND_MONTHS_MAX} months`, [
        { field: 'months', reason: `must be a whole number from 1 to ${TREND_MONTHS_MAX}` },
      ]);
    const db = reader(deps);
    await authorize(db, actor, organizationId, 'aims.read');
    const takenAt = now(deps);
    const wanted = monthsEndingWith(monthOf(takenAt), months);
    const recorded = await trendMonthsBetween(
      db,
      organizationId,
      wanted[0] ?? '',
      monthOf(takenAt),
    );
    const current = await figuresNow(db, organizationId, takenAt);
    const figures = [...recorded.filter((entry) => entry.month !== current.month), current];
    return {
      months: trendSeries(wanted, figures),
      levels: trendLegend(figures),
      currentMonth: current.month,
    };
  },
});

export type RiskTrendService = ReturnType<typeof createRiskTrendService>;
