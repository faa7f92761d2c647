import { describe, expect, it } from 'vitest';
import { defaultRiskCriteria } from './default-criteria.js';
import {
  addMonths,
  isMonth,
  monthOf,
  monthsEndingWith,
  trendLegend,
  trendMonthOf,
  trendSeries,
} from './risk-trend.js';
import type { RiskTrendMonth } from './risk-trend.js';

const LEVELS = defaultRiskCriteria().levels;

const month = (value: string, levels: RiskTrendMonth['levels']): RiskTrendMonth => ({
  month: value,
  takenAt: `${value}-28T06:00:00.000Z`,
  levels,
  unscored: 0,
  open: levels.reduce((sum, level) => sum + level.count, 0),
});

describe('months of the risk trend', () => {
  it.each([
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-03', -14, '2025-01'],
    ['2026-06', 0, '2026-06'],
    ['0001-01', 23, '0002-12'],
  ])('%s moved by %i is %s', (start, count, expected) => {
    expect(addMonths(start, count)).toBe(expected);
  });

  it('lists the months that end with a month, oldest first', () => {
    expect(monthsEndingWith('2027-02', 4)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });

  it('reads the month of a date and of an instant', () => {
    expect(monthOf('2026-12-31')).toBe('2026-12');
    expect(monthOf('2026-12-31T23:59:59.000Z')).toBe('2026-12');
  });

  it.each(['2026-13', '2026-00', '2026-1', '26-01', '2026-01-01'])(
    'refuses "%s" as a month',
    (value) => {
      expect(isMonth(value)).toBe(false);
    },
  );
});

describe('a month of the risk trend', () => {
  it('counts every level of the criteria in force, lowest first, none left out', () => {
    const figures = trendMonthOf({
      month: '2026-12',
      takenAt: '2026-12-07T06:00:00.000Z',
      levelsInForce: LEVELS,
      levelsByCriteria: new Map(),
      counts: [
        { criteriaVersionId: 'c1', level: 'high', count: 3 },
        { criteriaVersionId: 'c1', level: 'low', count: 5 },
      ],
      unscored: 2,
    });
    expect(figures.levels.map((level) => [level.key, level.count])).toEqual([
      ['low', 5],
      ['medium', 0],
      ['high', 3],
      ['critical', 0],
    ]);
    expect(figures.open).toBe(10);
  });

  it('adds the counts of the same level under two criteria versions', () => {
    const figures = trendMonthOf({
      month: '2026-12',
      takenAt: '2026-12-07T06:00:00.000Z',
      levelsInForce: LEVELS,
      levelsByCriteria: new Map(),
      counts: [
        { criteriaVersionId: 'c1', level: 'medium', count: 1 },
        { criteriaVersionId: 'c2', level: 'medium', count: 4 },
      ],
      unscored: 0,
    });
    expect(figures.levels.find((level) => level.key === 'medium')?.count).toBe(5);
  });

  it('keeps a level only older criteria know, with their label and colour', () => {
    const figures = trendMonthOf({
      month: '2026-12',
      takenAt: '2026-12-07T06:00:00.000Z',
      levelsInForce: LEVELS,
      levelsByCriteria: new Map([['old', [{ key: 'severe', label: 'Severe', colour: '#7b2cbf' }]]]),
      counts: [
        { criteriaVersionId: 'old', level: 'severe', count: 2 },
        { criteriaVersionId: 'gone', level: 'extreme', count: 1 },
      ],
      unscored: 0,
    });
    expect(figures.levels.slice(4)).toEqual([
      { key: 'severe', label: 'Severe', colour: '#7b2cbf', count: 2 },
      { key: 'extreme', label: 'extreme', colour: '#868e96', count: 1 },
    ]);
    expect(figures.open).toBe(3);
  });
});

describe('the series of the risk trend', () => {
  it('leaves the months nothing was recorded for empty', () => {
    const december = month('2026-12', [{ key: 'low', label: 'Low', colour: '#2f9e44', count: 1 }]);
    expect(trendSeries(['2026-10', '2026-11', '2026-12'], [december])).toEqual([
      { month: '2026-10', figures: null },
      { month: '2026-11', figures: null },
      { month: '2026-12', figures: december },
    ]);
  });

  it('names each level once, the newest month’s first', () => {
    const legend = trendLegend([
      month('2026-11', [
        { key: 'minor', label: 'Minor', colour: '#aaaaaa', count: 1 },
        { key: 'high', label: 'High (old)', colour: '#bbbbbb', count: 1 },
      ]),
      month('2026-12', [
        { key: 'low', label: 'Low', colour: '#2f9e44', count: 0 },
        { key: 'high', label: 'High', colour: '#e8590c', count: 2 },
      ]),
    ]);
    expect(legend).toEqual([
      { key: 'low', label: 'Low', colour: '#2f9e44' },
      { key: 'high', label: 'High', colour: '#e8590c' },
      { key: 'minor', label: 'Minor', colour: '#aaaaaa' },
    ]);
  });
});
