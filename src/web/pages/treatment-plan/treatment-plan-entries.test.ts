import { describe, expect, it } from 'vitest';
import { groupByRisk, hasPlanChanges, planChangeCounts } from './treatment-plan-entries.js';
import type { TreatmentPlanEntry } from './treatment-plan-queries.js';

const entry = (actionId: string, riskId: string): TreatmentPlanEntry => ({
  actionId,
  title: `Action ${actionId}`,
  riskId,
  riskStatement: `Risk ${riskId}`,
  riskKind: 'risk',
  treatmentOption: 'modify',
  inherentLevel: 'high',
  residualLevel: null,
  annexAControlIds: [],
  organizationControlIds: [],
  ownerUserId: null,
  dueDate: null,
  status: 'planned',
  isOverdue: false,
});

describe('grouping a plan by risk', () => {
  it('keeps the risks in the order given and gathers each risk’s actions in order', () => {
    const groups = groupByRisk([entry('a1', 'r2'), entry('a2', 'r1'), entry('a3', 'r2')]);
    expect(groups.map((group) => [group.riskId, group.entries.map((e) => e.actionId)])).toEqual([
      ['r2', ['a1', 'a3']],
      ['r1', ['a2']],
    ]);
  });

  it('has no groups for an empty plan', () => {
    expect(groupByRisk([])).toEqual([]);
  });
});

describe('counting the changes of a plan', () => {
  const none = { added: [], removed: [], changed: [] };
  const changed = {
    actionId: 'a1',
    fields: ['status' as const],
    before: entry('a1', 'r1'),
    after: entry('a1', 'r1'),
  };
  it.each([
    [none, false, ''],
    [{ ...none, added: [entry('a1', 'r1'), entry('a2', 'r1')] }, true, '2 added'],
    [{ ...none, removed: [entry('a1', 'r1')], changed: [changed] }, true, '1 removed, 1 changed'],
    [
      { added: [entry('a3', 'r1')], removed: [entry('a1', 'r1')], changed: [changed] },
      true,
      '1 added, 1 removed, 1 changed',
    ],
  ])('%#: says whether anything changed and what', (diff, hasChanges, counts) => {
    expect(hasPlanChanges(diff)).toBe(hasChanges);
    expect(planChangeCounts(diff)).toBe(counts);
  });
});
