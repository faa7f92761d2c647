/**
 * Two server instances over one PostgreSQL database: both tick the daily
 * document-review job on the same day; it runs once and the owner gets one
 * notification. On SQLite there is one process per database, so the claim
 * is checked by two runners over the same file instead.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackgroundJobs } from '../../src/services/jobs/start-jobs.js';
import { openRuntime } from '../../src/services/runtime.js';
import type { Runtime } from '../../src/services/runtime.js';
import { createTestDatabase } from '../harness/database.js';
import type { TestDatabase } from '../harness/database.js';
import { TestClock, createAuditee, createUser } from '../harness/services.js';
import { argon2idHasher } from '../../src/services/password-hasher.js';

describe('the daily document-review job on two instances', () => {
  let db: TestDatabase;
  const clock = new TestClock('2026-12-01T09:00:00.000Z');
  const instances: Runtime[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    for (let index = 0; index < 2; index += 1) {
      const runtime = await openRuntime(db.config, {
        clock,
        passwords: argon2idHasher({ memoryCost: 1024, timeCost: 1 }),
        auditKey: db.auditKey,
      });
      await startBackgroundJobs(runtime, { tickSeconds: 0 });
      instances.push(runtime);
    }
  });
  afterAll(async () => {
    for (const runtime of instances) await runtime.close();
    await db.cleanup();
  });

  it('runs once and notifies the owner once', async () => {
    const [first, second] = instances.map((runtime) => runtime.services);
    if (!first || !second) throw new Error('two instances expected');
    const { organization, manager } = await createAuditee(first);
    const approver = await createUser(first, organization, ['approver']);
    const created = await first.documents.create(manager.actor, organization.id, {
      title: 'AI policy',
      kind: 'ai_policy',
      bodyMarkdown: '# AI policy',
      reviewIntervalMonths: 1,
    });
    const ids = { documentId: created.id, versionId: created.openVersion?.id ?? '' };
    await first.documentVersions.submit(manager.actor, organization.id, ids);
    await first.documentVersions.approve(approver.actor, organization.id, ids);

    clock.advanceSeconds(31 * 86_400); // 2027-01-01: the review is due today
    const claimed = await Promise.all([first.jobs.tick(), second.jobs.tick()]);
    await Promise.all([first.jobs.settle(), second.jobs.settle()]);

    const reviewClaims = claimed.map(
      (runs) => runs.filter((run) => run.jobName === 'document-reviews').length,
    );
    expect(reviewClaims.sort()).toEqual([0, 1]);
    expect(claimed.flat().filter((run) => run.jobName === 'audit-checkpoint')).toHaveLength(1);
    const runs = await first.jobs.runs('document-reviews');
    expect(runs.map((run) => [run.runKey, run.status, run.attempts])).toEqual([
      ['2027-01-01', 'succeeded', 1],
    ]);
    const page = await second.notifications.list(manager.actor, organization.id);
    expect(page.total).toBe(1);
    expect(page.items[0]?.items.map((item) => item.title)).toEqual(['Review of AI policy']);
  });
});
