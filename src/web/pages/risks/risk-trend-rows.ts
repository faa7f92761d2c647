/** The risk trend as the rows of a chart and a table: one per month, a count per level. */
import type { RiskTrend } from './risk-queries.js';

export const UNSCORED_SERIES = 'unscored';

const monthFormat = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Dec 2026" for "2026-12". */
export const monthLabel = (month: string): string =>
  /^\d{4}-\d{2}$/.test(month) ? monthFormat.format(new Date(`${month}-01T00:00:00Z`)) : month;

export type TrendRow = { month: string; recorded: boolean } & Record<
  string,
  number | string | boolean
>;

/** A month nothing was recorded for has no counts, so the chart leaves a gap rather than a zero. */
export const trendRows = (trend: RiskTrend): TrendRow[] =>
  trend.months.map(({ month, figures }) => {
    const row: TrendRow = { month, recorded: figures !== null };
    if (figures === null) return row;
    for (const level of figures.levels) row[level.key] = level.count;
    row[UNSCORED_SERIES] = figures.unscored;
    return row;
  });
