/**
 * Reminders before a due date (a document's next review, ISO/IEC 42001
 * clause 7.5.3) and the daily digest that groups them: one notification per
 * person, organization and day listing everything due, never one per record.
 */
import { daysBetween } from '../clock.js';
import type { NotificationItem } from './notification.js';

export interface ReminderSettings {
  /** Days before the due date on which to remind; 0 is the day itself. */
  readonly daysBefore: readonly number[];
  /** Once overdue, remind on the first overdue day and every this many days after. */
  readonly overdueEveryDays: number;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  daysBefore: [7, 1, 0],
  overdueEveryDays: 7,
};

/** Whether `today` is a reminder day for something due on `dueDate`. */
export const isReminderDay = (
  dueDate: string,
  today: string,
  settings: ReminderSettings,
): boolean => {
  const days = daysBetween(today, dueDate);
  if (days >= 0) return settings.daysBefore.includes(days);
  return (-days - 1) % Math.max(1, settings.overdueEveryDays) === 0;
};

/** A record something is due on, and who is told. */
export interface DueRecord extends Omit<NotificationItem, 'daysUntilDue'> {
  readonly organizationId: string;
  readonly recipientUserId: string;
}

export interface Digest {
  readonly organizationId: string;
  readonly recipientUserId: string;
  readonly groupKey: string;
  readonly text: string;
  /** Most urgent first. */
  readonly items: readonly NotificationItem[];
}

const describeDue = (days: number): string => {
  if (days < 0) return `overdue by ${-days} day${days === -1 ? '' : 's'}`;
  if (days === 0) return 'due today';
  return `due in ${days} day${days === 1 ? '' : 's'}`;
};

/** "Review of Policy X: due in 7 days" — one line per item, in the app and in e-mail. */
export const describeItem = (item: NotificationItem): string =>
  `${item.title}: ${describeDue(item.daysUntilDue)} (${item.dueDate})`;

const summary = (items: readonly NotificationItem[]): string => {
  const overdue = items.filter((item) => item.daysUntilDue < 0).length;
  const due = items.length - overdue;
  const parts = [
    ...(due > 0 ? [`${due} due`] : []),
    ...(overdue > 0 ? [`${overdue} overdue`] : []),
  ];
  const [first] = items;
  return items.length === 1 && first ? describeItem(first) : `Reminders: ${parts.join(', ')}`;
};

/**
 * Today's digests: the records whose reminder day is today, grouped by
 * recipient and organization, most urgent first.
 */
export const buildDigests = (
  records: readonly DueRecord[],
  today: string,
  settings: ReminderSettings,
): Digest[] => {
  const groups = new Map<
    string,
    { organizationId: string; recipientUserId: string; items: NotificationItem[] }
  >();
  for (const record of records) {
    if (!isReminderDay(record.dueDate, today, settings)) continue;
    const { organizationId, recipientUserId, ...item } = record;
    const key = `${organizationId}/${recipientUserId}`;
    const group = groups.get(key) ?? { organizationId, recipientUserId, items: [] };
    group.items.push({ ...item, daysUntilDue: daysBetween(today, record.dueDate) });
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => {
    const items = group.items.sort(
      (a, b) => a.daysUntilDue - b.daysUntilDue || a.title.localeCompare(b.title),
    );
    return {
      organizationId: group.organizationId,
      recipientUserId: group.recipientUserId,
      groupKey: `due_reminder:${today}`,
      text: summary(items),
      items,
    };
  });
};

/** Parses "7,1,0" (days before a due date); undefined when it is not a list of whole days. */
export const parseReminderDays = (text: string): number[] | undefined => {
  const days = text.split(',').map((part) => part.trim());
  if (days.some((day) => !/^\d{1,3}$/.test(day))) return undefined;
  return [...new Set(days.map(Number))].sort((a, b) => b - a);
};
