/**
 * The heat map from counts per cell, as the database groups them: each cell
 * of the criteria's matrix with its level, colour and how many risks sit in
 * it, so the picture costs the same for five risks or five thousand.
 */
import type { RiskCriteria } from './criteria.js';
import { riskLevel } from './scoring.js';

export interface CellCount {
  readonly likelihood: number;
  readonly consequence: number;
  readonly count: number;
}

export interface CountedCell {
  readonly likelihood: number;
  readonly consequence: number;
  readonly level: string;
  readonly label: string;
  readonly colour: string;
  readonly count: number;
}

/** `cells[likelihood - 1][consequence - 1]`; counts off the scales are left out and totalled. */
export const heatMapFromCounts = (
  criteria: RiskCriteria,
  counts: readonly CellCount[],
): { cells: CountedCell[][]; total: number; outOfScale: number } => {
  const byCell = new Map(
    counts.map((entry) => [`${entry.likelihood}:${entry.consequence}`, entry.count]),
  );
  const cells = criteria.likelihood.levels.map((l) =>
    criteria.consequence.levels.map((c): CountedCell => {
      const { key, label, colour } = riskLevel(criteria, l.value, c.value);
      return {
        likelihood: l.value,
        consequence: c.value,
        level: key,
        label,
        colour,
        count: byCell.get(`${l.value}:${c.value}`) ?? 0,
      };
    }),
  );
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  const placed = cells.flat().reduce((sum, cell) => sum + cell.count, 0);
  return { cells, total, outOfScale: total - placed };
};
