import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors.js';
import type { ControlledDocument, DocumentVersion, VersionStatus } from './document.js';
import { versionActions } from './actions.js';
import { draftVersion, nextVersionNumber, requireChangeable, requireDraft } from './lifecycle.js';

const AT = '2026-12-01T09:00:00.000Z';
const AUTHOR = 'author-id';
const APPROVER = 'approver-id';

const version = (
  status: VersionStatus,
  changes: Partial<DocumentVersion> = {},
): DocumentVersion => ({
  id: 'v-id',
  documentId: 'd-id',
  organizationId: 'o-id',
  version: 1,
  status,
  bodyMarkdown: 'The policy text',
  changeNote: '',
  file: null,
  authorUserId: AUTHOR,
  editorUserIds: [AUTHOR],
  revision: 0,
  createdAt: AT,
  updatedAt: AT,
  submittedAt: null,
  approvedByUserId: null,
  approvedAt: null,
  supersededAt: null,
  ...changes,
});

const document: ControlledDocument = {
  id: 'd-id',
  organizationId: 'o-id',
  title: 'AI policy',
  kind: 'ai_policy',
  ownerUserId: null,
  reviewIntervalMonths: 12,
  fulfils: [],
  referenceNumber: null,
  retentionMonths: null,
  disposition: null,
  readAccess: 'all_members',
  readRoles: [],
  retiredAt: null,
  createdAt: AT,
  updatedAt: AT,
};

const codeOf = (work: () => unknown): string | undefined => {
  try {
    work();
    return undefined;
  } catch (error) {
    return isDomainError(error) ? error.code : 'not a domain error';
  }
};

describe('document version rules', () => {
  it('lets only a draft change', () => {
    expect(codeOf(() => requireDraft(version('draft')))).toBeUndefined();
    expect(codeOf(() => requireDraft(version('in_review')))).toBe('APPROVAL_NOT_DRAFT');
  });

  it('starts a draft with its author as the only editor', () => {
    const draft = draftVersion({
      id: 'v2',
      document,
      version: 2,
      content: { bodyMarkdown: 'Text', changeNote: '' },
      file: null,
      authorUserId: AUTHOR,
      at: AT,
    });
    expect(draft).toMatchObject({ status: 'draft', editorUserIds: [AUTHOR], revision: 0 });
  });

  it('offers the approver who never changed it approval, and its author only a return', () => {
    const inReview = version('in_review');
    const approver = { userId: APPROVER, canWrite: false, canApprove: true };
    const author = { userId: AUTHOR, canWrite: true, canApprove: true };
    expect(versionActions(document, inReview, approver)).toEqual(['approve', 'return']);
    expect(versionActions(document, inReview, author)).toEqual(['return']);
    expect(versionActions({ retiredAt: AT }, inReview, approver)).toEqual([]);
  });
});

describe('numbering new versions', () => {
  it('numbers the first version 1 and then one past the highest', () => {
    expect(nextVersionNumber(document, [])).toBe(1);
    const history = [
      { id: 'a', version: 1, status: 'superseded' as const },
      { id: 'b', version: 2, status: 'approved' as const },
    ];
    expect(nextVersionNumber(document, history)).toBe(3);
  });

  it('refuses a second open version and any version of a retired document', () => {
    const open = [{ id: 'a', version: 1, status: 'in_review' as const }];
    expect(codeOf(() => nextVersionNumber(document, open))).toBe('DOCUMENT_VERSION_OPEN');
    expect(codeOf(() => nextVersionNumber({ ...document, retiredAt: AT }, []))).toBe(
      'DOCUMENT_RETIRED',
    );
  });
});

describe('changes to a retired document', () => {
  const retired = { ...document, retiredAt: AT };

  it('takes a new retention, disposition or readers, and nothing else', () => {
    expect(() =>
      requireChangeable(retired, { retentionMonths: 120, disposition: 'archive' }),
    ).not.toThrow();
    expect(() =>
      requireChangeable(retired, { readAccess: 'named_roles', readRoles: [] }),
    ).not.toThrow();
    expect(codeOf(() => requireChangeable(retired, { retentionMonths: 12, title: 'New' }))).toBe(
      'DOCUMENT_RETIRED',
    );
    expect(codeOf(() => requireChangeable(retired))).toBe('DOCUMENT_RETIRED');
    expect(() => requireChangeable(document, { title: 'New' })).not.toThrow();
  });
});
