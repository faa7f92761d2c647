/**
 * The daily jobs of the risk register. The sweep of risk acceptances
 * (ISO/IEC 42001 6.1.3, 8.3): an acceptance of residual risk holds for a
 * limited time; once it lapses the risk is open for review again (status
 * review_due, in the audit trail) and its owner is told, once per lapsed
 * acceptance. The risk trend: the current month's figures of open risks by
 * level, recorded again every day so a month ends with its last day's.
 */
import type { Notification } from '../../domain/notification/notification.js';
import { calendarDateOf } from '../../domain/validation.js';
import { insertNotificationOnce } from '../../storage/notification.repository.js';
import type { StoredRisk } from '../../storage/risk.repository.js';
import { now, reader } from '../context.js';
import type { Actor, ServiceDeps } from '../context.js';
import { disabledMailer } from '../mailer.js';
import { settingsOf } from '../notification-settings.js';
import { createRiskService } from '../registers/risk.service.js';
import { createRiskTrendService } from '../risk-trend.service.js';
import type { JobContext, JobDefinition } from './job-runner.js';
import { NOTIFICATION_EMAIL_JOB } from './reminder-jobs.js';

export const RISK_ACCEPTANCE_EXPIRY_JOB = 'risk-acceptance-expiry';
export const RISK_TREND_JOB = 'risk-trend';

const SWEEPER: Actor = { kind: 'system', label: RISK_ACCEPTANCE_EXPIRY_JOB };

const ownerNotice = (
  deps: ServiceDeps,
  risk: StoredRisk,
  lapsedOn: string,
): Notification | undefined => {
  if (risk.ownerUserId === null) return undefined;
  const link = `/orgs/${risk.organizationId}/risks/${risk.id}`;
  return {
    id: deps.newId(),
    organizationId: risk.organizationId,
    recipientUserId: risk.ownerUserId,
    kind: 'due_reminder',
    subjectType: 'risk',
    subjectId: risk.id,
    link,
    text: `The acceptance of the risk "${risk.statement}" lapsed on ${lapsedOn}: review it, treat it or have it accepted again.`,
    items: [
      {
        subjectType: 'risk',
        subjectId: risk.id,
        title: risk.statement,
        link,
        dueDate: lapsedOn,
        daysUntilDue: 0,
      },
    ],
    groupKey: `risk-acceptance-lapsed:${risk.id}:${lapsedOn}`,
    createdAt: now(deps),
    readAt: null,
    emailedAt: null,
  };
};

const sweep = async (deps: ServiceDeps, context: JobContext): Promise<string> => {
  const lapsed = await createRiskService(deps).reopenLapsedAcceptances(SWEEPER);
  const mailer = deps.mailer ?? disabledMailer;
  const today = calendarDateOf(deps.clock.now());
  let told = 0;
  for (const { risk, lapsedOn } of lapsed) {
    const notice = ownerNotice(deps, risk, lapsedOn ?? today);
    if (!notice || !(await insertNotificationOnce(reader(deps), notice))) continue;
    told += 1;
    if (mailer.isConfigured)
      await context.trigger(NOTIFICATION_EMAIL_JOB, notice.id, { notificationId: notice.id });
  }
  return `${lapsed.length} risk(s) open for review again; ${told} owner notification(s)`;
};

export const riskJobs = (deps: ServiceDeps): JobDefinition[] => [
  {
    name: RISK_ACCEPTANCE_EXPIRY_JOB,
    description:
      'Daily: reopens for review every risk whose acceptance lapsed, and tells its owner',
    schedule: { kind: 'daily', atUtc: settingsOf(deps).dailyAtUtc },
    retry: { retries: 3, delaySeconds: 60 },
    handle: (context) => sweep(deps, context),
  },
  {
    name: RISK_TREND_JOB,
    description:
      "Daily: records this month's figures of open risks by level for the risk trend (a month keeps its last day's)",
    schedule: { kind: 'daily', atUtc: settingsOf(deps).dailyAtUtc },
    retry: { retries: 3, delaySeconds: 60 },
    handle: async () => {
      const organizations = await createRiskTrendService(deps).recordMonth();
      return `figures recorded for ${organizations} organization(s)`;
    },
  },
];
