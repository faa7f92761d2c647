/**
 * When a background job is due and how a failed attempt is retried. A daily
 * job has one run per UTC day, named by the day (its run key), so every
 * server instance that asks "what is due now" names the same run and only
 * one of them can claim it. Pure: time comes in as an argument.
 */

export type JobSchedule =
  /** Once a day, from the given UTC time ("HH:MM") on. */
  | { readonly kind: 'daily'; readonly atUtc: string }
  /** Only when something asks for it (another job, a user action, the CLI). */
  | { readonly kind: 'trigger' };

export interface RetryPolicy {
  /** Attempts after the first one. */
  readonly retries: number;
  /** Wait before the first retry; each further retry waits twice as long. */
  readonly delaySeconds: number;
}

export const RUN_STATUSES = ['queued', 'running', 'retrying', 'succeeded', 'failed'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const RUN_TRIGGERS = ['schedule', 'trigger', 'manual'] as const;
export type RunTrigger = (typeof RUN_TRIGGERS)[number];

const minutesOfDay = (atUtc: string): number => {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(atUtc);
  if (!match) throw new Error(`A daily job runs at HH:MM (UTC), got "${atUtc}"`);
  return Number(match[1]) * 60 + Number(match[2]);
};

const dayOf = (instant: Date): string => instant.toISOString().slice(0, 10);

const startOfDayPlus = (day: string, minutes: number): Date =>
  new Date(Date.parse(`${day}T00:00:00.000Z`) + minutes * 60_000);

/**
 * The run key of the scheduled run that is due at `now`: the UTC day once
 * its time has come, undefined before it (and always for triggered jobs).
 */
export const dueRunKey = (schedule: JobSchedule, now: Date): string | undefined => {
  if (schedule.kind === 'trigger') return undefined;
  const day = dayOf(now);
  return now >= startOfDayPlus(day, minutesOfDay(schedule.atUtc)) ? day : undefined;
};

/**
 * The next time a scheduled run becomes due after `now`, given the key of
 * the newest scheduled run already claimed; null for triggered jobs.
 */
export const nextRunAt = (
  schedule: JobSchedule,
  now: Date,
  lastScheduledKey: string | null,
): Date | null => {
  if (schedule.kind === 'trigger') return null;
  const minutes = minutesOfDay(schedule.atUtc);
  const today = dayOf(now);
  const todayRun = startOfDayPlus(today, minutes);
  if (now < todayRun || lastScheduledKey !== today) {
    return now < todayRun ? todayRun : now;
  }
  return new Date(todayRun.getTime() + 86_400_000);
};

/** Seconds to wait before retrying after the given failed attempt (1 = the first), or null when spent. */
export const retryDelaySeconds = (policy: RetryPolicy, failedAttempt: number): number | null =>
  failedAttempt > policy.retries ? null : policy.delaySeconds * 2 ** (failedAttempt - 1);
