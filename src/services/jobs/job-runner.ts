/**
 * The one code path of background jobs. Each job has a name, a schedule (or
 * runs when triggered), a handler and a retry policy; every run is a row of
 * job_run, claimed by a unique (job, run key), so with several server
 * instances over one database each run happens once. `tick()` asks which
 * runs are due at the injectable clock's now, so tests move the clock and
 * tick instead of waiting. Claimed runs go to a delivery: pg-boss on
 * PostgreSQL (pg-boss-delivery.ts); otherwise they run in this process.
 */
import { addSeconds } from '../../domain/clock.js';
import type { Timestamp } from '../../domain/clock.js';
import { notFound } from '../../domain/errors.js';
import { dueRunKey, nextRunAt, retryDelaySeconds } from '../../domain/jobs/schedule.js';
import type { JobSchedule, RetryPolicy, RunTrigger } from '../../domain/jobs/schedule.js';
import {
  claimRun,
  countActiveRuns,
  finishRun,
  findRun,
  lastScheduledRunKey,
  listOverdueRuns,
  listRunnableRuns,
  listRunsOfJob,
  startRun,
} from '../../storage/job-run.repository.js';
import type { JobRun } from '../../storage/job-run.repository.js';
import { now, reader } from '../context.js';
import type { ServiceDeps } from '../context.js';

export interface JobContext {
  readonly run: JobRun;
  /** Asks for a run of another (triggered) job, once per run key. */
  trigger(jobName: string, runKey: string, payload: Record<string, unknown>): Promise<void>;
}

export interface JobDefinition {
  readonly name: string;
  readonly description: string;
  readonly schedule: JobSchedule;
  readonly retry: RetryPolicy;
  /** Does the work; the text returned is recorded as the run's outcome. */
  readonly handle: (context: JobContext) => Promise<string>;
}

/** Hands claimed runs to workers that may live in any server instance. */
export interface JobDelivery {
  send(run: JobRun, retry: RetryPolicy): Promise<void>;
  stop(): Promise<void>;
}

export interface JobSummary {
  readonly name: string;
  readonly description: string;
  readonly schedule: JobSchedule;
  readonly lastRun: JobRun | null;
  /** When the next scheduled run becomes due; null for triggered jobs. */
  readonly nextRunAt: Timestamp | null;
}

export interface StartOptions {
  /** How often to ask what is due, in real seconds; 0 leaves ticking to the caller. */
  readonly tickSeconds: number;
  readonly delivery?: JobDelivery;
  readonly onError?: (error: unknown) => void;
}

const MAX_DRAIN_ROUNDS = 20;

/** How long a queue may hold a run past its due time before it is sent again. */
export const RESEND_AFTER_SECONDS = 300;

/** A run still marked running after this long lost its worker and may be started again. */
export const RUNNING_EXPIRES_SECONDS = 900;

const errorText = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).slice(0, 2000);

export const createJobRunner = (deps: ServiceDeps, definitions: readonly JobDefinition[]) => {
  const byName = new Map(definitions.map((definition) => [definition.name, definition]));
  let delivery: JobDelivery | undefined;
  let timer: NodeJS.Timeout | undefined;

  const staleBefore = () => addSeconds(deps.clock.now(), -RUNNING_EXPIRES_SECONDS).toISOString();

  const definitionOf = (name: string): JobDefinition => {
    const definition = byName.get(name);
    if (!definition) {
      throw notFound('JOB_NOT_FOUND', `No job named "${name}"`, {
        name,
        jobs: [...byName.keys()],
      });
    }
    return definition;
  };

  const claim = async (
    definition: JobDefinition,
    runKey: string,
    trigger: RunTrigger,
    payload: Record<string, unknown>,
  ): Promise<JobRun | undefined> => {
    const id = deps.newId();
    const won = await claimRun(reader(deps), {
      id,
      jobName: definition.name,
      runKey,
      trigger,
      payload,
      maxAttempts: definition.retry.retries + 1,
      createdAt: now(deps),
    });
    return won ? findRun(reader(deps), id) : undefined;
  };

  const dispatch = async (run: JobRun) => {
    if (delivery) await delivery.send(run, definitionOf(run.jobName).retry);
  };

  const context = (run: JobRun): JobContext => ({
    run,
    async trigger(jobName, runKey, payload) {
      const triggered = await claim(definitionOf(jobName), runKey, 'trigger', payload);
      if (triggered) await dispatch(triggered);
    },
  });

  /**
   * Runs one attempt of a run unless another worker started it first. A
   * failure with retries left is recorded as retrying (due again after the
   * back-off); `rethrow` lets a queue that retries on its own see it fail.
   */
  const execute = async (run: JobRun, options: { rethrow: boolean }): Promise<void> => {
    const definition = byName.get(run.jobName);
    if (!(await startRun(reader(deps), run, now(deps), staleBefore()))) return;
    const attempt = run.attempts + 1;
    try {
      if (!definition) throw new Error(`No job named "${run.jobName}" in this build`);
      const outcome = await definition.handle(context({ ...run, attempts: attempt }));
      await finishRun(reader(deps), run.id, { status: 'succeeded', at: now(deps), outcome });
    } catch (error) {
      const delay = definition ? retryDelaySeconds(definition.retry, attempt) : null;
      await finishRun(reader(deps), run.id, {
        status: delay === null ? 'failed' : 'retrying',
        at: now(deps),
        error: errorText(error),
        nextAttemptAt: delay === null ? null : addSeconds(deps.clock.now(), delay).toISOString(),
      });
      if (options.rethrow) throw error;
    }
  };

  /** Sends again what the queue should have worked by now but has not. */
  const resendOverdue = async (queue: JobDelivery) => {
    const before = addSeconds(deps.clock.now(), -RESEND_AFTER_SECONDS).toISOString();
    for (const run of await listOverdueRuns(reader(deps), before)) {
      const definition = byName.get(run.jobName);
      if (definition) await queue.send(run, definition.retry);
    }
  };

  /** Works every runnable run in this process, including the ones they trigger. */
  const drain = async () => {
    for (let round = 0; round < MAX_DRAIN_ROUNDS; round += 1) {
      const runnable = await listRunnableRuns(reader(deps), now(deps), staleBefore());
      if (runnable.length === 0) return;
      for (const run of runnable) await execute(run, { rethrow: false });
    }
  };

  const runner = {
    definitions,

    /**
     * Claims the scheduled runs due now (at most one per job and day) and
     * works or delivers them; with a queue, also resends runs it lost.
     */
    async tick(): Promise<JobRun[]> {
      const claimed: JobRun[] = [];
      for (const definition of definitions) {
        const runKey = dueRunKey(definition.schedule, deps.clock.now());
        if (runKey === undefined) continue;
        const run = await claim(definition, runKey, 'schedule', {});
        if (run) {
          claimed.push(run);
          await dispatch(run);
        }
      }
      if (delivery) await resendOverdue(delivery);
      else await drain();
      return claimed;
    },

    /** Runs a job now, in this process, whatever its schedule (`aims jobs run`). */
    async runNow(name: string, payload: Record<string, unknown> = {}): Promise<JobRun> {
      const definition = definitionOf(name);
      const run = await claim(definition, `manual:${deps.newId()}`, 'manual', payload);
      if (!run) throw new Error('A new manual run key was already taken');
      await execute(run, { rethrow: false });
      if (!delivery) await drain();
      return (await findRun(reader(deps), run.id)) ?? run;
    },

    /** Works one delivered run (called by the queue's worker). */
    async workDelivered(runId: string): Promise<void> {
      const run = await findRun(reader(deps), runId);
      if (run && run.status !== 'succeeded' && run.status !== 'failed') {
        await execute(run, { rethrow: true });
      }
    },

    /** Every job with its newest run and when it is next due. */
    async list(): Promise<JobSummary[]> {
      return Promise.all(
        definitions.map(async (definition) => {
          const [lastRun = null] = await listRunsOfJob(reader(deps), definition.name, 1);
          const lastKey = await lastScheduledRunKey(reader(deps), definition.name);
          const next = nextRunAt(definition.schedule, deps.clock.now(), lastKey);
          return {
            name: definition.name,
            description: definition.description,
            schedule: definition.schedule,
            lastRun,
            nextRunAt: next ? next.toISOString() : null,
          };
        }),
      );
    },

    /** A job's newest runs, newest first. */
    runs: (name: string, limit = 20): Promise<JobRun[]> =>
      listRunsOfJob(reader(deps), definitionOf(name).name, limit),

    /**
     * Resolves once no run is queued or running, in any instance (runs
     * waiting to retry do not count). For tests and orderly shutdown.
     */
    async settle(timeoutMs = 20_000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while ((await countActiveRuns(reader(deps))) > 0) {
        if (Date.now() > deadline) throw new Error('Background jobs did not settle in time');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },

    /** Starts delivering (when a delivery is given) and ticking on a timer. */
    start(options: StartOptions): void {
      delivery = options.delivery;
      if (options.tickSeconds > 0) {
        const tick = () => void runner.tick().catch((error: unknown) => options.onError?.(error));
        timer = setInterval(tick, options.tickSeconds * 1000);
        timer.unref();
        tick();
      }
    },

    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = undefined;
      const stopping = delivery;
      delivery = undefined;
      await stopping?.stop();
    },
  };
  return runner;
};

export type JobRunner = ReturnType<typeof createJobRunner>;
