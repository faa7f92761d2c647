import { describe, expect, it } from 'vitest';
import { documentActions, versionActions } from './actions.js';
import type { Caller } from './actions.js';
import { addMonths, documentState, isReviewDueSoon, isReviewOverdue } from './status.js';
import type { VersionSummary } from './status.js';

const summary = (
  version: number,
  status: VersionSummary['status'],
  approvedAt: string | null = null,
): VersionSummary => ({
  id: `v${version}`,
  version,
  status,
  authorUserId: 'author',
  editorUserIds: ['author'],
  revision: 0,
  approvedAt,
  approvedByUserId: approvedAt ? 'approver' : null,
});

const active = { retiredAt: null, reviewIntervalMonths: 12, kind: 'ai_policy' as const };

describe('review dates', () => {
  it.each([
    ['2026-01-15', 12, '2027-01-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-08-31', 60, '2031-08-31'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('is overdue only from the day after the review date', () => {
    expect(isReviewOverdue('2027-01-15', '2027-01-15')).toBe(false);
    expect(isReviewOverdue('2027-01-15', '2027-01-16')).toBe(true);
    expect(isReviewOverdue(null, '2099-01-01')).toBe(false);
  });

  it.each([
    ['2027-01-15', '2026-12-15', false],
    ['2027-01-15', '2026-12-16', true],
    ['2027-01-15', '2027-01-15', true],
    ['2027-01-15', '2027-01-16', false],
    [null, '2027-01-15', false],
  ])('a review on %s is due soon on %s: %s', (reviewDate, today, expected) => {
    expect(isReviewDueSoon(reviewDate, today)).toBe(expected);
  });
});

describe('document state', () => {
  it('is a draft, with no review date, until something is submitted', () => {
    expect(documentState(active, [summary(1, 'draft')], '2026-12-01')).toMatchObject({
      status: 'draft',
      currentVersion: null,
      openVersion: { id: 'v1', status: 'draft' },
      nextReviewDate: null,
      isReviewOverdue: false,
    });
    expect(documentState(active, [summary(1, 'in_review')], '2026-12-01').status).toBe('in_review');
  });

  it('stays approved while a revision is open, and dates the review from the approval', () => {
    const state = documentState(
      active,
      [summary(2, 'in_review'), summary(1, 'approved', '2025-11-20T16:00:00.000Z')],
      '2026-12-01',
    );
    expect(state).toMatchObject({
      status: 'approved',
      currentVersion: { version: 1, approvedAt: '2025-11-20T16:00:00.000Z' },
      openVersion: { version: 2, status: 'in_review' },
      nextReviewDate: '2026-11-20',
      isReviewOverdue: true,
    });
  });

  it('never dates a review for a record, which is retained rather than reviewed', () => {
    const old = [summary(1, 'approved', '2020-01-01T00:00:00.000Z')];
    const record = documentState({ ...active, kind: 'record' }, old, '2026-12-01');
    expect(record).toMatchObject({
      status: 'approved',
      nextReviewDate: null,
      isReviewOverdue: false,
      isReviewDueSoon: false,
    });
    expect(documentState(active, old, '2026-12-01').isReviewOverdue).toBe(true);
  });

  it('is retired, with no review due, once retired', () => {
    const state = documentState(
      { ...active, retiredAt: '2026-12-01T00:00:00.000Z' },
      [summary(1, 'approved', '2020-01-01T00:00:00.000Z')],
      '2026-12-01',
    );
    expect(state).toMatchObject({
      status: 'retired',
      nextReviewDate: null,
      isReviewOverdue: false,
    });
  });
});

describe('available actions', () => {
  const writer: Caller = { userId: 'writer', canWrite: true, canApprove: false };
  const approver: Caller = { userId: 'approver', canWrite: false, canApprove: true };
  const authorApprover: Caller = { userId: 'author', canWrite: true, canApprove: true };
  const viewer: Caller = { userId: 'viewer', canWrite: false, canApprove: false };
  const draft = {
    id: 'v1',
    version: 1,
    status: 'draft' as const,
    authorUserId: 'author',
    editorUserIds: ['author'],
    revision: 0,
  };
  const inReview = { ...draft, status: 'in_review' as const };

  it.each([
    ['a writer, draft open', writer, draft, ['edit', 'retire', 'edit_draft', 'submit']],
    ['a writer, version in review', writer, inReview, ['edit', 'retire', 'return']],
    ['a writer, nothing open', writer, null, ['edit', 'new_version', 'retire']],
    ['an approver, version in review', approver, inReview, ['approve', 'return']],
    ['an approver, draft open', approver, draft, []],
    ['the author holding both roles', authorApprover, inReview, ['edit', 'retire', 'return']],
    ['a viewer', viewer, inReview, []],
  ] as const)('offers %s: %j', (_label, caller, open, expected) => {
    expect(documentActions({ retiredAt: null }, open, caller)).toEqual(expected);
  });

  it('offers only its retention and readers on a retired document, to writers', () => {
    expect(documentActions({ retiredAt: '2026-01-01' }, draft, writer)).toEqual(['edit_control']);
    expect(documentActions({ retiredAt: '2026-01-01' }, draft, approver)).toEqual([]);
    expect(versionActions({ retiredAt: '2026-01-01' }, inReview, approver)).toEqual([]);
  });

  it('never offers approval to the operator, who is not a person', () => {
    const operator: Caller = { userId: null, canWrite: true, canApprove: true };
    expect(versionActions({ retiredAt: null }, inReview, operator)).toEqual(['return']);
  });

  it('offers nothing on an approved or superseded version', () => {
    for (const status of ['approved', 'superseded'] as const) {
      expect(versionActions({ retiredAt: null }, { ...draft, status }, authorApprover)).toEqual([]);
    }
  });
});
