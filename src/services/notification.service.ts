/**
 * A person's notifications in one organization (only ever their own), their
 * preferences for e-mail, and what the settings page shows of mail.
 */
import { invalid, notFound } from '../domain/errors.js';
import {
  NOTIFICATION_KIND_LABELS,
  NOTIFICATION_KINDS,
  withDefaultPreferences,
} from '../domain/notification/notification.js';
import type {
  Notification,
  NotificationKind,
  NotificationPreference,
} from '../domain/notification/notification.js';
import {
  countNotifications,
  listNotificationPreferences,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  saveNotificationPreference,
} from '../storage/notification.repository.js';
import { authorize } from './authorization.js';
import { actorUserId, inTransaction, now, reader } from './context.js';
import type { Actor, ServiceDeps } from './context.js';
import { disabledMailer } from './mailer.js';
import { DEFAULT_NOTIFICATION_SETTINGS } from './notification-settings.js';

export interface NotificationQuery {
  readonly kind?: NotificationKind;
  readonly isUnread?: boolean;
  readonly offset?: number;
  readonly limit?: number;
}

export interface NotificationPage {
  readonly items: Notification[];
  readonly total: number;
  readonly unreadCount: number;
}

const signedInUser = (actor: Actor): string => {
  const userId = actorUserId(actor);
  if (userId === null) {
    throw invalid('NOTIFICATION_USER_REQUIRED', 'Notifications belong to a signed-in person', [
      { field: 'actor', reason: 'sign in as a person' },
    ]);
  }
  return userId;
};

export const createNotificationService = (deps: ServiceDeps) => {
  /** The recipient filter after checking that the person is a member. */
  const recipient = async (actor: Actor, organizationId: string) => {
    const recipientUserId = signedInUser(actor);
    await authorize(reader(deps), actor, organizationId, 'org.read');
    return { recipientUserId, organizationId };
  };

  return {
    /** The person's notifications, newest first, with the unread count. */
    async list(
      actor: Actor,
      organizationId: string,
      query: NotificationQuery = {},
    ): Promise<NotificationPage> {
      const base = await recipient(actor, organizationId);
      const filter = {
        ...base,
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.isUnread !== undefined ? { isUnread: query.isUnread } : {}),
      };
      const window = {
        offset: Math.max(0, query.offset ?? 0),
        limit: Math.min(100, Math.max(1, query.limit ?? 20)),
      };
      const page = await listNotifications(reader(deps), filter, window);
      const unreadCount = await countNotifications(reader(deps), { ...base, isUnread: true });
      return { ...page, unreadCount };
    },

    async unreadCount(actor: Actor, organizationId: string): Promise<number> {
      const base = await recipient(actor, organizationId);
      return countNotifications(reader(deps), { ...base, isUnread: true });
    },

    /** Marks one of the person's notifications read; 404 for anyone else's. */
    async markRead(actor: Actor, organizationId: string, notificationId: string): Promise<void> {
      const base = await recipient(actor, organizationId);
      const marked = await inTransaction(deps, (trx) =>
        markNotificationRead(trx, { ...base, id: notificationId }, now(deps)),
      );
      if (!marked) {
        throw notFound('NOTIFICATION_NOT_FOUND', 'No such notification', { notificationId });
      }
    },

    /** Marks all the person's unread notifications (of one kind, when given) read. */
    async markAllRead(
      actor: Actor,
      organizationId: string,
      kind?: NotificationKind,
    ): Promise<number> {
      const base = await recipient(actor, organizationId);
      return inTransaction(deps, (trx) =>
        markAllNotificationsRead(trx, { ...base, ...(kind ? { kind } : {}) }, now(deps)),
      );
    },

    /** Every kind of notification with the person's e-mail choice. */
    async preferences(actor: Actor) {
      const userId = signedInUser(actor);
      const stored = await listNotificationPreferences(reader(deps), userId);
      return withDefaultPreferences(stored).map((preference) => ({
        ...preference,
        label: NOTIFICATION_KIND_LABELS[preference.kind],
      }));
    },

    async savePreferences(actor: Actor, preferences: readonly NotificationPreference[]) {
      const userId = signedInUser(actor);
      const unknown = preferences.findIndex(
        (preference) => !(NOTIFICATION_KINDS as readonly string[]).includes(preference.kind),
      );
      if (unknown >= 0) {
        throw invalid('NOTIFICATION_KIND_UNKNOWN', 'Unknown kind of notification', [
          { field: `items.${unknown}.kind`, reason: `one of ${NOTIFICATION_KINDS.join(', ')}` },
        ]);
      }
      await inTransaction(deps, async (trx) => {
        for (const preference of preferences) {
          await saveNotificationPreference(trx, userId, preference, now(deps));
        }
      });
      return this.preferences(actor);
    },

    /** Whether e-mail goes out, from which address, and the reminder days (the settings page). */
    settings() {
      const mailer = deps.mailer ?? disabledMailer;
      const settings = deps.notifications ?? DEFAULT_NOTIFICATION_SETTINGS;
      return {
        mail: { isConfigured: mailer.isConfigured, from: mailer.from },
        reminders: {
          daysBefore: [...settings.reminders.daysBefore],
          overdueEveryDays: settings.reminders.overdueEveryDays,
        },
        dailyJobsAtUtc: settings.dailyAtUtc,
      };
    },
  };
};

export type NotificationService = ReturnType<typeof createNotificationService>;
