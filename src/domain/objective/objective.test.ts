import { describe, expect, it } from 'vitest';
import {
  measurementIssues,
  objectiveProgress,
  planningGaps,
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
    const atMost = {
      kind: 'quantitative' as const,
      targetValue: 2,
      direction: 'at_most' as const,
      dueDate: null,
    };
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
    const atLeast = {
      kind: 'quantitative' as const,
      targetValue: 90,
      direction: 'at_least' as const,
      dueDate: '2026-11-30',
    };
    expect(objectiveProgress(atLeast, [measurement('2026-11-15', 80)], '2026-12-01')).toMatchObject(
      {
        isTargetMet: false,
        isOverdue: true,
      },
    );
  });

  it('has no verdict before the first measurement', () => {
    expect(
      objectiveProgress(
        { kind: 'quantitative', targetValue: 1, direction: 'at_least', dueDate: null },
        [],
        '2026-12-01',
      ),
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

describe('measurable if practicable (clause 6.2)', () => {
  const cases: {
    name: string;
    input: Parameters<typeof validateObjective>[0];
    fields: string[];
  }[] = [
    {
      name: 'a quantitative objective needs a metric and a target',
      input: { title: 'Explain decisions' },
      fields: ['metric', 'targetValue'],
    },
    {
      name: 'a quantitative objective with a metric and a target is fine',
      input: { title: 'Explain decisions', metric: 'Share explained', targetValue: 95 },
      fields: [],
    },
    {
      name: 'a qualitative objective needs no metric or target, but an evaluation method',
      input: { title: 'Responsible-AI culture', kind: 'qualitative' },
      fields: ['evaluationMethod'],
    },
    {
      name: 'a qualitative objective with an evaluation method is allowed',
      input: {
        title: 'Responsible-AI culture',
        kind: 'qualitative',
        evaluationMethod: 'Yearly staff survey reviewed by the AI ethics board',
      },
      fields: [],
    },
    {
      name: 'an unknown kind is refused',
      input: { title: 'x', kind: 'vague', metric: 'm', targetValue: 1 },
      fields: ['kind'],
    },
  ];
  it.each(cases)('$name', ({ input, fields }) => {
    expect(validateObjective(input).issues.map((issue) => issue.field)).toEqual(fields);
  });

  it('drops the target and unit of a qualitative objective', () => {
    const { details } = validateObjective({
      title: 'Culture',
      kind: 'qualitative',
      targetValue: 3,
      unit: '%',
      evaluationMethod: 'Board review',
    });
    expect(details).toMatchObject({ targetValue: null, unit: '', kind: 'qualitative' });
  });

  it('lists the planning items of clause 6.2 still missing, in the clause order', () => {
    const { details } = validateObjective({
      title: 'Explain decisions',
      metric: 'Share explained',
      targetValue: 95,
      plan: 'Add explanations to the claims UI',
    });
    expect(planningGaps(details)).toEqual([
      'resources',
      'ownerUserId',
      'dueDate',
      'communication',
      'policyConsistency',
    ]);
    const complete = {
      ...details,
      resources: 'Two developers for a quarter',
      ownerUserId: 'u1',
      dueDate: '2027-06-30',
      communication: 'Monthly AIMS newsletter',
      policyConsistency: 'Serves the transparency commitment of the AI policy',
    };
    expect(planningGaps(complete)).toEqual([]);
    expect(planningGaps({ ...complete, kind: 'qualitative', evaluationMethod: '' })).toEqual([
      'evaluationMethod',
    ]);
  });

  it('judges a qualitative evaluation by its outcome: 1 achieved, 0 not', () => {
    const qualitative = {
      kind: 'qualitative' as const,
      targetValue: null,
      direction: 'at_least' as const,
      dueDate: '2026-11-30',
    };
    expect(
      objectiveProgress(qualitative, [measurement('2026-11-20', 1)], '2026-12-01'),
    ).toMatchObject({ isTargetMet: true, isOverdue: false });
    expect(
      objectiveProgress(qualitative, [measurement('2026-11-20', 0)], '2026-12-01'),
    ).toMatchObject({ isTargetMet: false, isOverdue: true });
    expect(
      measurementIssues({ measuredOn: '2026-11-20', value: 0.5 }, '2026-12-01', 'qualitative'),
    ).toEqual([
      {
        field: 'value',
        reason: 'must be 1 (achieved) or 0 (not achieved) for a qualitative objective',
      },
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
