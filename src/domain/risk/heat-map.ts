/**
 * The AI risk heat map (ISO/IEC 42001 clauses 6.1.2 and 8.2): how many risks
 * sit in each cell of the criteria's matrix, before treatment (inherent) and
 * after (residual), with each cell's level and colour. A risk without a
 * score on one side counts as unscored there; a score outside the current
 * scales (left from earlier criteria) counts as out of scale, so totals always
 * add up to the number of risks given. Callers choose what to map (risks
 * only, one AI system …).
 */
import type { RiskCriteria } from './criteria.js';
import type { ScoredRisk } from './scoring.js';
import { isOnScale, riskLevel } from './scoring.js';

export interface HeatMapCell {
  readonly likelihood: number;
  readonly consequence: number;
  readonly level: string;
  readonly label: string;
  readonly colour: string;
  readonly count: number;
  /** The risks in the cell, in the order given. */
  readonly riskIds: readonly string[];
}

export interface HeatMapGrid {
  /** `cells[likelihood - 1][consequence - 1]`, like the criteria's matrix. */
  readonly cells: readonly (readonly HeatMapCell[])[];
  readonly unscored: number;
  readonly outOfScale: number;
  readonly scored: number;
}

export interface HeatMap {
  readonly inherent: HeatMapGrid;
  readonly residual: HeatMapGrid;
}

type Pair = readonly [number | null, number | null];

const grid = (
  criteria: RiskCriteria,
  risks: readonly (ScoredRisk & { readonly id: string })[],
  scoreOf: (risk: ScoredRisk) => Pair,
): HeatMapGrid => {
  const ids = criteria.likelihood.levels.map(() =>
    criteria.consequence.levels.map((): string[] => []),
  );
  let unscored = 0;
  let outOfScale = 0;
  for (const risk of risks) {
    const [likelihood, consequence] = scoreOf(risk);
    if (likelihood === null || consequence === null) unscored += 1;
    else if (
      !isOnScale(criteria.likelihood, likelihood) ||
      !isOnScale(criteria.consequence, consequence)
    )
      outOfScale += 1;
    else ids[likelihood - 1]?.[consequence - 1]?.push(risk.id);
  }
  const cells = ids.map((row, l) =>
    row.map((riskIds, c): HeatMapCell => {
      const { key, label, colour } = riskLevel(criteria, l + 1, c + 1);
      return {
        likelihood: l + 1,
        consequence: c + 1,
        level: key,
        label,
        colour,
        count: riskIds.length,
        riskIds,
      };
    }),
  );
  return { cells, unscored, outOfScale, scored: risks.length - unscored - outOfScale };
};

/** Counts per cell of the matrix, before and after treatment. */
export const heatMap = (
  criteria: RiskCriteria,
  risks: readonly (ScoredRisk & { readonly id: string })[],
): HeatMap => ({
  inherent: grid(criteria, risks, (risk) => [risk.likelihood, risk.consequence]),
  residual: grid(criteria, risks, (risk) => [risk.residualLikelihood, risk.residualConsequence]),
});
