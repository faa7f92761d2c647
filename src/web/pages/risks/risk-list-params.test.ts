import { describe, expect, it } from 'vitest';
import { cellFilterChange, cellFilterOf, riskListCodec } from './risk-list-params.js';

const read = (query: string) => riskListCodec.read(new URLSearchParams(query));

describe('the heat-map cell in the risk list’s URL', () => {
  it.each([
    ['likelihood=4&consequence=5', { grid: 'inherent', likelihood: 4, consequence: 5 }],
    [
      'residualLikelihood=2&residualConsequence=3',
      { grid: 'residual', likelihood: 2, consequence: 3 },
    ],
    ['likelihood=4', null],
    ['likelihood=9&consequence=1', null],
    ['', null],
  ])('reads %s as %j', (query, cell) => {
    expect(cellFilterOf(read(query))).toEqual(cell);
  });

  it('replaces the other grid’s cell and keeps the other filters', () => {
    const params = read('kind=risk&likelihood=4&consequence=5');
    const change = cellFilterChange(params, { grid: 'residual', likelihood: 2, consequence: 2 });
    const written = riskListCodec.write({ ...params, ...change });
    expect(written.toString()).toBe('kind=risk&residualLikelihood=2&residualConsequence=2');
  });

  it('clears the cell', () => {
    const params = read('likelihood=4&consequence=5&status=assessed');
    const written = riskListCodec.write({ ...params, ...cellFilterChange(params, null) });
    expect(written.toString()).toBe('status=assessed');
  });

  it('sends the cell to the API', () => {
    expect(riskListCodec.toQuery(read('likelihood=4&consequence=5'))).toEqual({
      sort: 'residualLevel',
      direction: 'asc',
      page: 1,
      pageSize: 25,
      likelihood: '4',
      consequence: '5',
    });
  });
});
