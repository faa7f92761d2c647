import { describe, expect, it } from 'vitest';
import { checkRiskCriteria } from './criteria.js';
import { defaultRiskCriteria, matrixFromScoreBands } from './default-criteria.js';
import { heatMap } from './heat-map.js';

const scored = (
  id: string,
  l: number | null,
  c: number | null,
  rl: number | null = null,
  rc: number | null = null,
) => ({
  id,
  likelihood: l,
  consequence: c,
  residualLikelihood: rl,
  residualConsequence: rc,
});

describe('heatMap', () => {
  const criteria = defaultRiskCriteria();
  const map = heatMap(criteria, [
    scored('r1', 5, 5, 2, 2),
    scored('r2', 5, 5),
    scored('r3', 1, 1, 1, 1),
    scored('r4', null, null),
    scored('r5', 6, 1),
  ]);

  it('counts risks per cell of the inherent grid', () => {
    expect(map.inherent.cells[4]?.[4]).toEqual({
      likelihood: 5,
      consequence: 5,
      level: 'critical',
      label: 'Critical',
      colour: '#c62828',
      count: 2,
      riskIds: ['r1', 'r2'],
    });
    expect(map.inherent.cells[0]?.[0]?.count).toBe(1);
    expect(map.inherent).toMatchObject({ scored: 3, unscored: 1, outOfScale: 1 });
  });

  it('counts risks with no residual score as unscored on the residual grid', () => {
    expect(map.residual.cells[1]?.[1]).toMatchObject({ level: 'low', count: 1, riskIds: ['r1'] });
    expect(map.residual.cells[4]?.[4]?.count).toBe(0);
    expect(map.residual).toMatchObject({ scored: 2, unscored: 3, outOfScale: 0 });
  });

  it('gives every cell its level, even empty ones', () => {
    const grid = map.inherent.cells.map((row) => row.map((cell) => cell.level));
    expect(grid).toEqual(criteria.matrix);
    expect(map.inherent.cells.flat().reduce((sum, cell) => sum + cell.count, 0)).toBe(3);
  });

  it('follows the shape of a 3 × 4 matrix', () => {
    const small = checkRiskCriteria({
      likelihood: {
        levels: ['a', 'b', 'c'].map((label, i) => ({ value: i + 1, label, description: '' })),
      },
      consequence: {
        levels: ['w', 'x', 'y', 'z'].map((label, i) => ({ value: i + 1, label, description: '' })),
      },
      levels: [
        { key: 'low', label: 'Low', colour: '#00aa00' },
        { key: 'high', label: 'High', colour: '#cc0000' },
      ],
      matrix: matrixFromScoreBands(3, 4, [
        { upTo: 4, level: 'low' },
        { upTo: 12, level: 'high' },
      ]),
      acceptanceThreshold: 'low',
      significance: { fromLevel: 'high', rule: 'High.' },
      acceptanceAuthority: { low: ['aims_manager'], high: ['approver'] },
    });
    const grid = heatMap(small, [scored('r1', 3, 4, 1, 4)]);
    expect(grid.inherent.cells.map((row) => row.length)).toEqual([4, 4, 4]);
    expect(grid.inherent.cells[2]?.[3]).toMatchObject({
      level: 'high',
      colour: '#cc0000',
      count: 1,
    });
    expect(grid.residual.cells[0]?.[3]).toMatchObject({ level: 'low', count: 1 });
  });
});
