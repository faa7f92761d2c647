import { describe, expect, it } from 'vitest';
import { availableApprovalActions, decide, withEditor } from './approval.js';
import type { ActorFacts, ApprovalAction, ApprovalStatus, VersionFacts } from './approval.js';

const version = (status: ApprovalStatus, extra: Partial<VersionFacts> = {}): VersionFacts => ({
  status,
  editorUserIds: ['writer'],
  revision: 3,
  ...extra,
});

const writer: ActorFacts = { userId: 'writer', canWrite: true, canApprove: false };
const colleague: ActorFacts = { userId: 'colleague', canWrite: true, canApprove: false };
const approver: ActorFacts = { userId: 'approver', canWrite: false, canApprove: true };
const writerApprover: ActorFacts = { userId: 'writer', canWrite: true, canApprove: true };
const reader: ActorFacts = { userId: 'reader', canWrite: false, canApprove: false };
const operator: ActorFacts = { userId: null, canWrite: true, canApprove: true };

const returnIt: ApprovalAction = { type: 'return', comment: 'Name the sites' };

describe('decide: transitions', () => {
  it.each<[string, ApprovalStatus, ApprovalAction, ActorFacts, ApprovalStatus, string[]]>([
    ['a writer edits a draft', 'draft', { type: 'edit' }, writer, 'draft', ['record_editor']],
    ['the operator edits a draft', 'draft', { type: 'edit' }, operator, 'draft', ['record_editor']],
    [
      'a writer submits a draft',
      'draft',
      { type: 'submit' },
      writer,
      'in_review',
      ['record_submission'],
    ],
    [
      'an approver returns a version in review',
      'in_review',
      returnIt,
      approver,
      'draft',
      ['store_return_comment', 'clear_submission'],
    ],
    [
      'a writer withdraws a version in review',
      'in_review',
      returnIt,
      writer,
      'draft',
      ['store_return_comment', 'clear_submission'],
    ],
    [
      'an approver who never changed it approves',
      'in_review',
      { type: 'approve' },
      approver,
      'approved',
      ['record_approval', 'supersede_in_force'],
    ],
    [
      'the version in force is superseded',
      'approved',
      { type: 'supersede' },
      reader,
      'superseded',
      [],
    ],
    [
      'a matching read revision passes',
      'draft',
      { type: 'edit', readRevision: 3 },
      writer,
      'draft',
      ['record_editor'],
    ],
  ])('%s', (_name, status, action, actor, next, effects) => {
    expect(decide(version(status), action, actor)).toEqual({ ok: true, next, effects });
  });

  it('retires an approved version of a record that allows it', () => {
    const decision = decide(version('approved', { isRetirable: true }), { type: 'retire' }, writer);
    expect(decision).toEqual({ ok: true, next: 'retired', effects: [] });
  });
});

describe('decide: refusals', () => {
  it.each<[string, VersionFacts, ApprovalAction, ActorFacts, string, string]>([
    [
      'the creator approves',
      version('in_review'),
      { type: 'approve' },
      writerApprover,
      'APPROVAL_BY_EDITOR',
      'Forbidden',
    ],
    [
      'someone who later edited the version approves',
      version('in_review', { editorUserIds: ['writer', 'approver'] }),
      { type: 'approve' },
      approver,
      'APPROVAL_BY_EDITOR',
      'Forbidden',
    ],
    [
      'the operator approves',
      version('in_review', { editorUserIds: [] }),
      { type: 'approve' },
      operator,
      'APPROVAL_BY_OPERATOR',
      'Forbidden',
    ],
    [
      'a writer without approval rights approves',
      version('in_review'),
      { type: 'approve' },
      colleague,
      'APPROVAL_NOT_PERMITTED',
      'Forbidden',
    ],
    [
      'a reader edits',
      version('draft'),
      { type: 'edit' },
      reader,
      'APPROVAL_NOT_PERMITTED',
      'Forbidden',
    ],
    [
      'a reader returns',
      version('in_review'),
      returnIt,
      reader,
      'APPROVAL_NOT_PERMITTED',
      'Forbidden',
    ],
    [
      'an approver submits',
      version('draft'),
      { type: 'submit' },
      approver,
      'APPROVAL_NOT_PERMITTED',
      'Forbidden',
    ],
    [
      'a draft is approved',
      version('draft'),
      { type: 'approve' },
      approver,
      'APPROVAL_NOT_SUBMITTED',
      'InvalidState',
    ],
    [
      'an approved version is approved again',
      version('approved'),
      { type: 'approve' },
      approver,
      'APPROVAL_INVALID_TRANSITION',
      'InvalidState',
    ],
    [
      'a version in review is submitted again',
      version('in_review'),
      { type: 'submit' },
      writer,
      'APPROVAL_INVALID_TRANSITION',
      'InvalidState',
    ],
    [
      'a draft is returned',
      version('draft'),
      returnIt,
      approver,
      'APPROVAL_INVALID_TRANSITION',
      'InvalidState',
    ],
    [
      'a draft is superseded',
      version('draft'),
      { type: 'supersede' },
      approver,
      'APPROVAL_INVALID_TRANSITION',
      'InvalidState',
    ],
    [
      'a superseded version is returned',
      version('superseded'),
      returnIt,
      approver,
      'APPROVAL_INVALID_TRANSITION',
      'InvalidState',
    ],
    [
      'a record that is not retirable is retired',
      version('approved'),
      { type: 'retire' },
      writer,
      'APPROVAL_INVALID_TRANSITION',
      'InvalidState',
    ],
    [
      'a draft is retired',
      version('draft', { isRetirable: true }),
      { type: 'retire' },
      writer,
      'APPROVAL_INVALID_TRANSITION',
      'InvalidState',
    ],
    [
      'a version in review is edited',
      version('in_review'),
      { type: 'edit' },
      writer,
      'APPROVAL_NOT_DRAFT',
      'InvalidState',
    ],
    [
      'an approved version is edited',
      version('approved'),
      { type: 'edit' },
      writer,
      'APPROVAL_NOT_DRAFT',
      'InvalidState',
    ],
    [
      'a version read at an older revision is approved',
      version('in_review'),
      { type: 'approve', readRevision: 2 },
      approver,
      'APPROVAL_STALE',
      'Conflict',
    ],
    [
      'a version read at an older revision is edited',
      version('draft'),
      { type: 'edit', readRevision: 1 },
      writer,
      'APPROVAL_STALE',
      'Conflict',
    ],
    [
      'a version is returned without a comment',
      version('in_review'),
      { type: 'return', comment: '  ' },
      approver,
      'APPROVAL_COMMENT_REQUIRED',
      'Invalid',
    ],
  ])('refuses when %s', (_name, facts, action, actor, code, kind) => {
    const decision = decide(facts, action, actor);
    expect(decision.ok).toBe(false);
    if (!decision.ok) {
      expect(decision.code).toBe(code);
      expect(decision.kind).toBe(kind);
      expect(decision.message.length).toBeGreaterThan(0);
    }
  });

  it('names the comment field when a return has no comment', () => {
    const decision = decide(version('in_review'), { type: 'return', comment: '' }, approver);
    expect(decision).toMatchObject({ details: { issues: [{ field: 'comment' }] } });
  });
});

describe('availableApprovalActions', () => {
  it.each<[string, VersionFacts, ActorFacts, string[]]>([
    ['a writer on a draft', version('draft'), writer, ['edit', 'submit']],
    ['an approver on a draft', version('draft'), approver, []],
    ['an approver on a version in review', version('in_review'), approver, ['approve', 'return']],
    ['its writer on a version in review', version('in_review'), writerApprover, ['return']],
    ['the operator on a version in review', version('in_review'), operator, ['return']],
    ['a reader on a version in review', version('in_review'), reader, []],
    [
      'a writer on an approved, retirable version',
      version('approved', { isRetirable: true }),
      writer,
      ['retire'],
    ],
    ['anyone on a superseded version', version('superseded'), writerApprover, []],
  ])('offers %s exactly what decide allows', (_name, facts, actor, expected) => {
    expect(availableApprovalActions(facts, actor)).toEqual(expected);
  });
});

describe('withEditor', () => {
  it('adds a new editor once and leaves the operator out', () => {
    expect(withEditor(['a'], 'b')).toEqual(['a', 'b']);
    expect(withEditor(['a', 'b'], 'a')).toEqual(['a', 'b']);
    expect(withEditor(['a'], null)).toEqual(['a']);
  });
});
