import { describe, expect, it } from 'vitest';
import { defaultRiskCriteria } from './default-criteria.js';
import { heatMapFromCounts } from './heat-map-counts.js';

describe('heatMapFromCounts', () => {
  it('places each count in its cell with the level the matrix gives, and totals what is off the scale', () => {
    const map = heatMapFromCounts(defaultRiskCriteria(), [
      { likelihood: 5, consequence: 4, count: 3 },
      { likelihood: 1, consequence: 1, count: 2 },
      { likelihood: 6, consequence: 1, count: 1 },
    ]);
    expect(map.cells).toHaveLength(5);
    expect(map.cells[4]?.[3]).toMatchObject({ level: 'critical', count: 3 });
    expect(map.cells[0]?.[0]).toMatchObject({ level: 'low', count: 2 });
    expect(map.cells[2]?.[2]).toMatchObject({ level: 'medium', count: 0 });
    expect(map).toMatchObject({ total: 6, outOfScale: 1 });
  });
});
