import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors.js';
import type { ControlledDocument, DocumentVersion, VersionStatus } from './document.js';
import {
  approveVersion,
  canTransition,
  nextVersionNumber,
  requireDraft,
  returnVersion,
  submitVersion,
  supersedeVersion,
  VERSION_EVENTS,
  type VersionEvent,
} from './lifecycle.js';

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

const apply = (event: VersionEvent, from: DocumentVersion) => {
  switch (event) {
    case 'submit':
      return submitVersion(from, AT);
    case 'return':
      return returnVersion(from, AT);
    case 'approve':
      return approveVersion(from, APPROVER, AT);
    case 'supersede':
      return supersedeVersion(from, AT);
  }
};

describe('document version workflow', () => {
  const allowed: [VersionStatus, VersionEvent, VersionStatus][] = [
    ['draft', 'submit', 'in_review'],
    ['in_review', 'return', 'draft'],
    ['in_review', 'approve', 'approved'],
    ['approved', 'supersede', 'superseded'],
  ];

  it.each(allowed)('moves a %s version on %s to %s', (from, event, to) => {
    expect(canTransition(from, event)).toBe(true);
    expect(apply(event, version(from)).status).toBe(to);
  });

  const refused = (['draft', 'in_review', 'approved', 'superseded'] as const).flatMap((from) =>
    VERSION_EVENTS.filter((event) => !canTransition(from, event)).map(
      (event) => [from, event] as const,
    ),
  );

  it.each(refused)('refuses to move a %s version on %s', (from, event) => {
    expect(codeOf(() => apply(event, version(from)))).toBe('DOCUMENT_INVALID_TRANSITION');
  });

  it('covers every status and event pair between the two tables', () => {
    expect(allowed.length + refused.length).toBe(4 * VERSION_EVENTS.length);
  });

  it('stamps submission, approval and supersession with who and when', () => {
    const submitted = submitVersion(version('draft'), AT);
    expect(submitted.submittedAt).toBe(AT);
    expect(approveVersion(submitted, APPROVER, AT)).toMatchObject({
      approvedByUserId: APPROVER,
      approvedAt: AT,
    });
    expect(supersedeVersion(version('approved'), AT).supersededAt).toBe(AT);
    expect(returnVersion(submitted, AT).submittedAt).toBeNull();
  });

  it('keeps the author from approving their own version', () => {
    expect(codeOf(() => approveVersion(version('in_review'), AUTHOR, AT))).toBe(
      'DOCUMENT_APPROVER_IS_AUTHOR',
    );
  });

  it('lets anyone approve a version whose author account is gone', () => {
    expect(approveVersion(version('in_review', { authorUserId: null }), AUTHOR, AT).status).toBe(
      'approved',
    );
  });

  it('refuses to submit an empty draft', () => {
    expect(codeOf(() => submitVersion(version('draft', { bodyMarkdown: '' }), AT))).toBe(
      'DOCUMENT_VERSION_INCOMPLETE',
    );
  });

  it('lets only a draft change', () => {
    expect(codeOf(() => requireDraft(version('draft')))).toBeUndefined();
    expect(codeOf(() => requireDraft(version('in_review')))).toBe('DOCUMENT_VERSION_NOT_DRAFT');
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
