import { describe, expect, it } from 'vitest';
import { publishRefusal, soaVersionActions } from './soa-version.js';

const approver = { userId: 'u2', canWrite: false, canApprove: true };
const writer = { userId: 'u1', canWrite: true, canApprove: false };

describe('the actions of a SoA version', () => {
  it.each([
    ['draft by its editor', 'draft', ['u1'], null, writer, false, ['refresh', 'submit', 'discard']],
    ['in review for an approver', 'in_review', ['u1'], null, approver, true, ['approve', 'return']],
    [
      'in force, unpublished, for an approver',
      'approved',
      ['u1'],
      null,
      approver,
      false,
      ['publish'],
    ],
    [
      'in force, published, for a writer',
      'approved',
      ['u1'],
      '2026-12-01T00:00:00Z',
      writer,
      false,
      ['revise'],
    ],
    [
      'in force while another is open',
      'approved',
      ['u1'],
      '2026-12-01T00:00:00Z',
      writer,
      true,
      [],
    ],
  ] as const)('%s', (_, status, editorUserIds, publishedAt, actor, hasOpen, expected) => {
    expect(
      soaVersionActions({ status, editorUserIds, revision: 1, publishedAt }, actor, hasOpen),
    ).toEqual(expected);
  });
});

describe('publishRefusal', () => {
  it.each(['draft', 'in_review', 'superseded'] as const)('refuses a %s version', (status) => {
    expect(publishRefusal({ version: 2, status })?.code).toBe('SOA_VERSION_NOT_APPROVED');
  });
  it('lets the version in force be published', () => {
    expect(publishRefusal({ version: 2, status: 'approved' })).toBeNull();
  });
});
