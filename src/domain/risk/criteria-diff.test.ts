import { describe, expect, it } from 'vitest';
import type { RiskCriteria } from './criteria.js';
import { checkRiskCriteria } from './criteria.js';
import { RISK_CRITERIA_PARTS, diffRiskCriteria } from './criteria-diff.js';
import { defaultRiskCriteria, matrixFromScoreBands } from './default-criteria.js';

const inForce = defaultRiskCriteria();

const threeByThree: RiskCriteria = checkRiskCriteria({
  ...inForce,
  likelihood: {
    levels: [
      { value: 1, label: 'Rare', description: '' },
      { value: 2, label: 'Sometimes', description: '' },
      { value: 3, label: 'Often', description: '' },
    ],
  },
  consequence: {
    levels: [
      { value: 1, label: 'Small', description: '' },
      { value: 2, label: 'Medium', description: '' },
      { value: 3, label: 'Large', description: '' },
    ],
  },
  levels: inForce.levels.slice(0, 3),
  matrix: matrixFromScoreBands(3, 3, [
    { upTo: 2, level: 'low' },
    { upTo: 4, level: 'medium' },
    { upTo: 9, level: 'high' },
  ]),
  significance: { ...inForce.significance },
  acceptanceAuthority: {
    low: inForce.acceptanceAuthority.low ?? [],
    medium: inForce.acceptanceAuthority.medium ?? [],
    high: inForce.acceptanceAuthority.high ?? [],
  },
});

describe('diffRiskCriteria', () => {
  it('finds nothing between the criteria and themselves', () => {
    const diff = diffRiskCriteria(inForce, inForce);
    expect(diff.changedParts).toEqual([]);
    expect([diff.likelihood, diff.levels, diff.matrix, diff.acceptanceAuthority]).toEqual([
      [],
      [],
      [],
      [],
    ]);
  });

  it('counts every part as added when nothing is in force', () => {
    const diff = diffRiskCriteria(null, inForce);
    expect(diff.changedParts).toEqual(RISK_CRITERIA_PARTS);
    expect(diff.likelihood.map((step) => step.change)).toEqual(Array(5).fill('added'));
    expect(diff.matrix).toHaveLength(25);
    expect(diff.matrix[0]).toEqual({ likelihood: 1, consequence: 1, before: null, after: 'low' });
    expect(diff.acceptanceThreshold).toEqual({ changed: true, before: null, after: 'medium' });
    expect(diff.significance.fields).toEqual(['fromLevel', 'rule']);
  });

  it('names the steps, level, cells and authority a smaller matrix drops or changes', () => {
    const diff = diffRiskCriteria(inForce, threeByThree);
    expect(diff.changedParts).toEqual([
      'likelihood',
      'consequence',
      'levels',
      'matrix',
      'acceptanceAuthority',
    ]);
    expect(diff.likelihood.map((step) => [step.value, step.change, step.fields])).toEqual([
      [1, 'changed', ['description']],
      [2, 'changed', ['label', 'description']],
      [3, 'changed', ['label', 'description']],
      [4, 'removed', []],
      [5, 'removed', []],
    ]);
    expect(diff.levels).toEqual([
      {
        key: 'critical',
        change: 'removed',
        before: { key: 'critical', label: 'Critical', colour: '#c62828', rank: 3 },
        after: null,
        fields: [],
      },
    ]);
    expect(diff.matrix).toContainEqual({
      likelihood: 2,
      consequence: 2,
      before: 'low',
      after: 'medium',
    });
    expect(diff.matrix).toContainEqual({
      likelihood: 5,
      consequence: 5,
      before: 'critical',
      after: null,
    });
    expect(diff.matrix.some((cell) => cell.likelihood === 1 && cell.consequence === 1)).toBe(false);
    expect(diff.acceptanceAuthority).toEqual([
      {
        level: 'critical',
        before: ['top_management'],
        after: null,
        addedRoles: [],
        removedRoles: ['top_management'],
      },
    ]);
  });

  it('names a renamed level, a moved threshold, a new rule and who gained authority', () => {
    const changed: RiskCriteria = {
      ...inForce,
      levels: inForce.levels.map((level) =>
        level.key === 'high' ? { ...level, label: 'Serious', colour: '#ff0000' } : level,
      ),
      acceptanceThreshold: 'low',
      significance: { ...inForce.significance, rule: 'Every high or critical risk.' },
      acceptanceAuthority: { ...inForce.acceptanceAuthority, medium: ['aims_manager', 'approver'] },
      ownerMayAcceptOwnRisk: true,
    };
    const diff = diffRiskCriteria(inForce, changed);
    expect(diff.changedParts).toEqual([
      'levels',
      'acceptanceThreshold',
      'significance',
      'acceptanceAuthority',
      'ownerMayAcceptOwnRisk',
    ]);
    expect(diff.levels.map((level) => [level.key, level.change, level.fields])).toEqual([
      ['high', 'changed', ['label', 'colour']],
    ]);
    expect(diff.acceptanceThreshold).toEqual({ changed: true, before: 'medium', after: 'low' });
    expect(diff.significance).toMatchObject({ changed: true, fields: ['rule'] });
    expect(diff.acceptanceAuthority).toEqual([
      {
        level: 'medium',
        before: ['approver', 'top_management'],
        after: ['aims_manager', 'approver'],
        addedRoles: ['aims_manager'],
        removedRoles: ['top_management'],
      },
    ]);
    expect(diff.ownerMayAcceptOwnRisk).toEqual({ changed: true, before: false, after: true });
  });

  it('sees a level moved to another rank as changed', () => {
    const [low, medium, ...rest] = inForce.levels;
    const swapped = { ...inForce, levels: [medium, low, ...rest].filter((l) => l !== undefined) };
    expect(
      diffRiskCriteria(inForce, swapped).levels.map((level) => [level.key, level.fields]),
    ).toEqual([
      ['medium', ['rank']],
      ['low', ['rank']],
    ]);
  });
});
