import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { defaultRiskCriteria } from './default-criteria.js';
import type { PlanAction, PlanRisk } from './treatment-plan.js';
import { treatmentPlanDiff, treatmentPlanSnapshot } from './treatment-plan.js';

const criteria = defaultRiskCriteria();
const today = '2026-12-01';

const risk = (
  id: string,
  statement: string,
  l: number,
  c: number,
  changes: Partial<PlanRisk> = {},
): PlanRisk => ({
  id,
  kind: 'risk',
  statement,
  treatmentOption: 'modify',
  likelihood: l,
  consequence: c,
  residualLikelihood: null,
  residualConsequence: null,
  ...changes,
});

const action = (id: string, riskId: string, changes: Partial<PlanAction> = {}): PlanAction => ({
  id,
  riskId,
  title: `Action ${id}`,
  ownerUserId: 'owner-1',
  dueDate: '2027-01-15',
  status: 'planned',
  annexAControlIds: [],
  organizationControlIds: [],
  ...changes,
});

const risks = [
  risk('r-medium', 'Drift in the scoring model', 3, 2),
  risk('r-critical', 'Unfair refusals of loans', 5, 5, {
    residualLikelihood: 2,
    residualConsequence: 2,
  }),
  risk('r-untreated', 'Chatbot gives medical advice', 4, 4),
  risk('r-retained', 'Vendor outage', 4, 4, { treatmentOption: 'retain' }),
  risk('o-1', 'Faster triage', 5, 5, { kind: 'opportunity' }),
];
const actions = [
  action('a3', 'r-medium', { dueDate: null }),
  action('a2', 'r-critical', {
    title: 'Add human review',
    dueDate: '2026-11-30',
    annexAControlIds: ['A.9.3', 'A.6.2.4'],
    organizationControlIds: ['ORG-10', 'ORG-2'],
  }),
  action('a1', 'r-critical', { title: 'Bias tests', dueDate: '2026-11-15', status: 'done' }),
  action('a4', 'r-untreated', { status: 'cancelled', dueDate: '2026-10-01' }),
];

describe('treatmentPlanSnapshot', () => {
  const plan = treatmentPlanSnapshot(risks, actions, criteria, today);

  it('orders entries by current level, risk, due date and title', () => {
    expect(plan.entries.map((entry) => entry.actionId)).toEqual(['a4', 'a3', 'a1', 'a2']);
  });

  it('carries the risk, its levels, sorted control links and whether the action is late', () => {
    expect(plan.entries[3]).toEqual({
      actionId: 'a2',
      title: 'Add human review',
      riskId: 'r-critical',
      riskStatement: 'Unfair refusals of loans',
      riskKind: 'risk',
      treatmentOption: 'modify',
      inherentLevel: 'critical',
      residualLevel: 'low',
      annexAControlIds: ['A.6.2.4', 'A.9.3'],
      organizationControlIds: ['ORG-2', 'ORG-10'],
      ownerUserId: 'owner-1',
      dueDate: '2026-11-30',
      status: 'planned',
      isOverdue: true,
    });
    expect(plan.entries.map((entry) => entry.isOverdue)).toEqual([false, false, false, true]);
  });

  it('summarizes statuses, overdue actions and risks above the threshold with no live action', () => {
    expect(plan.summary).toEqual({
      actions: 4,
      byStatus: { planned: 2, in_progress: 0, done: 1, cancelled: 1 },
      overdue: 1,
      risksTreated: 3,
      untreatedAboveThreshold: ['r-untreated'],
    });
    expect(plan.asOf).toBe(today);
  });

  it('is frozen and survives a JSON round trip', () => {
    expect(Object.isFrozen(plan)).toBe(true);
    expect(Object.isFrozen(plan.entries[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  it('does not depend on the order risks and actions arrive in', () => {
    expect(
      treatmentPlanSnapshot([...risks].reverse(), [...actions].reverse(), criteria, today),
    ).toEqual(plan);
  });

  it('refuses unknown risks, repeated actions and controls that do not exist', () => {
    try {
      treatmentPlanSnapshot(
        risks,
        [
          action('a1', 'r-medium', {
            annexAControlIds: ['A.7.1'],
            organizationControlIds: ['ORG-3', 'X'],
          }),
          action('a1', 'r-gone'),
        ],
        criteria,
        today,
      );
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('RISK_TREATMENT_PLAN_INVALID');
      expect((error as DomainError).details.issues?.map((issue) => issue.field)).toEqual([
        'actions.0.annexAControlIds.0',
        'actions.0.organizationControlIds.1',
        'actions.1.id',
        'actions.1.riskId',
      ]);
    }
  });
});

describe('treatmentPlanDiff', () => {
  const before = treatmentPlanSnapshot(risks, actions, criteria, today);

  it('lists added, removed and changed actions with the fields that changed', () => {
    const after = treatmentPlanSnapshot(
      risks,
      [
        action('a3', 'r-medium', { dueDate: null }),
        action('a2', 'r-critical', {
          title: 'Add human review',
          dueDate: '2027-02-28',
          status: 'in_progress',
          annexAControlIds: ['A.6.2.4', 'A.9.3'],
          organizationControlIds: ['ORG-2'],
        }),
        action('a4', 'r-untreated', { status: 'cancelled', dueDate: '2026-10-01' }),
        action('a5', 'r-untreated', { title: 'Limit answers to service topics' }),
      ],
      criteria,
      today,
    );
    const diff = treatmentPlanDiff(before, after);
    expect(diff.added.map((entry) => entry.actionId)).toEqual(['a5']);
    expect(diff.removed.map((entry) => entry.actionId)).toEqual(['a1']);
    expect(diff.changed.map(({ actionId, fields }) => ({ actionId, fields }))).toEqual([
      { actionId: 'a2', fields: ['organizationControlIds', 'dueDate', 'status'] },
    ]);
    expect(diff.unchanged).toBe(2);
  });

  it('finds nothing between a plan and itself a day later', () => {
    const later = treatmentPlanSnapshot(risks, actions, criteria, '2027-06-01');
    expect(treatmentPlanDiff(before, later)).toEqual({
      added: [],
      removed: [],
      changed: [],
      unchanged: 4,
    });
  });

  it('sees a risk rescored as a change of its actions', () => {
    const rescored = risks.map((entry) =>
      entry.id === 'r-medium' ? { ...entry, likelihood: 5, consequence: 4 } : entry,
    );
    const diff = treatmentPlanDiff(
      before,
      treatmentPlanSnapshot(rescored, actions, criteria, today),
    );
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]).toMatchObject({ actionId: 'a3', fields: ['inherentLevel'] });
  });
});
