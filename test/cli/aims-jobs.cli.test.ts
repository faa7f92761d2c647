/** `aims jobs list` and `aims jobs run` as an operator runs them, beside the data of a server. */
import { describe, expect, it } from 'vitest';
import { runAims } from '../harness/cli.js';
import { testDatabaseForSuite } from '../harness/database.js';

interface JobSummary {
  name: string;
  lastRun: { runKey: string; status: string; outcome: string | null } | null;
  nextRunAt: string | null;
}

describe('aims jobs', () => {
  const db = testDatabaseForSuite();
  const aims = (args: string[]) => runAims(db.env, args);

  it('lists the jobs, never run yet, with the next daily run', async () => {
    const result = await aims(['jobs', 'list', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const jobs = JSON.parse(result.stdout) as JobSummary[];
    expect(jobs.map((job) => job.name)).toEqual([
      'document-reviews',
      'notification-email',
      'risk-acceptance-expiry',
      'risk-trend',
      'evidence-freshness',
      'soa-review-due',
      'audit-checkpoint',
      'file-collection',
    ]);
    expect(jobs[0]?.lastRun).toBeNull();
    expect(jobs[0]?.nextRunAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(jobs[1]?.nextRunAt).toBeNull();
  });

  it('runs a job now and shows the run as its last', async () => {
    const run = await aims(['jobs', 'run', 'document-reviews', '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      jobName: 'document-reviews',
      trigger: 'manual',
      status: 'succeeded',
      attempts: 1,
      outcome:
        '0 reminder notification(s) for 0 document(s) in force and 0 evidence item(s) with a valid-until date',
    });
    const listed = await aims(['jobs', 'list']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('document-reviews');
    expect(listed.stdout).toContain('(succeeded)');
  });

  it('refuses an unknown job with the not-found exit code', async () => {
    const result = await aims(['jobs', 'run', 'nightly-nonsense', '--json']);
    expect(result.code).toBe(4);
    expect(JSON.parse(result.stderr)).toMatchObject({ code: 'JOB_NOT_FOUND' });
  });
});
