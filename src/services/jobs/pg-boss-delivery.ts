/**
 * Delivery of claimed job runs through pg-boss on PostgreSQL: a queue any
 * server instance's worker takes from (SKIP LOCKED, so one worker per run),
 * with pg-boss's retries and back-off and its expiry of runs whose worker
 * died. pg-boss keeps its tables in its own schema (pgboss) and talks over
 * the application's connection pool. Which runs exist, and that each is
 * claimed once, is decided by job_run (job-runner.ts), not by pg-boss.
 */
import { CompiledQuery } from 'kysely';
import PgBoss from 'pg-boss';
import type { Database } from '../../storage/database.js';
import type { JobDelivery } from './job-runner.js';

const QUEUE = 'aims-job-run';

interface Delivered {
  readonly runId: string;
}

export interface PgBossDeliveryOptions {
  /** How often an idle worker asks for work; pg-boss allows 0.5 at least. */
  readonly pollingSeconds?: number;
  /** Runs this instance works at once (one pg-boss worker each). */
  readonly concurrency?: number;
  readonly onError?: (error: unknown) => void;
}

/** Starts pg-boss on the database and a worker that hands each delivered run to `work`. */
export const startPgBossDelivery = async (
  database: Database,
  work: (runId: string) => Promise<void>,
  options: PgBossDeliveryOptions = {},
): Promise<JobDelivery> => {
  if (database.kind !== 'postgres') throw new Error('pg-boss needs PostgreSQL');
  const boss = new PgBoss({
    db: {
      executeSql: async (text: string, values: unknown[] = []) => {
        const result = await database.db.executeQuery(CompiledQuery.raw(text, values));
        return { rows: result.rows };
      },
    },
    // Our job_run schedule follows the injectable clock; pg-boss's cron would not.
    schedule: false,
  });
  boss.on('error', (error) => options.onError?.(error));
  await boss.start();
  await boss.createQueue(QUEUE);
  // One run per fetch, so a failing run is retried alone; several workers for concurrency.
  const workerIds: string[] = [];
  for (let index = 0; index < (options.concurrency ?? 4); index += 1) {
    workerIds.push(
      await boss.work<Delivered>(
        QUEUE,
        { pollingIntervalSeconds: options.pollingSeconds ?? 0.5, batchSize: 1 },
        async (jobs) => {
          for (const job of jobs) await work(job.data.runId);
        },
      ),
    );
  }
  return {
    async send(run, retry) {
      await boss.send(QUEUE, { runId: run.id } satisfies Delivered, {
        singletonKey: run.id,
        retryLimit: retry.retries,
        retryDelay: retry.delaySeconds,
        retryBackoff: true,
      });
      for (const workerId of workerIds) boss.notifyWorker(workerId);
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, close: false, timeout: 10_000 });
    },
  };
};
