import { describe, expect, it } from 'vitest';
import { renderNotificationMail } from './mail.js';
import {
  DEFAULT_REMINDER_SETTINGS,
  buildDigests,
  isReminderDay,
  parseReminderDays,
} from './reminders.js';
import type { DueRecord } from './reminders.js';

const record = (title: string, dueDate: string, recipientUserId = 'u1'): DueRecord => ({
  organizationId: 'o1',
  recipientUserId,
  subjectType: 'document',
  subjectId: title,
  title,
  link: `/orgs/o1/documents/${title}`,
  dueDate,
});

describe('isReminderDay', () => {
  const due = '2026-12-10';
  it.each([
    ['2026-11-30', false],
    ['2026-12-03', true],
    ['2026-12-04', false],
    ['2026-12-09', true],
    ['2026-12-10', true],
    ['2026-12-11', true],
    ['2026-12-12', false],
    ['2026-12-18', true],
  ])('on %s: %s (default 7, 1, 0 days before, overdue weekly)', (today, expected) => {
    expect(isReminderDay(due, today, DEFAULT_REMINDER_SETTINGS)).toBe(expected);
  });
});

describe('buildDigests', () => {
  it('gives one person one digest listing everything due that day, most urgent first', () => {
    const digests = buildDigests(
      [
        record('Policy B', '2026-12-09'),
        record('Policy A', '2026-12-02'),
        record('Procedure', '2026-12-01'),
        record('Not today', '2026-12-05'),
      ],
      '2026-12-02',
      DEFAULT_REMINDER_SETTINGS,
    );
    expect(digests).toHaveLength(1);
    const [digest] = digests;
    expect(digest?.groupKey).toBe('due_reminder:2026-12-02');
    expect(digest?.items.map((item) => [item.title, item.daysUntilDue])).toEqual([
      ['Procedure', -1],
      ['Policy A', 0],
      ['Policy B', 7],
    ]);
    expect(digest?.text).toBe('Reminders: 2 due, 1 overdue');
  });

  it('describes a single item in the notification text', () => {
    const [digest] = buildDigests([record('Policy', '2026-12-03')], '2026-12-02', {
      ...DEFAULT_REMINDER_SETTINGS,
    });
    expect(digest?.text).toBe('Policy: due in 1 day (2026-12-03)');
  });

  it('keeps recipients apart', () => {
    const digests = buildDigests(
      [record('A', '2026-12-02', 'u1'), record('B', '2026-12-02', 'u2')],
      '2026-12-02',
      DEFAULT_REMINDER_SETTINGS,
    );
    expect(digests.map((digest) => digest.recipientUserId).sort()).toEqual(['u1', 'u2']);
  });
});

describe('parseReminderDays', () => {
  it('reads a list of whole days, largest first, without repeats', () => {
    expect(parseReminderDays('0, 7,1,7')).toEqual([7, 1, 0]);
  });

  it('refuses anything else', () => {
    expect(parseReminderDays('7,-1')).toBeUndefined();
    expect(parseReminderDays('a week')).toBeUndefined();
  });
});

describe('renderNotificationMail', () => {
  it('links every item under the public address and escapes the HTML', () => {
    const [digest] = buildDigests([record('R&D <policy>', '2026-12-02')], '2026-12-02', {
      ...DEFAULT_REMINDER_SETTINGS,
    });
    const mail = renderNotificationMail(
      { organizationId: 'o1', text: digest?.text ?? '', items: digest?.items ?? [] },
      'Acme',
      'https://aims.example/',
    );
    expect(mail.subject).toBe('[AIMS Workbench] Acme: R&D <policy>: due today (2026-12-02)');
    expect(mail.text).toContain('https://aims.example/orgs/o1/documents/R&D <policy>');
    expect(mail.html).toContain('R&amp;D &lt;policy&gt;');
    expect(mail.html).not.toContain('<policy>');
    expect(mail.text).toContain('https://aims.example/orgs/o1/notifications');
  });
});
