/** Runs of background jobs: claimed once by a unique (job, run key), then updated as they go. */
import type { RunStatus, RunTrigger } from '../domain/jobs/schedule.js';
import type { Executor } from './database.js';
import type { JobRunTable } from './schema.js';

export interface JobRun {
  readonly id: string;
  readonly jobName: string;
  readonly runKey: string;
  readonly trigger: RunTrigger;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly status: RunStatus;
  readonly attempts: number;
  readonly maxAttempts: number;
  readonly nextAttemptAt: string | null;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly outcome: string | null;
  readonly error: string | null;
}

const toRun = (row: JobRunTable): JobRun => ({
  id: row.id,
  jobName: row.job_name,
  runKey: row.run_key,
  trigger: row.trigger as RunTrigger,
  payload: JSON.parse(row.payload_json) as Record<string, unknown>,
  status: row.status as RunStatus,
  attempts: Number(row.attempts),
  maxAttempts: Number(row.max_attempts),
  nextAttemptAt: row.next_attempt_at,
  createdAt: row.created_at,
  startedAt: row.started_at,
  finishedAt: row.finished_at,
  outcome: row.outcome,
  error: row.error,
});

/**
 * Inserts a queued run unless one with the same job and run key exists;
 * true for the one caller (of any server instance) that won.
 */
export const claimRun = async (
  db: Executor,
  run: Pick<
    JobRun,
    'id' | 'jobName' | 'runKey' | 'trigger' | 'payload' | 'maxAttempts' | 'createdAt'
  >,
): Promise<boolean> => {
  const result = await db
    .insertInto('job_run')
    .values({
      id: run.id,
      job_name: run.jobName,
      run_key: run.runKey,
      trigger: run.trigger,
      payload_json: JSON.stringify(run.payload),
      status: 'queued',
      attempts: 0,
      max_attempts: run.maxAttempts,
      created_at: run.createdAt,
    })
    .onConflict((conflict) => conflict.columns(['job_name', 'run_key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
};

export const findRun = async (db: Executor, id: string): Promise<JobRun | undefined> => {
  const row = await db.selectFrom('job_run').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRun(row) : undefined;
};

/**
 * Moves a queued or retrying run to running and counts the attempt; false
 * when another worker started it first. A run left running since before
 * `staleBefore` (its worker died) may be started again.
 */
export const startRun = async (
  db: Executor,
  run: JobRun,
  at: string,
  staleBefore: string,
): Promise<boolean> => {
  const result = await db
    .updateTable('job_run')
    .set({ status: 'running', attempts: run.attempts + 1, started_at: at, next_attempt_at: null })
    .where('id', '=', run.id)
    .where('status', '=', run.status)
    .where('attempts', '=', run.attempts)
    .where((eb) =>
      eb.or([
        eb('status', 'in', ['queued', 'retrying']),
        eb.and([eb('status', '=', 'running'), eb('started_at', '<', staleBefore)]),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
};

export const finishRun = async (
  db: Executor,
  id: string,
  result: {
    status: Extract<RunStatus, 'succeeded' | 'failed' | 'retrying'>;
    at: string;
    outcome?: string | null;
    error?: string | null;
    nextAttemptAt?: string | null;
  },
): Promise<void> => {
  await db
    .updateTable('job_run')
    .set({
      status: result.status,
      finished_at: result.status === 'retrying' ? null : result.at,
      outcome: result.outcome ?? null,
      error: result.error ?? null,
      next_attempt_at: result.nextAttemptAt ?? null,
    })
    .where('id', '=', id)
    .execute();
};

/**
 * Runs waiting to be worked in process: queued, retrying with their wait
 * over, or left running since before `staleBefore` by a process that died.
 */
export const listRunnableRuns = async (
  db: Executor,
  now: string,
  staleBefore: string,
): Promise<JobRun[]> => {
  const rows = await db
    .selectFrom('job_run')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('status', '=', 'queued'),
        eb.and([eb('status', '=', 'retrying'), eb('next_attempt_at', '<=', now)]),
        eb.and([eb('status', '=', 'running'), eb('started_at', '<', staleBefore)]),
      ]),
    )
    .orderBy('created_at')
    .orderBy('id')
    .limit(100)
    .execute();
  return rows.map(toRun);
};

/**
 * Runs a queue should have worked by `before` but has not: queued since
 * then, or due to retry since then. Delivery resends them (a hand-off that
 * was lost, or a retry recorded outside the queue); starting a run is
 * guarded, so a run sent twice still runs once.
 */
export const listOverdueRuns = async (db: Executor, before: string): Promise<JobRun[]> => {
  const rows = await db
    .selectFrom('job_run')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'queued'), eb('created_at', '<=', before)]),
        eb.and([eb('status', '=', 'retrying'), eb('next_attempt_at', '<=', before)]),
      ]),
    )
    .orderBy('created_at')
    .orderBy('id')
    .limit(100)
    .execute();
  return rows.map(toRun);
};

/** How many runs are queued or running (not those waiting to retry). */
export const countActiveRuns = async (db: Executor): Promise<number> => {
  const row = await db
    .selectFrom('job_run')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirstOrThrow();
  return Number(row.count);
};

/** The newest runs of a job, newest first. */
export const listRunsOfJob = async (
  db: Executor,
  jobName: string,
  limit: number,
): Promise<JobRun[]> => {
  const rows = await db
    .selectFrom('job_run')
    .selectAll()
    .where('job_name', '=', jobName)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toRun);
};

/** The key of the newest scheduled run of a job, if any. */
export const lastScheduledRunKey = async (
  db: Executor,
  jobName: string,
): Promise<string | null> => {
  const row = await db
    .selectFrom('job_run')
    .select('run_key')
    .where('job_name', '=', jobName)
    .where('trigger', '=', 'schedule')
    .orderBy('run_key', 'desc')
    .executeTakeFirst();
  return row?.run_key ?? null;
};
