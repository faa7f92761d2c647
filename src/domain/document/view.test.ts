import { describe, expect, it } from 'vitest';
import type { ControlledDocument, DocumentVersion } from './document.js';
import { documentDerived, versionViews } from './view.js';

const AT = '2026-01-10T09:00:00.000Z';

const document: ControlledDocument = {
  id: 'd',
  organizationId: 'o',
  title: 'Competence records 2025',
  kind: 'record',
  ownerUserId: null,
  reviewIntervalMonths: 12,
  fulfils: ['RD-11'],
  referenceNumber: 'AIMS-REC-004',
  retentionMonths: 36,
  disposition: 'destroy',
  readAccess: 'all_members',
  readRoles: [],
  retiredAt: null,
  createdAt: AT,
  updatedAt: AT,
};

const version = (number: number, supersededAt: string | null): DocumentVersion => ({
  id: `v${number}`,
  documentId: 'd',
  organizationId: 'o',
  version: number,
  status: supersededAt ? 'superseded' : 'approved',
  bodyMarkdown: '',
  changeNote: '',
  file: null,
  authorUserId: 'a',
  editorUserIds: ['a'],
  revision: 0,
  createdAt: AT,
  updatedAt: AT,
  submittedAt: AT,
  approvedByUserId: 'b',
  approvedAt: AT,
  supersededAt,
});

describe('disposition in the register', () => {
  it('has no disposition date while the document is in force', () => {
    expect(documentDerived(document, [], '2040-01-01')).toMatchObject({
      dispositionDueDate: null,
      isDueForDisposition: false,
    });
  });

  it('dates the disposition of a retired document from its retirement', () => {
    const retired = { ...document, retiredAt: '2026-06-30T15:00:00.000Z' };
    expect(documentDerived(retired, [], '2029-06-29')).toMatchObject({
      dispositionDueDate: '2029-06-30',
      isDueForDisposition: false,
    });
    expect(documentDerived(retired, [], '2029-06-30').isDueForDisposition).toBe(true);
  });

  it('dates each superseded version from its supersession', () => {
    const views = versionViews(
      document,
      [version(2, null), version(1, '2026-02-01T10:00:00.000Z')],
      new Map(),
      { userId: 'a', canWrite: true, canApprove: false },
    );
    expect(views.map((view) => view.dispositionDueDate)).toEqual([null, '2029-02-01']);
  });
});
