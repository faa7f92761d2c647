/**
 * Scoring an AI risk against the risk criteria (ISO/IEC 42001 clauses 6.1.2
 * and 8.2): the matrix turns a likelihood and a consequence into a risk
 * level, and the level's rank decides whether the risk is above the
 * acceptance threshold and whether it is significant.
 */
import type { FieldIssue } from '../errors.js';
import { invalid } from '../errors.js';
import type { RiskCriteria, RiskLevelDefinition, RiskScale } from './criteria.js';

/** A risk level with its place in the order: rank 1 is the lowest level. */
export interface ScoredLevel extends RiskLevelDefinition {
  readonly rank: number;
}

/** Whether `value` is one of the scale's values (a whole number from 1 to its size). */
export const isOnScale = (scale: RiskScale, value: number): boolean =>
  Number.isInteger(value) && value >= 1 && value <= scale.levels.length;

/** "a whole number from 1 (Rare) to 5 (Almost certain)", for refusals. */
export const describeScale = (scale: RiskScale): string => {
  const first = scale.levels[0];
  const last = scale.levels.at(-1);
  return `a whole number from 1 (${first?.label ?? ''}) to ${scale.levels.length} (${last?.label ?? ''})`;
};

/**
 * The level with this key and its rank.
 * @throws DomainError `RISK_LEVEL_UNKNOWN` (Invalid, field `level`) when the criteria have no such level.
 */
export const levelOf = (criteria: RiskCriteria, key: string): ScoredLevel => {
  const index = criteria.levels.findIndex((level) => level.key === key);
  const level = criteria.levels[index];
  if (level === undefined)
    throw invalid('RISK_LEVEL_UNKNOWN', `The risk criteria have no level "${key}"`, [
      {
        field: 'level',
        reason: `must be one of: ${criteria.levels.map((entry) => entry.key).join(', ')}`,
      },
    ]);
  return { ...level, rank: index + 1 };
};

/**
 * The level the matrix gives to (likelihood, consequence).
 * @throws DomainError `RISK_SCORE_OUT_OF_SCALE` (Invalid, fields `likelihood` and/or `consequence`).
 */
export const riskLevel = (
  criteria: RiskCriteria,
  likelihood: number,
  consequence: number,
): ScoredLevel => {
  const issues: FieldIssue[] = [];
  if (!isOnScale(criteria.likelihood, likelihood))
    issues.push({ field: 'likelihood', reason: `must be ${describeScale(criteria.likelihood)}` });
  if (!isOnScale(criteria.consequence, consequence))
    issues.push({
      field: 'consequence',
      reason: `must be ${describeScale(criteria.consequence)}`,
    });
  if (issues.length > 0)
    throw invalid(
      'RISK_SCORE_OUT_OF_SCALE',
      'The score is outside the scales of the risk criteria',
      issues,
    );
  return levelOf(criteria, criteria.matrix[likelihood - 1]?.[consequence - 1] ?? '');
};

/** The scores of a risk; null until given. */
export interface ScoredRisk {
  readonly likelihood: number | null;
  readonly consequence: number | null;
  readonly residualLikelihood: number | null;
  readonly residualConsequence: number | null;
}

/** The level before treatment, or null until scored. */
export const inherentLevel = (criteria: RiskCriteria, risk: ScoredRisk): ScoredLevel | null =>
  risk.likelihood === null || risk.consequence === null
    ? null
    : riskLevel(criteria, risk.likelihood, risk.consequence);

/** The level after treatment, or null when no residual score is recorded. */
export const residualLevel = (criteria: RiskCriteria, risk: ScoredRisk): ScoredLevel | null =>
  risk.residualLikelihood === null || risk.residualConsequence === null
    ? null
    : riskLevel(criteria, risk.residualLikelihood, risk.residualConsequence);

/** The level that stands now: the residual one if recorded, else the inherent one. */
export const currentLevel = (criteria: RiskCriteria, risk: ScoredRisk): ScoredLevel | null =>
  residualLevel(criteria, risk) ?? inherentLevel(criteria, risk);

/** Negative when level `a` is lower than `b`, zero when the same, positive when higher. */
export const compareLevels = (criteria: RiskCriteria, a: string, b: string): number =>
  levelOf(criteria, a).rank - levelOf(criteria, b).rank;

/** Whether a risk at this level needs treatment or an acceptance: strictly above the threshold. */
export const isAboveThreshold = (criteria: RiskCriteria, levelKey: string): boolean =>
  compareLevels(criteria, levelKey, criteria.acceptanceThreshold) > 0;

/** Whether a risk at this level is significant: at or above the significance level. */
export const isSignificant = (criteria: RiskCriteria, levelKey: string): boolean =>
  compareLevels(criteria, levelKey, criteria.significance.fromLevel) >= 0;
