/**
 * The daily evidence freshness sweep (ISO/IEC 42001 clause 7.5.3, and the
 * Annex A controls evidence supports): each item whose freshness changed
 * since the last sweep (fresh → expiring → expired) has the change recorded
 * on it and in the audit trail, once per change. Owners hear of evidence
 * about to lapse through the daily due-reminder digest (reminder-jobs.ts),
 * on the reminder days before its valid-until date and after it.
 */
import type { Actor, ServiceDeps } from '../context.js';
import { settingsOf } from '../notification-settings.js';
import { createEvidenceService } from '../registers/evidence.service.js';
import type { JobDefinition } from './job-runner.js';

export const EVIDENCE_FRESHNESS_JOB = 'evidence-freshness';

const SWEEPER: Actor = { kind: 'system', label: EVIDENCE_FRESHNESS_JOB };

export const evidenceJobs = (deps: ServiceDeps): JobDefinition[] => [
  {
    name: EVIDENCE_FRESHNESS_JOB,
    description: 'Daily: records evidence that became expiring or expired, in the audit trail',
    schedule: { kind: 'daily', atUtc: settingsOf(deps).dailyAtUtc },
    retry: { retries: 3, delaySeconds: 60 },
    handle: async () => {
      const changes = await createEvidenceService(deps).sweepFreshness(SWEEPER);
      const count = (to: string) => changes.filter((change) => change.to === to).length;
      return `${changes.length} evidence item(s) changed freshness: ${count('expiring')} expiring, ${count('expired')} expired`;
    },
  },
];
