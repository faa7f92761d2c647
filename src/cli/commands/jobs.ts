/** aims jobs list | run <name> */
import type { Command } from 'commander';
import type { AppConfig } from '../../config.js';
import { DomainError } from '../../domain/errors.js';
import type { JobSchedule } from '../../domain/jobs/schedule.js';
import { createOutput, table, wantsJson } from '../output.js';
import { withServices } from '../runtime.js';

const describeSchedule = (schedule: JobSchedule): string =>
  schedule.kind === 'daily' ? `daily at ${schedule.atUtc} UTC` : 'when triggered';

export const registerJobCommands = (program: Command, config: () => AppConfig) => {
  const jobs = program.command('jobs').description('background jobs: list them, run one now');

  jobs
    .command('list')
    .description('every job with its schedule, last run and next run')
    .action(async (_options, command: Command) => {
      const summaries = await withServices(config(), (services) => services.jobs.list());
      createOutput(wantsJson(command)).data(summaries, () =>
        table(
          ['job', 'schedule', 'last run', 'outcome', 'next run'],
          summaries.map((job) => [
            job.name,
            describeSchedule(job.schedule),
            job.lastRun ? `${job.lastRun.runKey} (${job.lastRun.status})` : 'never',
            job.lastRun?.error ?? job.lastRun?.outcome ?? '',
            job.nextRunAt ?? '—',
          ]),
        ),
      );
    });

  jobs
    .command('run')
    .description('run one job now, in this process, and wait for its outcome')
    .argument('<name>', 'the job, as `aims jobs list` names it')
    .action(async (name: string, _options, command: Command) => {
      const run = await withServices(config(), (services) => services.jobs.runNow(name));
      if (run.status === 'failed' || run.status === 'retrying') {
        throw new DomainError(
          'JOB_RUN_FAILED',
          'InvalidState',
          `${name} failed: ${run.error ?? ''}`,
          {
            runId: run.id,
            status: run.status,
          },
        );
      }
      createOutput(wantsJson(command)).data(
        run,
        () => `${name}: ${run.status}. ${run.outcome ?? ''}`,
      );
    });
};
