/** Notifications and notification preferences, always read for one recipient. */
import type {
  Notification,
  NotificationItem,
  NotificationKind,
  NotificationPreference,
} from '../domain/notification/notification.js';
import type { Executor } from './database.js';
import type { NotificationTable } from './schema.js';
import { fromFlag, parseJsonList, toFlag } from './sql-helpers.js';

const toNotification = (row: NotificationTable): Notification => ({
  id: row.id,
  organizationId: row.organization_id,
  recipientUserId: row.recipient_user_id,
  kind: row.kind as NotificationKind,
  subjectType: row.subject_type,
  subjectId: row.subject_id,
  link: row.link,
  text: row.text,
  items: parseJsonList<NotificationItem>(row.items_json),
  groupKey: row.group_key,
  createdAt: row.created_at,
  readAt: row.read_at,
  emailedAt: row.emailed_at,
});

/** Inserts the notification unless its recipient already has one with the group key; true when inserted. */
export const insertNotificationOnce = async (
  db: Executor,
  notification: Notification,
): Promise<boolean> => {
  const result = await db
    .insertInto('notification')
    .values({
      id: notification.id,
      organization_id: notification.organizationId,
      recipient_user_id: notification.recipientUserId,
      kind: notification.kind,
      subject_type: notification.subjectType,
      subject_id: notification.subjectId,
      link: notification.link,
      text: notification.text,
      items_json: JSON.stringify(notification.items),
      group_key: notification.groupKey,
      created_at: notification.createdAt,
      read_at: notification.readAt,
      emailed_at: notification.emailedAt,
    })
    .onConflict((conflict) =>
      conflict.columns(['recipient_user_id', 'organization_id', 'group_key']).doNothing(),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
};

export const findNotificationById = async (
  db: Executor,
  id: string,
): Promise<Notification | undefined> => {
  const row = await db
    .selectFrom('notification')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toNotification(row) : undefined;
};

export interface NotificationFilter {
  readonly recipientUserId: string;
  readonly organizationId: string;
  readonly kind?: NotificationKind;
  readonly isUnread?: boolean;
}

const filtered = (db: Executor, filter: NotificationFilter) => {
  let query = db
    .selectFrom('notification')
    .where('recipient_user_id', '=', filter.recipientUserId)
    .where('organization_id', '=', filter.organizationId);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.isUnread !== undefined) {
    query = query.where('read_at', filter.isUnread ? 'is' : 'is not', null);
  }
  return query;
};

/** A page of the recipient's notifications, newest first, and how many match. */
export const listNotifications = async (
  db: Executor,
  filter: NotificationFilter,
  window: { offset: number; limit: number },
): Promise<{ items: Notification[]; total: number }> => {
  const rows = await filtered(db, filter)
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .offset(window.offset)
    .limit(window.limit)
    .execute();
  return { items: rows.map(toNotification), total: await countNotifications(db, filter) };
};

export const countNotifications = async (
  db: Executor,
  filter: NotificationFilter,
): Promise<number> => {
  const row = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
};

/** Marks one of the recipient's notifications read (keeping the first time); false when it is not theirs. */
export const markNotificationRead = async (
  db: Executor,
  filter: NotificationFilter & { id: string },
  at: string,
): Promise<boolean> => {
  const found = await filtered(db, filter)
    .select(['id', 'read_at'])
    .where('id', '=', filter.id)
    .executeTakeFirst();
  if (!found) return false;
  if (found.read_at === null) {
    await db.updateTable('notification').set({ read_at: at }).where('id', '=', found.id).execute();
  }
  return true;
};

/** Marks every unread notification of the recipient (of a kind, when given) read; returns how many. */
export const markAllNotificationsRead = async (
  db: Executor,
  filter: NotificationFilter,
  at: string,
): Promise<number> => {
  let query = db
    .updateTable('notification')
    .set({ read_at: at })
    .where('recipient_user_id', '=', filter.recipientUserId)
    .where('organization_id', '=', filter.organizationId)
    .where('read_at', 'is', null);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
};

export const markNotificationEmailed = async (
  db: Executor,
  id: string,
  at: string,
): Promise<void> => {
  await db.updateTable('notification').set({ emailed_at: at }).where('id', '=', id).execute();
};

export const listNotificationPreferences = async (
  db: Executor,
  userId: string,
): Promise<NotificationPreference[]> => {
  const rows = await db
    .selectFrom('notification_preference')
    .select(['kind', 'is_email_enabled'])
    .where('user_id', '=', userId)
    .execute();
  return rows.map((row) => ({
    kind: row.kind as NotificationKind,
    isEmailEnabled: fromFlag(row.is_email_enabled),
  }));
};

export const saveNotificationPreference = async (
  db: Executor,
  userId: string,
  preference: NotificationPreference,
  at: string,
): Promise<void> => {
  await db
    .insertInto('notification_preference')
    .values({
      user_id: userId,
      kind: preference.kind,
      is_email_enabled: toFlag(preference.isEmailEnabled),
      updated_at: at,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['user_id', 'kind'])
        .doUpdateSet({ is_email_enabled: toFlag(preference.isEmailEnabled), updated_at: at }),
    )
    .execute();
};
