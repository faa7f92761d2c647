/** Notifications, notification preferences and the notification settings, on the wire. */
import { z } from 'zod';
import { NOTIFICATION_KINDS } from '../../../domain/notification/notification.js';
import { Id, OrgParams, QueryBoolean, Timestamp } from '../../schemas.js';

export const NotificationKind = z.enum(NOTIFICATION_KINDS);

const NotificationItem = z
  .object({
    subjectType: z.string(),
    subjectId: z.string(),
    title: z.string(),
    link: z.string().describe('Path in the web app'),
    dueDate: z.string().describe('YYYY-MM-DD'),
    daysUntilDue: z.number().int().describe('Negative once overdue'),
  })
  .meta({ id: 'NotificationItem' });

export const Notification = z
  .object({
    id: Id,
    kind: NotificationKind,
    subjectType: z.string(),
    subjectId: z.string(),
    link: z.string().describe('Path in the web app of the most urgent item'),
    text: z.string(),
    items: z.array(NotificationItem).readonly(),
    createdAt: Timestamp,
    readAt: Timestamp.nullable(),
    emailedAt: Timestamp.nullable(),
  })
  .meta({ id: 'Notification' });

export const NotificationQuery = z.strictObject({
  kind: NotificationKind.optional(),
  isUnread: QueryBoolean.optional(),
  offset: z.coerce.number().int().min(0).max(100_000).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

export const NotificationPage = z.object({
  items: z.array(Notification),
  total: z.number().int(),
  unreadCount: z.number().int(),
});

export const NotificationParams = OrgParams.extend({ notificationId: Id });

export const ReadAllBody = z.strictObject({ kind: NotificationKind.optional() }).nullish();

const NotificationPreference = z
  .object({ kind: NotificationKind, label: z.string(), isEmailEnabled: z.boolean() })
  .meta({ id: 'NotificationPreference' });

export const NotificationPreferences = z.object({ items: z.array(NotificationPreference) });

export const NotificationPreferencesBody = z.strictObject({
  items: z
    .array(z.strictObject({ kind: NotificationKind, isEmailEnabled: z.boolean() }))
    .min(1)
    .max(NOTIFICATION_KINDS.length),
});

export const NotificationSettings = z
  .object({
    mail: z.object({
      isConfigured: z.boolean().describe('False: no e-mail is sent (SMTP_URL is not set)'),
      from: z.string().nullable(),
    }),
    reminders: z.object({
      daysBefore: z.array(z.number().int()),
      overdueEveryDays: z.number().int(),
    }),
    dailyJobsAtUtc: z.string(),
  })
  .meta({ id: 'NotificationSettings' });
