import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import type { RiskCriteriaInput } from './criteria.js';
import { checkRiskCriteria } from './criteria.js';
import { defaultRiskCriteria, matrixFromRule, matrixFromScoreBands } from './default-criteria.js';

const scale = (...labels: string[]) => ({
  levels: labels.map((label, index) => ({ value: index + 1, label, description: '' })),
});

/** A valid 3 × 3 methodology with three levels. */
const threeByThree = (): RiskCriteriaInput => ({
  likelihood: scale('Low', 'Medium', 'High'),
  consequence: scale('Small', 'Real', 'Serious'),
  levels: [
    { key: 'low', label: 'Low', colour: '#00AA00' },
    { key: 'medium', label: 'Medium', colour: '#ffaa00' },
    { key: 'high', label: 'High', colour: '#cc0000' },
  ],
  matrix: [
    ['low', 'low', 'medium'],
    ['low', 'medium', 'high'],
    ['medium', 'high', 'high'],
  ],
  acceptanceThreshold: 'low',
  significance: { fromLevel: 'high', rule: 'High risks go to top management.' },
  acceptanceAuthority: {
    low: ['approver', 'aims_manager', 'approver'],
    medium: ['approver'],
    high: ['approver'],
  },
});

const issuesOf = (input: RiskCriteriaInput) => {
  try {
    checkRiskCriteria(input);
  } catch (error) {
    if (
      error instanceof DomainError &&
      error.code === 'RISK_CRITERIA_INVALID' &&
      error.kind === 'Invalid'
    )
      return error.details.issues ?? [];
    throw error;
  }
  return [];
};

const fieldsOf = (input: RiskCriteriaInput) => issuesOf(input).map((issue) => issue.field);

describe('default risk criteria', () => {
  const criteria = defaultRiskCriteria();

  it('is a 5 × 5 matrix with four levels, threshold medium, significant from high', () => {
    expect(criteria.likelihood.levels.map((level) => level.label)).toEqual([
      'Rare',
      'Unlikely',
      'Possible',
      'Likely',
      'Almost certain',
    ]);
    expect(criteria.consequence.levels.map((level) => level.label)).toEqual([
      'Negligible',
      'Minor',
      'Moderate',
      'Major',
      'Severe',
    ]);
    expect(criteria.levels.map((level) => level.key)).toEqual([
      'low',
      'medium',
      'high',
      'critical',
    ]);
    expect(criteria.acceptanceThreshold).toBe('medium');
    expect(criteria.significance.fromLevel).toBe('high');
    expect(criteria.ownerMayAcceptOwnRisk).toBe(false);
  });

  it.each([
    [1, 1, 'low'],
    [1, 4, 'low'],
    [1, 5, 'medium'],
    [5, 1, 'medium'],
    [3, 3, 'medium'],
    [2, 5, 'high'],
    [4, 4, 'high'],
    [5, 3, 'high'],
    [4, 5, 'critical'],
    [5, 5, 'critical'],
  ])('scores likelihood %i × consequence %i as %s', (likelihood, consequence, level) => {
    expect(criteria.matrix[likelihood - 1]?.[consequence - 1]).toBe(level);
  });

  it('narrows acceptance authority as the level rises, critical to top management alone', () => {
    expect(criteria.acceptanceAuthority).toEqual({
      low: ['aims_manager', 'approver', 'top_management'],
      medium: ['approver', 'top_management'],
      high: ['approver', 'top_management'],
      critical: ['top_management'],
    });
  });

  it('gives the administrator no acceptance authority at any level', () => {
    expect(
      Object.values(criteria.acceptanceAuthority).some((roles) => roles.includes('admin')),
    ).toBe(false);
  });

  it('passes its own check unchanged', () => {
    expect(checkRiskCriteria(criteria)).toEqual(criteria);
  });
});

describe('matrix builders', () => {
  it('builds a 3 × 3 matrix from a rule, rows by likelihood', () => {
    expect(
      matrixFromRule(3, 3, (l, c) => (l + c <= 3 ? 'low' : l + c <= 4 ? 'medium' : 'high')),
    ).toEqual([
      ['low', 'low', 'medium'],
      ['low', 'medium', 'high'],
      ['medium', 'high', 'high'],
    ]);
  });

  it('builds a 4 × 4 matrix from score bands, the last band taking higher scores', () => {
    expect(
      matrixFromScoreBands(4, 4, [
        { upTo: 2, level: 'low' },
        { upTo: 6, level: 'medium' },
        { upTo: 9, level: 'high' },
      ]),
    ).toEqual([
      ['low', 'low', 'medium', 'medium'],
      ['low', 'medium', 'medium', 'high'],
      ['medium', 'medium', 'high', 'high'],
      ['medium', 'high', 'high', 'high'],
    ]);
  });

  it('builds a non-square matrix (4 likelihoods × 3 consequences)', () => {
    const matrix = matrixFromScoreBands(4, 3, [
      { upTo: 3, level: 'low' },
      { upTo: 12, level: 'high' },
    ]);
    expect(matrix).toHaveLength(4);
    expect(matrix.map((row) => row.length)).toEqual([3, 3, 3, 3]);
    expect(matrix[3]).toEqual(['high', 'high', 'high']);
  });
});

describe('checkRiskCriteria', () => {
  it('accepts consistent criteria and normalizes colours and roles', () => {
    const criteria = checkRiskCriteria(threeByThree());
    expect(criteria.levels[0]).toEqual({ key: 'low', label: 'Low', colour: '#00aa00' });
    expect(criteria.acceptanceAuthority.low).toEqual(['aims_manager', 'approver']);
    expect(criteria.ownerMayAcceptOwnRisk).toBe(false);
  });

  it('trims labels and keeps the owner setting', () => {
    const input = threeByThree();
    const criteria = checkRiskCriteria({
      ...input,
      likelihood: scale('  Low ', 'Medium', 'High'),
      ownerMayAcceptOwnRisk: true,
    });
    expect(criteria.likelihood.levels[0]?.label).toBe('Low');
    expect(criteria.ownerMayAcceptOwnRisk).toBe(true);
  });

  const base = threeByThree();
  const cases: [string, RiskCriteriaInput, { field: string; reason: string }[]][] = [
    [
      'a scale with two levels',
      {
        ...base,
        likelihood: scale('Low', 'High'),
        matrix: [
          ['low', 'medium', 'high'],
          ['medium', 'high', 'high'],
        ],
      },
      [{ field: 'likelihood.levels', reason: 'must have 3 to 7 levels (has 2)' }],
    ],
    [
      'a scale with eight levels',
      {
        ...base,
        consequence: scale('1', '2', '3', '4', '5', '6', '7', '8'),
        matrix: [1, 2, 3].map(() => Array.from({ length: 8 }, () => 'high')),
      },
      [{ field: 'consequence.levels', reason: 'must have 3 to 7 levels (has 8)' }],
    ],
    [
      'values not numbered 1..n',
      {
        ...base,
        likelihood: {
          levels: [
            { value: 1, label: 'Low', description: '' },
            { value: 3, label: 'Medium', description: '' },
            { value: 2, label: 'High', description: '' },
          ],
        },
      },
      [
        {
          field: 'likelihood.levels.1.value',
          reason: 'must be 2: the levels are numbered 1 to 3 from the lowest up',
        },
        {
          field: 'likelihood.levels.2.value',
          reason: 'must be 3: the levels are numbered 1 to 3 from the lowest up',
        },
      ],
    ],
    [
      'an empty scale label',
      { ...base, consequence: scale('Small', '  ', 'Serious') },
      [{ field: 'consequence.levels.1.label', reason: 'is required' }],
    ],
    [
      'a repeated scale label',
      { ...base, consequence: scale('Small', 'small', 'Serious') },
      [
        {
          field: 'consequence.levels.1.label',
          reason: 'must differ from the label of consequence.levels.0 ("small")',
        },
      ],
    ],
    [
      'a duplicate level key',
      {
        ...base,
        levels: [
          { key: 'low', label: 'Low', colour: '#00aa00' },
          { key: 'medium', label: 'Medium', colour: '#ffaa00' },
          { key: 'low', label: 'High', colour: '#cc0000' },
        ],
        matrix: [
          ['low', 'low', 'medium'],
          ['low', 'medium', 'medium'],
          ['medium', 'medium', 'medium'],
        ],
        acceptanceThreshold: 'low',
        significance: { fromLevel: 'medium', rule: 'Medium and up.' },
        acceptanceAuthority: { low: ['approver'], medium: ['approver'] },
      },
      [{ field: 'levels.2.key', reason: '"low" is already the key of levels.0' }],
    ],
    [
      'a level key that is not a slug, and a bad colour',
      {
        ...base,
        levels: [
          { key: 'low', label: 'Low', colour: 'green' },
          { key: 'medium', label: 'Medium', colour: '#ffaa00' },
          { key: 'High Risk', label: 'High', colour: '#cc00' },
        ],
      },
      [
        { field: 'levels.0.colour', reason: 'must be a colour written as #rrggbb' },
        {
          field: 'levels.2.key',
          reason:
            'must be a short key of lower-case letters and digits, words joined by - or _ (such as "high" or "very-high"), at most 40 characters',
        },
        { field: 'levels.2.colour', reason: 'must be a colour written as #rrggbb' },
        { field: 'matrix.1.2', reason: '"high" is not a risk level; use one of: low, medium' },
        { field: 'matrix.2.1', reason: '"high" is not a risk level; use one of: low, medium' },
        { field: 'matrix.2.2', reason: '"high" is not a risk level; use one of: low, medium' },
        {
          field: 'significance.fromLevel',
          reason: '"high" is not a risk level; use one of: low, medium',
        },
        {
          field: 'acceptanceAuthority.high',
          reason: '"high" is not a risk level; use one of: low, medium',
        },
      ],
    ],
    [
      'a single risk level',
      {
        ...base,
        levels: [{ key: 'low', label: 'Low', colour: '#00aa00' }],
        matrix: [1, 2, 3].map(() => ['low', 'low', 'low']),
        significance: { fromLevel: 'low', rule: 'All.' },
        acceptanceAuthority: { low: ['approver'] },
      },
      [{ field: 'levels', reason: 'must have 2 to 7 risk levels (has 1)' }],
    ],
    [
      'a matrix with a missing row',
      { ...base, matrix: base.matrix?.slice(0, 2) },
      [{ field: 'matrix', reason: 'must have one row per likelihood level (3), has 2' }],
    ],
    [
      'a matrix row with a missing cell',
      {
        ...base,
        matrix: [
          ['low', 'low'],
          ['low', 'medium', 'high'],
          ['medium', 'high', 'high'],
        ],
      },
      [{ field: 'matrix.0', reason: 'must have one level per consequence level (3), has 2' }],
    ],
    [
      'an unknown threshold and significance',
      { ...base, acceptanceThreshold: 'tolerable', significance: { fromLevel: '', rule: '' } },
      [
        {
          field: 'acceptanceThreshold',
          reason: '"tolerable" is not a risk level; use one of: low, medium, high',
        },
        { field: 'significance.fromLevel', reason: 'is required: one of: low, medium, high' },
        { field: 'significance.rule', reason: 'is required' },
      ],
    ],
    [
      'authority missing a level, with an empty list and an unknown role',
      { ...base, acceptanceAuthority: { low: ['approver', 'ceo'], medium: [] } },
      [
        {
          field: 'acceptanceAuthority.low.1',
          reason:
            '"ceo" is not a role; use one of: admin (Administrator), aims_manager (AIMS manager), contributor (Contributor), approver (Approver), top_management (Top management), viewer (Viewer)',
        },
        {
          field: 'acceptanceAuthority.medium',
          reason: 'must name at least one role that may accept a residual risk at level "Medium"',
        },
        {
          field: 'acceptanceAuthority.high',
          reason: 'must name at least one role that may accept a residual risk at level "High"',
        },
      ],
    ],
    [
      'a matrix where a higher likelihood gives a lower level',
      {
        ...base,
        matrix: [
          ['low', 'medium', 'medium'],
          ['low', 'low', 'high'],
          ['medium', 'high', 'high'],
        ],
      },
      [
        {
          field: 'matrix.1.1',
          reason:
            '"low" (Medium × Real) is lower than "medium" (Low × Real): a higher likelihood must never give a lower level',
        },
      ],
    ],
    [
      'a matrix where a higher consequence gives a lower level',
      {
        ...base,
        matrix: [
          ['low', 'low', 'medium'],
          ['low', 'medium', 'high'],
          ['high', 'medium', 'high'],
        ],
      },
      [
        {
          field: 'matrix.2.1',
          reason:
            '"medium" (High × Real) is lower than "high" (High × Small): a higher consequence must never give a lower level',
        },
      ],
    ],
  ];

  it.each(cases)('refuses %s', (_name, input, issues) => {
    expect(issuesOf(input)).toEqual(issues);
  });

  it('lists every problem of badly broken input at once', () => {
    expect(
      fieldsOf({
        likelihood: { levels: [{ value: 1, label: '' }] },
        levels: [{ key: 'low', label: '', colour: '#000000' }],
        matrix: [['none']],
        acceptanceAuthority: { low: [] },
      }),
    ).toEqual([
      'likelihood.levels',
      'likelihood.levels.0.label',
      'consequence.levels',
      'levels',
      'levels.0.label',
      'matrix.0',
      'matrix.0.0',
      'acceptanceThreshold',
      'significance.fromLevel',
      'significance.rule',
      'acceptanceAuthority.low',
    ]);
  });

  it('reads nulls and scalars in place of lists as missing, without crashing', () => {
    expect(
      fieldsOf({
        ...base,
        likelihood: { levels: [null, 3, 'x'] as never },
        matrix: [null, null, null] as never,
      }),
    ).toEqual([
      'likelihood.levels.0.value',
      'likelihood.levels.0.label',
      'likelihood.levels.1.value',
      'likelihood.levels.1.label',
      'likelihood.levels.2.value',
      'likelihood.levels.2.label',
      'matrix.0',
      'matrix.1',
      'matrix.2',
    ]);
  });
});
