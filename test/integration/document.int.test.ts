/** Document services on a real database. */
import { documentVersionWorkflow } from '../../src/services/registers/document-version.service.js';
import { listVersions, saveVersion } from '../../src/storage/document.repository.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { isDomainError } from '../../src/domain/errors.js';
import { authorize } from '../../src/services/authorization.js';
import type { Services } from '../../src/services/index.js';
import { sha256Of } from '../../src/storage/file-store.js';
import { OPERATOR, createAuditee, createUser, testContextForSuite } from '../harness/services.js';
import type { TestUser } from '../harness/services.js';

const codeOf = async (work: Promise<unknown>): Promise<string | undefined> => {
  try {
    await work;
    return undefined;
  } catch (error) {
    return isDomainError(error) ? error.code : String(error);
  }
};

describe('document services', () => {
  const ctx = testContextForSuite();
  let services: Services;
  let organizationId: string;
  let manager: TestUser;
  let approvers: TestUser[];
  let auditeeOrganization: Parameters<typeof createUser>[1];

  const draftDocument = async (title: string) => {
    const doc = await services.documents.create(manager.actor, organizationId, {
      title,
      kind: 'procedure',
      bodyMarkdown: `Text of ${title}`,
    });
    return { documentId: doc.id, versionId: doc.versions[0]?.id ?? '' };
  };

  beforeAll(async () => {
    services = ctx.services;
    const auditee = await createAuditee(services);
    organizationId = auditee.organization.id;
    auditeeOrganization = auditee.organization;
    manager = auditee.manager;
    approvers = [
      await createUser(services, auditee.organization, ['approver']),
      await createUser(services, auditee.organization, ['approver']),
    ];
  });

  it('refuses approval to anyone who changed the version: its text or its file', async () => {
    const both = await createUser(services, auditeeOrganization, ['contributor', 'approver']);
    const edited = await draftDocument('Edited by a second writer');
    await services.documentVersions.updateVersion(both.actor, organizationId, edited, {
      bodyMarkdown: 'Rewritten by someone who also approves',
    });
    const filed = await draftDocument('File attached by a second writer');
    await services.documentVersions.attachFile(both.actor, organizationId, filed, {
      fileName: 'annex.txt',
      mediaType: 'text/plain',
      bytes: Buffer.from('annex'),
    });
    for (const ids of [edited, filed]) {
      await services.documentVersions.submit(manager.actor, organizationId, ids);
      expect(await codeOf(services.documentVersions.approve(both.actor, organizationId, ids))).toBe(
        'APPROVAL_BY_EDITOR',
      );
      const [approver] = approvers;
      if (!approver) throw new Error('no approver');
      const doc = await services.documentVersions.approve(approver.actor, organizationId, ids);
      expect(doc.status).toBe('approved');
    }
  });

  it('does not save a version read at a revision someone else has since saved', async () => {
    const ids = await draftDocument('Read before a save');
    const [stale] = await listVersions(ctx.db.database.db, organizationId, ids.documentId);
    if (!stale) throw new Error('no version');
    await services.documentVersions.updateVersion(manager.actor, organizationId, ids, {
      bodyMarkdown: 'Saved meanwhile',
    });
    const moved = await saveVersion(ctx.db.database.db, stale, stale.revision);
    expect(moved).toBe(false);
  });

  it('lets only one of two simultaneous approvals win', async () => {
    const ids = await draftDocument('Raced approval');
    await services.documentVersions.submit(manager.actor, organizationId, ids);
    const results = await Promise.allSettled(
      approvers.map((approver) =>
        services.documentVersions.approve(approver.actor, organizationId, ids),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const failure = results.find((result) => result.status === 'rejected');
    // The loser either read the version after the winner committed, or lost the revision guard.
    expect(['APPROVAL_INVALID_TRANSITION', 'APPROVAL_STALE']).toContain(
      isDomainError(failure?.reason) && failure.reason.code,
    );
    const doc = await services.documents.get(manager.actor, organizationId, ids.documentId);
    expect(doc.versions.map((version) => version.status)).toEqual(['approved']);
  });

  it('refuses an approval made on a read another approver has since overtaken: APPROVAL_STALE', async () => {
    const ids = await draftDocument('Approved on a stale read');
    await services.documentVersions.submit(manager.actor, organizationId, ids);
    const [first, second] = approvers;
    if (!first || !second) throw new Error('two approvers expected');
    const db = ctx.db.database.db;
    const versionsRead = await listVersions(db, organizationId, ids.documentId);
    const staleRead = versionsRead.find((version) => version.id === ids.versionId);
    if (!staleRead) throw new Error('no version');
    expect(staleRead.status).toBe('in_review');

    await services.documentVersions.approve(first.actor, organizationId, ids);
    const [approved] = await listVersions(db, organizationId, ids.documentId);
    expect(approved?.revision).toBe(staleRead.revision + 1);

    const workflow = documentVersionWorkflow(services.deps);
    const attempt = db.transaction().execute(async (trx) => {
      const access = await authorize(trx, second.actor, organizationId, 'aims.approve');
      return workflow.transition(trx, second.actor, access, staleRead, versionsRead, {
        type: 'approve',
      });
    });
    const refusal = await attempt.then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(isDomainError(refusal) && { code: refusal.code, kind: refusal.kind }).toEqual({
      code: 'APPROVAL_STALE',
      kind: 'Conflict',
    });
    const doc = await services.documents.get(manager.actor, organizationId, ids.documentId);
    expect(doc.versions.map((version) => [version.status, version.approvedByUserId])).toEqual([
      ['approved', first.id],
    ]);
  });

  it('opens only one new version when two are started at once', async () => {
    const ids = await draftDocument('Raced revision');
    await services.documentVersions.submit(manager.actor, organizationId, ids);
    await services.documentVersions.approve(approvers[0]!.actor, organizationId, ids);
    const results = await Promise.allSettled(
      [1, 2].map(() =>
        services.documentVersions.createVersion(manager.actor, organizationId, ids.documentId, {}),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const doc = await services.documents.get(manager.actor, organizationId, ids.documentId);
    expect(doc.versions.map((version) => version.version)).toEqual([2, 1]);
  });

  it('takes approval from a person only, not from the operator', async () => {
    const ids = await draftDocument('Operator approval');
    await services.documentVersions.submit(OPERATOR, organizationId, ids);
    expect(await codeOf(services.documentVersions.approve(OPERATOR, organizationId, ids))).toBe(
      'APPROVAL_BY_OPERATOR',
    );
  });

  it('keeps a fingerprint of the text in the audit trail, and the chain stays intact', async () => {
    const ids = await draftDocument('Audited');
    await services.documentVersions.updateVersion(manager.actor, organizationId, ids, {
      bodyMarkdown: 'Confidential wording',
    });
    const { items } = await services.auditLog.list(manager.actor, organizationId, {
      entityId: ids.versionId,
    });
    const [updated] = items;
    expect(updated).toMatchObject({
      action: 'document_version.updated',
      after: {
        bodyLength: 'Confidential wording'.length,
        bodySha256: sha256Of(Buffer.from('Confidential wording')),
      },
    });
    expect(JSON.stringify(updated)).not.toContain('Confidential wording');
    expect((await services.auditLog.verify()).firstBreak).toBeNull();
  });
});
