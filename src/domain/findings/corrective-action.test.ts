import { describe, expect, it } from 'vitest';
import { decideCorrectiveAction, isCorrectiveActionOverdue } from './corrective-action.js';
import type {
  CorrectiveActionState,
  CorrectiveActionStatus,
  CorrectiveActionStep,
} from './corrective-action.js';

const OWNER = 'owner-1';
const REVIEWER = 'reviewer-1';

const filled: CorrectiveActionState = {
  status: 'planning',
  correction: 'Withdrew the wrongly ranked claims and ranked them by hand',
  rootCause: 'The postcode feature was not in the fairness test set',
  actionPlan: 'Add postcode groups to the fairness tests and retrain',
  ownerUserId: OWNER,
  dueDate: '2027-01-31',
  implementationEvidence: 'Fairness report for triage v4',
  reviews: [],
};

const at = (status: CorrectiveActionStatus, changes: Partial<CorrectiveActionState> = {}) => ({
  ...filled,
  status,
  ...changes,
});

const review = (isEffective: boolean, note = 'Sampled 40 claims; no gap above 2 points') =>
  ({ type: 'review', isEffective, note }) as const;

describe('the corrective-action steps', () => {
  const cases: [string, CorrectiveActionState, CorrectiveActionStep, string | null, string][] = [
    ['plans a filled-in action', at('planning'), { type: 'plan' }, OWNER, 'in_progress'],
    [
      'implements it with evidence',
      at('in_progress'),
      { type: 'implement' },
      OWNER,
      'awaiting_review',
    ],
    [
      'is found effective by another person',
      at('awaiting_review'),
      review(true),
      REVIEWER,
      'effective',
    ],
    [
      'goes back to work when not effective',
      at('awaiting_review'),
      review(false),
      REVIEWER,
      'in_progress',
    ],
    ['closes once effective', at('effective'), { type: 'close' }, REVIEWER, 'closed'],
    ['closes by the owner too, once reviewed', at('effective'), { type: 'close' }, OWNER, 'closed'],
  ];
  it.each(cases)('%s', (_name, state, step, userId, next) => {
    expect(decideCorrectiveAction(state, step, { userId })).toEqual({ ok: true, next });
  });

  const refusals: [string, CorrectiveActionState, CorrectiveActionStep, string | null, string][] = [
    [
      'no review by the owner',
      at('awaiting_review'),
      review(true),
      OWNER,
      'CORRECTIVE_ACTION_REVIEW_BY_OWNER',
    ],
    [
      'no review by the operator',
      at('awaiting_review'),
      review(true),
      null,
      'CORRECTIVE_ACTION_REVIEW_BY_OPERATOR',
    ],
    [
      'no review without a note',
      at('awaiting_review'),
      review(true, '  '),
      REVIEWER,
      'CORRECTIVE_ACTION_INCOMPLETE',
    ],
    [
      'no closing before the review',
      at('awaiting_review'),
      { type: 'close' },
      REVIEWER,
      'CORRECTIVE_ACTION_INVALID_STEP',
    ],
    [
      'no closing while in progress',
      at('in_progress'),
      { type: 'close' },
      OWNER,
      'CORRECTIVE_ACTION_INVALID_STEP',
    ],
    [
      'no review before implementation',
      at('in_progress'),
      review(true),
      REVIEWER,
      'CORRECTIVE_ACTION_INVALID_STEP',
    ],
    [
      'no second plan',
      at('in_progress'),
      { type: 'plan' },
      OWNER,
      'CORRECTIVE_ACTION_INVALID_STEP',
    ],
    [
      'nothing after closing',
      at('closed'),
      review(true),
      REVIEWER,
      'CORRECTIVE_ACTION_INVALID_STEP',
    ],
  ];
  it.each(refusals)('refuses: %s', (_name, state, step, userId, code) => {
    const decision = decideCorrectiveAction(state, step, { userId });
    expect(decision).toMatchObject({ ok: false, code });
  });

  it('names every field a plan still needs, the correction kept apart from the action', () => {
    const decision = decideCorrectiveAction(
      at('planning', { correction: '', rootCause: ' ', ownerUserId: null }),
      { type: 'plan' },
      { userId: OWNER },
    );
    expect(decision).toMatchObject({
      ok: false,
      code: 'CORRECTIVE_ACTION_INCOMPLETE',
      kind: 'Invalid',
      missing: ['correction', 'rootCause', 'ownerUserId'],
    });
  });

  it('needs evidence of implementation before the review', () => {
    const decision = decideCorrectiveAction(
      at('in_progress', { implementationEvidence: '' }),
      { type: 'implement' },
      { userId: OWNER },
    );
    expect(decision).toMatchObject({ ok: false, missing: ['implementationEvidence'] });
  });
});

describe('overdue corrective actions', () => {
  const cases: [CorrectiveActionStatus, string | null, boolean][] = [
    ['planning', '2026-12-06', true],
    ['in_progress', '2026-12-06', true],
    ['in_progress', '2026-12-07', false],
    ['in_progress', null, false],
    ['awaiting_review', '2026-01-01', false],
    ['effective', '2026-01-01', false],
    ['closed', '2026-01-01', false],
  ];
  it.each(cases)('%s due %s is overdue on 2026-12-07: %s', (status, dueDate, overdue) => {
    expect(isCorrectiveActionOverdue({ status, dueDate }, '2026-12-07')).toBe(overdue);
  });
});
