/**
 * Background jobs in a test: on PostgreSQL the pg-boss delivery the server
 * uses, on SQLite in process; the test moves the clock and ticks.
 */
import { startBackgroundJobs } from '../../src/services/jobs/start-jobs.js';
import type { TestContext } from './services.js';

export const startTestJobs = (ctx: TestContext): Promise<void> =>
  startBackgroundJobs(
    { database: ctx.db.database, services: ctx.services },
    { tickSeconds: 0, onError: (error) => process.emitWarning(String(error)) },
  );

/** Moves the test clock a whole number of days and runs whatever became due. */
export const nextDay = async (ctx: TestContext, days = 1): Promise<void> => {
  ctx.clock.advanceSeconds(days * 86_400);
  await ctx.services.jobs.tick();
  await ctx.services.jobs.settle();
};
