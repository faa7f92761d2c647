/**
 * What the daily jobs read about controlled documents, on a real database:
 * records never come up for review, and retired documents come up for
 * disposition once their retention period has run out.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src/services/index.js';
import { listDocumentsDueForDisposition } from '../../src/storage/disposition-due.repository.js';
import { listReviewableDocuments } from '../../src/storage/review-due.repository.js';
import { createAuditee, createUser, testContextForSuite } from '../harness/services.js';
import type { TestUser } from '../harness/services.js';

const DAY = 24 * 60 * 60;

describe('document control for the daily jobs', () => {
  const ctx = testContextForSuite();
  let services: Services;
  let organizationId: string;
  let manager: TestUser;
  let approver: TestUser;

  const approved = async (input: Parameters<Services['documents']['create']>[2]) => {
    const doc = await services.documents.create(manager.actor, organizationId, {
      bodyMarkdown: 'Text',
      ...input,
    });
    const ids = { documentId: doc.id, versionId: doc.versions[0]?.id ?? '' };
    await services.documentVersions.submit(manager.actor, organizationId, ids);
    await services.documentVersions.approve(approver.actor, organizationId, ids);
    return doc;
  };

  beforeAll(async () => {
    services = ctx.services;
    const auditee = await createAuditee(services);
    organizationId = auditee.organization.id;
    manager = auditee.manager;
    approver = await createUser(services, auditee.organization, ['approver']);
  });

  it('sends review reminders for maintained documents, never for records', async () => {
    const procedure = await approved({ title: 'Incident procedure', kind: 'procedure' });
    const record = await approved({ title: 'Audit results 2026', kind: 'record' });
    const reviewable = (await listReviewableDocuments(ctx.db.database.db)).map(
      (document) => document.documentId,
    );
    expect(reviewable).toContain(procedure.id);
    expect(reviewable).not.toContain(record.id);
  });

  it('lists retired documents from the day their retention period runs out', async () => {
    const kept = await approved({
      title: 'Supplier assessment 2024',
      kind: 'record',
      referenceNumber: 'AIMS-REC-007',
      retentionMonths: 2,
      disposition: 'archive',
    });
    const forever = await approved({ title: 'Old plan', kind: 'plan' });
    const longer = await approved({ title: 'Board minutes', kind: 'record', retentionMonths: 1 });
    // Changing the retention period before retirement moves the stored date with it.
    await services.documents.update(manager.actor, organizationId, longer.id, {
      retentionMonths: 120,
    });
    await services.documents.retire(manager.actor, organizationId, longer.id);
    await services.documents.retire(manager.actor, organizationId, kept.id);
    await services.documents.retire(manager.actor, organizationId, forever.id);
    const retired = await services.documents.get(manager.actor, organizationId, kept.id);
    const due = retired.dispositionDueDate ?? '';
    const dayBefore = new Date(Date.parse(due) - DAY * 1000).toISOString().slice(0, 10);
    const db = ctx.db.database.db;
    expect(await listDocumentsDueForDisposition(db, dayBefore)).toEqual([]);
    expect(await listDocumentsDueForDisposition(db, due)).toEqual([
      {
        organizationId,
        documentId: kept.id,
        title: 'Supplier assessment 2024',
        referenceNumber: 'AIMS-REC-007',
        ownerUserId: manager.id,
        disposition: 'archive',
        dispositionDueDate: due,
      },
    ]);
  });
});
