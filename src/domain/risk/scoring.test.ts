import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import type { RiskCriteria } from './criteria.js';
import { checkRiskCriteria } from './criteria.js';
import { defaultRiskCriteria, matrixFromScoreBands } from './default-criteria.js';
import {
  compareLevels,
  currentLevel,
  inherentLevel,
  isAboveThreshold,
  isSignificant,
  levelOf,
  residualLevel,
  riskLevel,
} from './scoring.js';

const scale = (size: number) => ({
  levels: Array.from({ length: size }, (_, index) => ({
    value: index + 1,
    label: `L${index + 1}`,
    description: '',
  })),
});

const THREE_LEVELS = [
  { key: 'low', label: 'Low', colour: '#00aa00' },
  { key: 'medium', label: 'Medium', colour: '#ffaa00' },
  { key: 'high', label: 'High', colour: '#cc0000' },
];

const criteriaOf = (size: number, bands: { upTo: number; level: string }[]): RiskCriteria =>
  checkRiskCriteria({
    likelihood: scale(size),
    consequence: scale(size),
    levels: THREE_LEVELS,
    matrix: matrixFromScoreBands(size, size, bands),
    acceptanceThreshold: 'low',
    significance: { fromLevel: 'medium', rule: 'Medium and high.' },
    acceptanceAuthority: { low: ['aims_manager'], medium: ['approver'], high: ['approver'] },
  });

const threeByThree = criteriaOf(3, [
  { upTo: 2, level: 'low' },
  { upTo: 4, level: 'medium' },
  { upTo: 9, level: 'high' },
]);
const fourByFour = criteriaOf(4, [
  { upTo: 3, level: 'low' },
  { upTo: 8, level: 'medium' },
  { upTo: 16, level: 'high' },
]);
const fiveByFive = defaultRiskCriteria();

describe('riskLevel', () => {
  it.each([
    ['3 × 3', threeByThree, 1, 1, 'low', 1],
    ['3 × 3', threeByThree, 1, 2, 'low', 1],
    ['3 × 3', threeByThree, 2, 2, 'medium', 2],
    ['3 × 3', threeByThree, 1, 3, 'medium', 2],
    ['3 × 3', threeByThree, 3, 2, 'high', 3],
    ['4 × 4', fourByFour, 1, 3, 'low', 1],
    ['4 × 4', fourByFour, 2, 2, 'medium', 2],
    ['4 × 4', fourByFour, 2, 4, 'medium', 2],
    ['4 × 4', fourByFour, 3, 3, 'high', 3],
    ['4 × 4', fourByFour, 4, 4, 'high', 3],
    ['5 × 5', fiveByFive, 1, 1, 'low', 1],
    ['5 × 5', fiveByFive, 3, 2, 'medium', 2],
    ['5 × 5', fiveByFive, 2, 5, 'high', 3],
    ['5 × 5', fiveByFive, 5, 4, 'critical', 4],
  ])('%s: likelihood %i × consequence %i is %s (rank %i)', (_size, criteria, l, c, key, rank) => {
    expect(riskLevel(criteria, l, c)).toMatchObject({ key, rank });
  });

  it('returns the level with its label and colour', () => {
    expect(riskLevel(fiveByFive, 5, 5)).toEqual({
      key: 'critical',
      label: 'Critical',
      colour: '#c62828',
      rank: 4,
    });
  });

  it.each([
    [0, 1, ['likelihood']],
    [6, 1, ['likelihood']],
    [2.5, 1, ['likelihood']],
    [1, 0, ['consequence']],
    [1, 6, ['consequence']],
    [9, -1, ['likelihood', 'consequence']],
  ])('refuses likelihood %s × consequence %s on a 5 × 5 scale', (l, c, fields) => {
    try {
      riskLevel(fiveByFive, l, c);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      const domainError = error as DomainError;
      expect(domainError.code).toBe('RISK_SCORE_OUT_OF_SCALE');
      expect(domainError.kind).toBe('Invalid');
      expect(domainError.details.issues?.map((issue) => issue.field)).toEqual(fields);
    }
  });

  it('names the scale in the refusal', () => {
    expect(() => riskLevel(threeByThree, 4, 1)).toThrow(
      expect.objectContaining({
        details: {
          issues: [{ field: 'likelihood', reason: 'must be a whole number from 1 (L1) to 3 (L3)' }],
        },
      }),
    );
  });
});

describe('threshold, significance and order', () => {
  it.each([
    ['low', false, false],
    ['medium', false, false],
    ['high', true, true],
    ['critical', true, true],
  ])(
    'on the default criteria, %s is above the threshold: %s, significant: %s',
    (key, above, significant) => {
      expect(isAboveThreshold(fiveByFive, key)).toBe(above);
      expect(isSignificant(fiveByFive, key)).toBe(significant);
    },
  );

  it.each([
    ['low', 'high', -2],
    ['high', 'low', 2],
    ['medium', 'medium', 0],
  ])('compares %s with %s as %i', (a, b, expected) => {
    expect(compareLevels(threeByThree, a, b)).toBe(expected);
  });

  it('refuses a level the criteria do not have', () => {
    expect(() => levelOf(threeByThree, 'critical')).toThrow(
      expect.objectContaining({ code: 'RISK_LEVEL_UNKNOWN', kind: 'Invalid' }),
    );
  });

  it('reads the inherent, residual and current level of a risk', () => {
    const risk = { likelihood: 5, consequence: 5, residualLikelihood: 2, residualConsequence: 2 };
    expect(inherentLevel(fiveByFive, risk)?.key).toBe('critical');
    expect(residualLevel(fiveByFive, risk)?.key).toBe('low');
    expect(currentLevel(fiveByFive, risk)?.key).toBe('low');
    const untreated = { ...risk, residualLikelihood: null, residualConsequence: null };
    expect(residualLevel(fiveByFive, untreated)).toBeNull();
    expect(currentLevel(fiveByFive, untreated)?.key).toBe('critical');
    expect(currentLevel(fiveByFive, { ...untreated, likelihood: null })).toBeNull();
  });
});
