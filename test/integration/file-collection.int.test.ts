/**
 * Collection of stored files through the document services, on both stores
 * and both databases: replaced files go once the grace period has passed;
 * files still referenced (by another version, by another organization with
 * the same bytes) stay and still download.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../src/domain/errors.js';
import { FILE_COLLECTION_GRACE_SECONDS } from '../../src/services/file.service.js';
import type { VersionIds } from '../../src/services/registers/document-version.service.js';
import { FILE_STORE_KINDS, sha256Of } from '../../src/storage/file-store.js';
import { suiteFixture } from '../harness/fixture.js';
import { createAuditee, createTestContext, createUser } from '../harness/services.js';
import type { TestUser } from '../harness/services.js';

const integrityReason = async (work: Promise<unknown>): Promise<unknown> => {
  try {
    await work;
    return undefined;
  } catch (error) {
    if (isDomainError(error) && error.code === 'FILE_INTEGRITY_FAILED') return error.details.reason;
    throw error;
  }
};

describe.each(FILE_STORE_KINDS)('collecting files of the %s store', (kind) => {
  const ctx = suiteFixture(
    () => createTestContext({ fileStore: kind }),
    (made) => made.db.cleanup(),
  );
  const pdf = (label: string) => Buffer.concat([Buffer.from(`%PDF ${label}\n`), randomBytes(4000)]);

  const draft = async (user: TestUser, organizationId: string, title: string) => {
    const doc = await ctx.services.documents.create(user.actor, organizationId, {
      title,
      kind: 'procedure',
    });
    return { documentId: doc.id, versionId: doc.versions[0]?.id ?? '' };
  };
  const attach = (user: TestUser, organizationId: string, ids: VersionIds, bytes: Buffer) =>
    ctx.services.documentVersions.attachFile(user.actor, organizationId, ids, {
      fileName: 'policy.pdf',
      mediaType: 'application/pdf',
      bytes,
    });
  const download = async (user: TestUser, organizationId: string, ids: VersionIds) =>
    (await ctx.services.documentVersions.readFile(user.actor, organizationId, ids)).bytes;
  const stored = (bytes: Buffer) =>
    ctx.services.files.store.read(ctx.db.database.db, sha256Of(bytes));

  it('removes replaced and detached files after the grace period, and keeps every referenced one', async () => {
    const a = await createAuditee(ctx.services);
    const b = await createAuditee(ctx.services);
    const approver = await createUser(ctx.services, a.organization, ['approver']);
    const [orgA, orgB] = [a.organization.id, b.organization.id];
    const [inForce, replaced, current, shared, detached, other] = [
      'in force',
      'replaced',
      'current',
      'shared',
      'detached',
      'other',
    ].map(pdf) as [Buffer, Buffer, Buffer, Buffer, Buffer, Buffer];

    // Version 1 is approved with a file; version 2 inherits it, then has it replaced twice.
    const v1 = await draft(a.manager, orgA, 'AI policy');
    await attach(a.manager, orgA, v1, inForce);
    await ctx.services.documentVersions.submit(a.manager.actor, orgA, v1);
    await ctx.services.documentVersions.approve(approver.actor, orgA, v1);
    const next = await ctx.services.documentVersions.createVersion(
      a.manager.actor,
      orgA,
      v1.documentId,
      {},
    );
    const v2 = { documentId: v1.documentId, versionId: next.versions[0]?.id ?? '' };
    await attach(a.manager, orgA, v2, replaced);
    await attach(a.manager, orgA, v2, current);
    // The same bytes in another organization keep them, though this one replaced them.
    const mine = await draft(a.manager, orgA, 'Procedure');
    await attach(a.manager, orgA, mine, shared);
    await attach(a.manager, orgA, mine, other);
    const theirs = await draft(b.manager, orgB, 'Their procedure');
    await attach(b.manager, orgB, theirs, shared);
    const removed = await draft(a.manager, orgA, 'Removed');
    await attach(a.manager, orgA, removed, detached);
    await ctx.services.documentVersions.removeFile(a.manager.actor, orgA, removed);

    const early = await ctx.services.files.collect();
    expect(early.removedFiles).toBe(0);

    ctx.clock.advanceSeconds(FILE_COLLECTION_GRACE_SECONDS + 1);
    const collected = await ctx.services.files.collect();
    expect(collected).toMatchObject({
      removedFiles: 2,
      removedBytes: replaced.length + detached.length,
    });
    expect(await integrityReason(stored(replaced))).toBe('missing');
    expect(await integrityReason(stored(detached))).toBe('missing');
    expect((await download(a.manager, orgA, v1)).equals(inForce)).toBe(true);
    expect((await download(a.manager, orgA, v2)).equals(current)).toBe(true);
    expect((await download(a.manager, orgA, mine)).equals(other)).toBe(true);
    expect((await download(b.manager, orgB, theirs)).equals(shared)).toBe(true);

    // Nothing is left to collect; uploading collected bytes again stores them afresh.
    expect((await ctx.services.files.collect()).removedFiles).toBe(0);
    await attach(a.manager, orgA, removed, detached);
    expect((await download(a.manager, orgA, removed)).equals(detached)).toBe(true);
  });

  it('runs as the daily file-collection job', async () => {
    const { organization, manager } = await createAuditee(ctx.services);
    const ids = await draft(manager, organization.id, 'Job');
    const first = pdf('first');
    await attach(manager, organization.id, ids, first);
    await attach(manager, organization.id, ids, pdf('second'));
    ctx.clock.advanceSeconds(FILE_COLLECTION_GRACE_SECONDS + 1);
    const run = await ctx.services.jobs.runNow('file-collection');
    expect(run).toMatchObject({ status: 'succeeded' });
    expect(run.outcome).toMatch(new RegExp(`^1 file\\(s\\) removed \\(${first.length} bytes\\)`));
    expect(await integrityReason(stored(first))).toBe('missing');
  });
});
