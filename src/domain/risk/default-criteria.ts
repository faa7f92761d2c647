/**
 * A starting point for the AI risk criteria of ISO/IEC 42001 clause 6.1.2: a
 * 5 × 5 matrix an organization adopts as is or edits before approving its
 * first version, and the builders that turn a rule into a matrix.
 *
 * Acceptance authority narrows as the level rises: the AIMS manager, the
 * approver and top management may accept low residual risk; the approver and
 * top management medium and high; top management alone critical, since
 * clause 5 makes top management answerable for the AIMS. The administrator
 * role manages the account and is given no acceptance authority, so holding
 * it never widens who may accept the worst risks.
 */
import type { RiskCriteria, RiskLevelDefinition, ScaleLevel } from './criteria.js';
import { checkRiskCriteria } from './criteria.js';

/** The level of the cell at (likelihood, consequence), both counted from 1. */
export type MatrixRule = (likelihood: number, consequence: number) => string;

/** `matrix[likelihood - 1][consequence - 1]` for every pair of the two scales. */
export const matrixFromRule = (
  likelihoodLevels: number,
  consequenceLevels: number,
  rule: MatrixRule,
): string[][] =>
  Array.from({ length: likelihoodLevels }, (_, l) =>
    Array.from({ length: consequenceLevels }, (_, c) => rule(l + 1, c + 1)),
  );

/** A band of the score likelihood × consequence: scores up to `upTo` (inclusive) get `level`. */
export interface ScoreBand {
  readonly upTo: number;
  readonly level: string;
}

/**
 * The matrix of the product rule: each cell's score is likelihood ×
 * consequence, and the first band (ascending) that reaches the score gives
 * its level; the last band takes every higher score. Ascending bands always
 * give a monotone matrix.
 */
export const matrixFromScoreBands = (
  likelihoodLevels: number,
  consequenceLevels: number,
  bands: readonly ScoreBand[],
): string[][] =>
  matrixFromRule(likelihoodLevels, consequenceLevels, (l, c) => {
    const band = bands.find(({ upTo }) => l * c <= upTo) ?? bands.at(-1);
    return band?.level ?? '';
  });

const DEFAULT_LIKELIHOOD: readonly ScaleLevel[] = [
  { value: 1, label: 'Rare', description: 'Not expected over the life of the AI system.' },
  {
    value: 2,
    label: 'Unlikely',
    description: 'Could happen, but nothing seen so far points to it.',
  },
  { value: 3, label: 'Possible', description: 'Might well happen once in a few years.' },
  { value: 4, label: 'Likely', description: 'Expected to happen at least once a year.' },
  {
    value: 5,
    label: 'Almost certain',
    description: 'Happens now or is expected many times a year.',
  },
];

const DEFAULT_CONSEQUENCE: readonly ScaleLevel[] = [
  {
    value: 1,
    label: 'Negligible',
    description: 'Hardly noticed; no harm to people, no cost worth recording.',
  },
  {
    value: 2,
    label: 'Minor',
    description: 'Short inconvenience to a few people, fixed in the normal course of work.',
  },
  {
    value: 3,
    label: 'Moderate',
    description:
      'Noticeable harm or unfair treatment of some people, or a breach that needs reporting, put right within weeks.',
  },
  {
    value: 4,
    label: 'Major',
    description:
      'Lasting harm to people or groups, regulatory action, or wide loss of trust in the AI system.',
  },
  {
    value: 5,
    label: 'Severe',
    description:
      'Irreversible harm to health, safety or fundamental rights, or a threat to the organization itself.',
  },
];

const DEFAULT_LEVELS: readonly RiskLevelDefinition[] = [
  { key: 'low', label: 'Low', colour: '#2e7d32' },
  { key: 'medium', label: 'Medium', colour: '#f9a825' },
  { key: 'high', label: 'High', colour: '#ef6c00' },
  { key: 'critical', label: 'Critical', colour: '#c62828' },
];

/** Scores 1–4 low, 5–9 medium, 10–16 high, 20–25 critical. */
export const DEFAULT_SCORE_BANDS: readonly ScoreBand[] = [
  { upTo: 4, level: 'low' },
  { upTo: 9, level: 'medium' },
  { upTo: 16, level: 'high' },
  { upTo: 25, level: 'critical' },
];

/**
 * Complete, valid 5 × 5 criteria: risks above medium need treatment or an
 * acceptance, risks from high upwards are significant.
 */
export const defaultRiskCriteria = (): RiskCriteria =>
  checkRiskCriteria({
    likelihood: { levels: DEFAULT_LIKELIHOOD },
    consequence: { levels: DEFAULT_CONSEQUENCE },
    levels: DEFAULT_LEVELS,
    matrix: matrixFromScoreBands(5, 5, DEFAULT_SCORE_BANDS),
    acceptanceThreshold: 'medium',
    significance: {
      fromLevel: 'high',
      rule: 'A risk is significant when its level is High or Critical: it is reported to top management and reviewed at every management review.',
    },
    acceptanceAuthority: {
      low: ['aims_manager', 'approver', 'top_management'],
      medium: ['approver', 'top_management'],
      high: ['approver', 'top_management'],
      critical: ['top_management'],
    },
    ownerMayAcceptOwnRisk: false,
  });
