/**
 * A failing job is retried after its back-off, on the test clock, until it
 * succeeds or runs out of attempts; with the PostgreSQL queue, a run whose
 * hand-off to the queue was lost is sent again and still runs once.
 */
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobRunner } from '../../src/services/jobs/job-runner.js';
import type { JobDefinition } from '../../src/services/jobs/job-runner.js';
import {
  RESEND_AFTER_SECONDS,
  RUNNING_EXPIRES_SECONDS,
} from '../../src/services/jobs/job-runner.js';
import { startPgBossDelivery } from '../../src/services/jobs/pg-boss-delivery.js';
import { claimRun } from '../../src/storage/job-run.repository.js';
import { createTestDatabase } from '../harness/database.js';
import type { TestDatabase } from '../harness/database.js';
import { TestClock } from '../harness/services.js';
import { argon2idHasher } from '../../src/services/password-hasher.js';
import { loadAuditKey } from '../../src/services/audit-key.js';

/** A job that fails its first `failures` attempts, then succeeds. */
const flakyJob = (name: string, failures: number, retries: number) => {
  const attempts: number[] = [];
  const definition: JobDefinition = {
    name,
    description: `Fails ${failures} time(s), then succeeds`,
    schedule: { kind: 'trigger' },
    retry: { retries, delaySeconds: 60 },
    handle: async ({ run }) => {
      attempts.push(run.attempts);
      if (run.attempts <= failures) throw new Error(`attempt ${run.attempts} failed`);
      return `done on attempt ${run.attempts}`;
    },
  };
  return { definition, attempts };
};

describe('job retries', () => {
  let db: TestDatabase;
  const clock = new TestClock('2026-12-01T09:00:00.000Z');
  const depsOf = async () => ({
    auditKey: await loadAuditKey(db.auditKey),
    database: db.database,
    clock,
    newId: uuidv7,
    passwords: argon2idHasher({ memoryCost: 1024, timeCost: 1 }),
  });

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db.cleanup());

  it('retries after the back-off, doubling the wait, until the job succeeds', async () => {
    const flaky = flakyJob('flaky', 2, 3);
    const runner = createJobRunner(await depsOf(), [flaky.definition]);
    const first = await runner.runNow('flaky');
    expect(first).toMatchObject({ status: 'retrying', attempts: 1, error: 'attempt 1 failed' });
    expect(first.nextAttemptAt).toBe('2026-12-01T09:01:00.000Z');

    await runner.tick();
    clock.advanceSeconds(59);
    await runner.tick();
    expect(flaky.attempts).toEqual([1]);

    clock.advanceSeconds(1);
    await runner.tick();
    const [second] = await runner.runs('flaky');
    expect(second).toMatchObject({ status: 'retrying', attempts: 2 });
    expect(second?.nextAttemptAt).toBe('2026-12-01T09:03:00.000Z');

    clock.advanceSeconds(119);
    await runner.tick();
    expect(flaky.attempts).toEqual([1, 2]);
    clock.advanceSeconds(1);
    await runner.tick();
    const [done] = await runner.runs('flaky');
    expect(done).toMatchObject({
      status: 'succeeded',
      attempts: 3,
      outcome: 'done on attempt 3',
      error: null,
    });
    expect(flaky.attempts).toEqual([1, 2, 3]);
  });

  it('records the run as failed, with the last error, once the retries are used up', async () => {
    const broken = flakyJob('broken', 99, 1);
    const runner = createJobRunner(await depsOf(), [broken.definition]);
    await runner.runNow('broken');
    clock.advanceSeconds(60);
    await runner.tick();
    clock.advanceSeconds(3600);
    await runner.tick();
    const [run] = await runner.runs('broken');
    expect(run).toMatchObject({ status: 'failed', attempts: 2, error: 'attempt 2 failed' });
    expect(run?.finishedAt).not.toBeNull();
    expect(broken.attempts).toEqual([1, 2]);
  });

  it('starts again a run whose process died while running it, once it has expired', async () => {
    const job = flakyJob('orphaned', 0, 0);
    const runner = createJobRunner(await depsOf(), [job.definition]);
    const id = uuidv7();
    await claimRun(db.database.db, {
      id,
      jobName: 'orphaned',
      runKey: 'orphaned-1',
      trigger: 'trigger',
      payload: {},
      maxAttempts: 1,
      createdAt: clock.now().toISOString(),
    });
    // The worker started it and died.
    await db.database.db
      .updateTable('job_run')
      .set({ status: 'running', attempts: 1, started_at: clock.now().toISOString() })
      .where('id', '=', id)
      .execute();
    await runner.tick();
    expect(job.attempts).toEqual([]);
    clock.advanceSeconds(RUNNING_EXPIRES_SECONDS + 1);
    await runner.tick();
    const [run] = await runner.runs('orphaned');
    expect(run).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect(job.attempts).toEqual([2]);
  });

  it.runIf(process.env.DATABASE_URL)(
    'sends again a run the queue never received, and it runs once',
    async () => {
      const job = flakyJob('lost-hand-off', 0, 0);
      const runner = createJobRunner(await depsOf(), [job.definition]);
      const delivery = await startPgBossDelivery(db.database, (id) => runner.workDelivered(id), {
        pollingSeconds: 0.5,
      });
      runner.start({ tickSeconds: 0, delivery });
      try {
        // Claimed, but the instance stopped before handing the run to the queue.
        await claimRun(db.database.db, {
          id: uuidv7(),
          jobName: 'lost-hand-off',
          runKey: 'lost-1',
          trigger: 'trigger',
          payload: {},
          maxAttempts: 1,
          createdAt: clock.now().toISOString(),
        });
        await runner.tick();
        await new Promise((resolve) => setTimeout(resolve, 1500));
        expect(job.attempts).toEqual([]);

        clock.advanceSeconds(RESEND_AFTER_SECONDS);
        await Promise.all([runner.tick(), runner.tick()]);
        await runner.settle();
        const [run] = await runner.runs('lost-hand-off');
        expect(run).toMatchObject({ status: 'succeeded', attempts: 1 });
        expect(job.attempts).toEqual([1]);
      } finally {
        await runner.stop();
      }
    },
  );
});
