import { describe, expect, it } from 'vitest';
import {
  measurementIssues,
  objectiveProgress,
  summarizeObjectives,
  validateObjective,
} from './objective.js';

const measurement = (
  measuredOn: string,
  value: number,
  createdAt = `${measuredOn}T10:00:00.000Z`,
) => ({
  measuredOn,
  value,
  createdAt,
});

describe('AI objectives', () => {
  it('defaults to "higher is better" and checks the due date and Annex C link', () => {
    const { details, issues } = validateObjective({
      title: 'Explain decisions',
      metric: 'Share of decisions with an explanation',
      targetValue: 95,
      dueDate: '2027-02-30',
      annexCObjectiveId: 'transparency_and_explainability' as never,
    });
    expect(details.direction).toBe('at_least');
    expect(issues.map((issue) => issue.field)).toEqual(['dueDate', 'annexCObjectiveId']);
  });

  it('judges the latest measurement against the target in the objective’s direction', () => {
    const atMost = { targetValue: 2, direction: 'at_most' as const, dueDate: null };
    expect(
      objectiveProgress(
        atMost,
        [measurement('2026-10-01', 5), measurement('2026-11-01', 1.5)],
        '2026-12-01',
      ),
    ).toEqual({
      latestValue: 1.5,
      latestMeasuredOn: '2026-11-01',
      isTargetMet: true,
      isOverdue: false,
    });
    const atLeast = { targetValue: 90, direction: 'at_least' as const, dueDate: '2026-11-30' };
    expect(objectiveProgress(atLeast, [measurement('2026-11-15', 80)], '2026-12-01')).toMatchObject(
      {
        isTargetMet: false,
        isOverdue: true,
      },
    );
  });

  it('has no verdict before the first measurement', () => {
    expect(
      objectiveProgress({ targetValue: 1, direction: 'at_least', dueDate: null }, [], '2026-12-01'),
    ).toMatchObject({
      latestValue: null,
      isTargetMet: null,
    });
  });

  it('refuses a measurement dated in the future', () => {
    expect(measurementIssues({ measuredOn: '2026-12-02', value: 1 }, '2026-12-01')).toEqual([
      { field: 'measuredOn', reason: 'cannot be in the future' },
    ]);
  });
});

describe('a summary of AI objectives', () => {
  it('counts each verdict once, and overdue beside it', () => {
    expect(
      summarizeObjectives([
        { isTargetMet: true, isOverdue: false },
        { isTargetMet: false, isOverdue: true },
        { isTargetMet: false, isOverdue: false },
        { isTargetMet: null, isOverdue: true },
      ]),
    ).toEqual({ targetMet: 1, targetNotMet: 2, withoutMeasurement: 1, overdue: 2 });
  });

  it('is all zeros for no objectives', () => {
    expect(summarizeObjectives([])).toEqual({
      targetMet: 0,
      targetNotMet: 0,
      withoutMeasurement: 0,
      overdue: 0,
    });
  });
});
