/** Every background job of the product. */
import { createAuditLogService } from '../audit-log.service.js';
import type { ServiceDeps } from '../context.js';
import { createFileService } from '../file.service.js';
import { settingsOf } from '../notification-settings.js';
import type { JobDefinition } from './job-runner.js';
import { evidenceJobs } from './evidence-jobs.js';
import { reminderJobs } from './reminder-jobs.js';
import { riskJobs } from './risk-jobs.js';
import { soaJobs } from './soa-jobs.js';

export const AUDIT_CHECKPOINT_JOB = 'audit-checkpoint';

const auditCheckpointJob = (deps: ServiceDeps): JobDefinition => ({
  name: AUDIT_CHECKPOINT_JOB,
  description: 'Signs and stores a checkpoint of every audit-trail chain',
  schedule: { kind: 'daily', atUtc: settingsOf(deps).dailyAtUtc },
  retry: { retries: 3, delaySeconds: 60 },
  handle: async () => {
    const checkpoint = await createAuditLogService(deps).checkpoint();
    const entries = checkpoint.chains.reduce((sum, head) => sum + head.entries, 0);
    return `${entries} entries in ${checkpoint.chains.length} chain(s)`;
  },
});

export const FILE_COLLECTION_JOB = 'file-collection';

const fileCollectionJob = (deps: ServiceDeps): JobDefinition => ({
  name: FILE_COLLECTION_JOB,
  description: 'Removes stored files that no record references any more',
  schedule: { kind: 'daily', atUtc: settingsOf(deps).dailyAtUtc },
  retry: { retries: 3, delaySeconds: 60 },
  handle: async () => {
    const collected = await createFileService(deps).collect();
    return `${collected.removedFiles} file(s) removed (${collected.removedBytes} bytes), ${collected.keptFiles} kept`;
  },
});

export const jobDefinitions = (deps: ServiceDeps): JobDefinition[] => [
  ...reminderJobs(deps),
  ...riskJobs(deps),
  ...evidenceJobs(deps),
  ...soaJobs(deps),
  auditCheckpointJob(deps),
  fileCollectionJob(deps),
];
