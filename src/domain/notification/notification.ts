/**
 * In-app notifications: what a person is told, about which record, with a
 * link to it, and whether they have read it. A reminder digest gathers
 * everything due for one person in one organization on one day.
 */

export const NOTIFICATION_KINDS = ['due_reminder'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KIND_LABELS: Readonly<Record<NotificationKind, string>> = {
  due_reminder: 'Due and overdue reminders',
};

/** One record a notification speaks of. */
export interface NotificationItem {
  readonly subjectType: string;
  readonly subjectId: string;
  readonly title: string;
  /** Path in the web app, from the root: /orgs/…/documents/… */
  readonly link: string;
  /** YYYY-MM-DD */
  readonly dueDate: string;
  /** Days until the due date; negative once overdue. */
  readonly daysUntilDue: number;
}

export interface Notification {
  readonly id: string;
  readonly organizationId: string;
  readonly recipientUserId: string;
  readonly kind: NotificationKind;
  /** The record the notification is about (for a digest, the most urgent item). */
  readonly subjectType: string;
  readonly subjectId: string;
  readonly link: string;
  readonly text: string;
  readonly items: readonly NotificationItem[];
  /** At most one notification per recipient, organization and group key. */
  readonly groupKey: string;
  readonly createdAt: string;
  readonly readAt: string | null;
  readonly emailedAt: string | null;
}

export interface NotificationPreference {
  readonly kind: NotificationKind;
  readonly isEmailEnabled: boolean;
}

/** Every kind with the user's choice, e-mail on where they made none. */
export const withDefaultPreferences = (
  stored: readonly NotificationPreference[],
): NotificationPreference[] =>
  NOTIFICATION_KINDS.map(
    (kind) =>
      stored.find((preference) => preference.kind === kind) ?? { kind, isEmailEnabled: true },
  );
