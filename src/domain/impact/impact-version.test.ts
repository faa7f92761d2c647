import { describe, expect, it } from 'vitest';
import type { ActorFacts } from '../approval/approval.js';
import {
  impactAssessmentActions,
  isImpactReviewOverdue,
  isOpenImpactAssessment,
  needsImpactAssessment,
} from './impact-version.js';

const WRITER: ActorFacts = { userId: 'w', canWrite: true, canApprove: false };
const APPROVER: ActorFacts = { userId: 'a', canWrite: false, canApprove: true };
const BOTH: ActorFacts = { userId: 'w', canWrite: true, canApprove: true };

describe('impactAssessmentActions', () => {
  it.each([
    ['draft', WRITER, false, ['edit', 'submit', 'discard']],
    ['draft', APPROVER, false, []],
    ['in_review', APPROVER, false, ['approve', 'return']],
    ['in_review', BOTH, false, ['return']],
    ['in_review', WRITER, false, ['return']],
    ['approved', WRITER, false, ['revise']],
    ['approved', WRITER, true, []],
    ['approved', APPROVER, false, []],
    ['superseded', WRITER, false, []],
  ] as const)('%s for %o (open version: %s) offers %o', (status, actor, hasOpen, expected) => {
    const version = { status, editorUserIds: ['w'], revision: 3 };
    expect(impactAssessmentActions(version, actor, hasOpen)).toEqual(expected);
  });
});

describe('isOpenImpactAssessment', () => {
  it.each([
    ['draft', true],
    ['in_review', true],
    ['approved', false],
    ['superseded', false],
  ] as const)('%s → %s', (status, expected) => {
    expect(isOpenImpactAssessment({ status })).toBe(expected);
  });
});

describe('isImpactReviewOverdue', () => {
  it.each([
    [null, '2027-01-01', false],
    ['2027-01-01', '2027-01-01', false],
    ['2027-01-01', '2027-01-02', true],
    ['2027-01-01', '2026-12-31', false],
  ] as const)('review %s on %s → %s', (date, today, expected) => {
    expect(isImpactReviewOverdue(date, today)).toBe(expected);
  });
});

describe('needsImpactAssessment', () => {
  it.each([
    [true, false, false, true],
    [true, true, false, false],
    [true, true, true, true],
    [false, false, false, false],
    [false, true, true, false],
  ] as const)(
    'in scope %s, approved %s, overdue %s → %s',
    (isInScope, hasApprovedVersion, isReviewOverdue, expected) => {
      expect(needsImpactAssessment({ isInScope, hasApprovedVersion, isReviewOverdue })).toBe(
        expected,
      );
    },
  );
});
