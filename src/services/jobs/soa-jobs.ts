/**
 * The daily sweep of the Statement of Applicability (ISO/IEC 42001 6.1.3 d):
 * a not-applicable decision may carry a review date; once that day comes
 * the decision is flagged as due for review (in the audit trail, shown on
 * the entry and in the SoA's filters), no version is approved until it is
 * looked at again, and the entry's owner is told, once per review date.
 */
import type { Notification } from '../../domain/notification/notification.js';
import { insertNotificationOnce } from '../../storage/notification.repository.js';
import { now, reader } from '../context.js';
import type { Actor, ServiceDeps } from '../context.js';
import { disabledMailer } from '../mailer.js';
import { settingsOf } from '../notification-settings.js';
import { createSoaService } from '../soa.service.js';
import type { FlaggedReview } from '../soa.service.js';
import type { JobContext, JobDefinition } from './job-runner.js';
import { NOTIFICATION_EMAIL_JOB } from './reminder-jobs.js';

export const SOA_REVIEW_DUE_JOB = 'soa-review-due';

const SWEEPER: Actor = { kind: 'system', label: SOA_REVIEW_DUE_JOB };

const ownerNotice = (deps: ServiceDeps, review: FlaggedReview): Notification | undefined => {
  if (review.ownerUserId === null) return undefined;
  const link = `/orgs/${review.organizationId}/soa/${review.controlId}`;
  const title = `${review.controlId} ${review.title}`;
  return {
    id: deps.newId(),
    organizationId: review.organizationId,
    recipientUserId: review.ownerUserId,
    kind: 'due_reminder',
    subjectType: 'soa_entry',
    subjectId: review.controlId,
    link,
    text: `The decision that ${title} is not applicable was due for review on ${review.reviewDate}: confirm it with a new review date, or decide again.`,
    items: [
      {
        subjectType: 'soa_entry',
        subjectId: review.controlId,
        title,
        link,
        dueDate: review.reviewDate,
        daysUntilDue: 0,
      },
    ],
    groupKey: `soa-review-due:${review.organizationId}:${review.controlId}:${review.reviewDate}`,
    createdAt: now(deps),
    readAt: null,
    emailedAt: null,
  };
};

const sweep = async (deps: ServiceDeps, context: JobContext): Promise<string> => {
  const flagged = await createSoaService(deps).flagDueReviews(SWEEPER);
  const mailer = deps.mailer ?? disabledMailer;
  let told = 0;
  for (const review of flagged) {
    const notice = ownerNotice(deps, review);
    if (!notice || !(await insertNotificationOnce(reader(deps), notice))) continue;
    told += 1;
    if (mailer.isConfigured)
      await context.trigger(NOTIFICATION_EMAIL_JOB, notice.id, { notificationId: notice.id });
  }
  return `${flagged.length} not-applicable decision(s) due for review; ${told} owner notification(s)`;
};

export const soaJobs = (deps: ServiceDeps): JobDefinition[] => [
  {
    name: SOA_REVIEW_DUE_JOB,
    description:
      'Daily: flags every not-applicable SoA decision whose review date has come, and tells its owner',
    schedule: { kind: 'daily', atUtc: settingsOf(deps).dailyAtUtc },
    retry: { retries: 3, delaySeconds: 60 },
    handle: (context) => sweep(deps, context),
  },
];
