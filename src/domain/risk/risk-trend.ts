/**
 * The risk trend (ISO/IEC 42001 6.1.2 and 9.1: whether treatment is bringing
 * risk down): how many risks were open at each level, month by month. A job
 * records the current month's figures every day, so the figures of a past
 * month are those of its last recorded day. Each month keeps the labels and
 * colours of the levels it counted, so a month counted under other criteria
 * still reads as it did then.
 *
 * A risk counts at its current level: the residual level once treatment has
 * been assessed, the inherent level before that.
 */
import type { RiskLevelDefinition } from './criteria.js';

/** How many months the trend shows unless asked, and at most. */
export const TREND_MONTHS_DEFAULT = 12;
export const TREND_MONTHS_MAX = 60;

export interface TrendLevelCount {
  readonly key: string;
  readonly label: string;
  readonly colour: string;
  readonly count: number;
}

export interface RiskTrendMonth {
  /** YYYY-MM. */
  readonly month: string;
  /** When the figures were recorded (the last run in the month). */
  readonly takenAt: string;
  /** Lowest level first. */
  readonly levels: readonly TrendLevelCount[];
  /** Open risks not scored yet. */
  readonly unscored: number;
  /** Every open risk, scored or not. */
  readonly open: number;
}

/** Open risks of one current level, as the database groups them. */
export interface LevelCount {
  readonly criteriaVersionId: string;
  readonly level: string;
  readonly count: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (value: string): boolean => MONTH.test(value);

/** The YYYY-MM of a YYYY-MM-DD date or an ISO-8601 instant. */
export const monthOf = (dateOrInstant: string): string => dateOrInstant.slice(0, 7);

/** The month `count` months after (or before, when negative) a YYYY-MM month. */
export const addMonths = (month: string, count: number): string => {
  const match = MONTH.exec(month);
  if (!match) throw new Error(`Not a YYYY-MM month: "${month}"`);
  const index = Number(match[1]) * 12 + Number(match[2]) - 1 + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
};

/** The `count` months that end with `last`, oldest first. */
export const monthsEndingWith = (last: string, count: number): string[] =>
  Array.from({ length: count }, (_, index) => addMonths(last, index - count + 1));

/**
 * One month's figures from the counts per level. Levels are those of the
 * criteria in force, lowest first; a level met only in risks scored against
 * older criteria follows them, labelled as those criteria labelled it, and
 * counts with a level of the same key otherwise.
 */
export const trendMonthOf = (input: {
  readonly month: string;
  readonly takenAt: string;
  readonly levelsInForce: readonly RiskLevelDefinition[];
  readonly levelsByCriteria: ReadonlyMap<string, readonly RiskLevelDefinition[]>;
  readonly counts: readonly LevelCount[];
  readonly unscored: number;
}): RiskTrendMonth => {
  const levels = new Map<string, { label: string; colour: string; count: number }>(
    input.levelsInForce.map(({ key, label, colour }) => [key, { label, colour, count: 0 }]),
  );
  for (const { criteriaVersionId, level, count } of input.counts) {
    const known = levels.get(level);
    if (known) {
      known.count += count;
      continue;
    }
    const definition = input.levelsByCriteria
      .get(criteriaVersionId)
      ?.find((candidate) => candidate.key === level);
    levels.set(level, {
      label: definition?.label ?? level,
      colour: definition?.colour ?? '#868e96',
      count,
    });
  }
  const counted = [...levels].map(([key, value]) => ({ key, ...value }));
  const scored = counted.reduce((sum, level) => sum + level.count, 0);
  return {
    month: input.month,
    takenAt: input.takenAt,
    levels: counted,
    unscored: input.unscored,
    open: scored + input.unscored,
  };
};

/**
 * The months asked for, oldest first, each with its figures or null where
 * none were recorded (before the first run, or while the job did not run).
 */
export const trendSeries = (
  months: readonly string[],
  recorded: readonly RiskTrendMonth[],
): { month: string; figures: RiskTrendMonth | null }[] => {
  const byMonth = new Map(recorded.map((entry) => [entry.month, entry]));
  return months.map((month) => ({ month, figures: byMonth.get(month) ?? null }));
};

/**
 * The levels a chart of the series shows, each once: those of the newest
 * month first (in its order), then any that only older months counted.
 */
export const trendLegend = (
  recorded: readonly RiskTrendMonth[],
): Omit<TrendLevelCount, 'count'>[] => {
  const legend = new Map<string, Omit<TrendLevelCount, 'count'>>();
  const newestFirst = [...recorded].sort((a, b) => b.month.localeCompare(a.month));
  for (const month of newestFirst)
    for (const { key, label, colour } of month.levels)
      if (!legend.has(key)) legend.set(key, { key, label, colour });
  return [...legend.values()];
};
