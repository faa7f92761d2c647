/**
 * The jobs behind reminders: once a day, the due-reminder digest (ISO/IEC
 * 42001 clause 7.5.3: documented information kept current) tells each
 * owner, in one notification per organization, every document whose review
 * date and every piece of evidence whose valid-until date is a reminder
 * day; each new notification then triggers its own e-mail run, so a mail
 * server that is down is retried without repeating the digest.
 */
import { nextReviewDate } from '../../domain/document/status.js';
import { renderNotificationMail } from '../../domain/notification/mail.js';
import { withDefaultPreferences } from '../../domain/notification/notification.js';
import type { Notification } from '../../domain/notification/notification.js';
import { buildDigests } from '../../domain/notification/reminders.js';
import type { Digest, DueRecord } from '../../domain/notification/reminders.js';
import {
  findNotificationById,
  insertNotificationOnce,
  listNotificationPreferences,
  markNotificationEmailed,
} from '../../storage/notification.repository.js';
import { findOrganizationById } from '../../storage/organization.repository.js';
import { listSweepableEvidence } from '../../storage/evidence.repository.js';
import { listReviewableDocuments } from '../../storage/review-due.repository.js';
import { findUserById } from '../../storage/user.repository.js';
import { now, reader } from '../context.js';
import type { ServiceDeps } from '../context.js';
import { disabledMailer } from '../mailer.js';
import { settingsOf } from '../notification-settings.js';
import type { JobContext, JobDefinition } from './job-runner.js';

export const DOCUMENT_REVIEWS_JOB = 'document-reviews';
export const NOTIFICATION_EMAIL_JOB = 'notification-email';

const documentsDueForReview = async (deps: ServiceDeps): Promise<DueRecord[]> => {
  const documents = await listReviewableDocuments(reader(deps));
  return documents.map((document) => ({
    organizationId: document.organizationId,
    recipientUserId: document.ownerUserId,
    subjectType: 'document',
    subjectId: document.documentId,
    title: `Review of ${document.title}`,
    link: `/orgs/${document.organizationId}/documents/${document.documentId}`,
    dueDate: nextReviewDate(document.approvedAt, document.reviewIntervalMonths),
  }));
};

/** Evidence with a valid-until date and an owner who is a member: due on the date it lapses. */
const evidenceDueForRenewal = async (deps: ServiceDeps): Promise<DueRecord[]> => {
  const items = await listSweepableEvidence(reader(deps));
  return items.flatMap((item) =>
    item.validUntil === null || item.ownerUserId === null
      ? []
      : [
          {
            organizationId: item.organizationId,
            recipientUserId: item.ownerUserId,
            subjectType: 'evidence',
            subjectId: item.id,
            title: `Renewal of evidence ${item.title}`,
            link: `/orgs/${item.organizationId}/evidence/${item.id}`,
            dueDate: item.validUntil,
          },
        ],
  );
};

const notificationOf = (deps: ServiceDeps, digest: Digest): Notification | undefined => {
  const [first] = digest.items;
  if (!first) return undefined;
  return {
    id: deps.newId(),
    organizationId: digest.organizationId,
    recipientUserId: digest.recipientUserId,
    kind: 'due_reminder',
    subjectType: first.subjectType,
    subjectId: first.subjectId,
    link: first.link,
    text: digest.text,
    items: digest.items,
    groupKey: digest.groupKey,
    createdAt: now(deps),
    readAt: null,
    emailedAt: null,
  };
};

const sendDocumentReviewDigests = async (deps: ServiceDeps, context: JobContext) => {
  const today = deps.clock.now().toISOString().slice(0, 10);
  const documents = await documentsDueForReview(deps);
  const evidence = await evidenceDueForRenewal(deps);
  const records = [...documents, ...evidence];
  const digests = buildDigests(records, today, settingsOf(deps).reminders);
  const mailer = deps.mailer ?? disabledMailer;
  let created = 0;
  for (const digest of digests) {
    const notification = notificationOf(deps, digest);
    if (!notification || !(await insertNotificationOnce(reader(deps), notification))) continue;
    created += 1;
    if (mailer.isConfigured) {
      await context.trigger(NOTIFICATION_EMAIL_JOB, notification.id, {
        notificationId: notification.id,
      });
    }
  }
  return (
    `${created} reminder notification(s) for ${documents.length} document(s) in force ` +
    `and ${evidence.length} evidence item(s) with a valid-until date`
  );
};

const emailNotification = async (deps: ServiceDeps, context: JobContext): Promise<string> => {
  const mailer = deps.mailer ?? disabledMailer;
  const { notificationId } = context.run.payload;
  if (typeof notificationId !== 'string') return 'skipped: no notification named';
  const notification = await findNotificationById(reader(deps), notificationId);
  if (!notification) return 'skipped: the notification no longer exists';
  if (notification.emailedAt !== null) return 'skipped: already sent';
  if (!mailer.isConfigured) return 'skipped: e-mail is not configured';
  const preferences = withDefaultPreferences(
    await listNotificationPreferences(reader(deps), notification.recipientUserId),
  );
  if (!preferences.find((preference) => preference.kind === notification.kind)?.isEmailEnabled) {
    return 'skipped: the recipient turned e-mail off for this kind';
  }
  const user = await findUserById(reader(deps), notification.recipientUserId);
  const organization = await findOrganizationById(reader(deps), notification.organizationId);
  if (!user || !organization) return 'skipped: the recipient or organization no longer exists';
  await mailer.send(
    user.email,
    renderNotificationMail(notification, organization.name, settingsOf(deps).publicUrl),
  );
  await markNotificationEmailed(reader(deps), notification.id, now(deps));
  return `sent to ${user.email}`;
};

/** The reminder and notification e-mail jobs. */
export const reminderJobs = (deps: ServiceDeps): JobDefinition[] => [
  {
    name: DOCUMENT_REVIEWS_JOB,
    description:
      'Daily digest to each owner of the documents due or overdue for review and the evidence about to lapse or lapsed',
    schedule: { kind: 'daily', atUtc: settingsOf(deps).dailyAtUtc },
    retry: { retries: 3, delaySeconds: 60 },
    handle: (context) => sendDocumentReviewDigests(deps, context),
  },
  {
    name: NOTIFICATION_EMAIL_JOB,
    description: 'Sends one notification by e-mail (when SMTP is configured)',
    schedule: { kind: 'trigger' },
    retry: { retries: 5, delaySeconds: 30 },
    handle: (context) => emailNotification(deps, context),
  },
];
