/**
 * Review reminders end to end: the test clock walks a controlled document's
 * review date from far away to due and overdue; the daily job gives its
 * owner exactly one grouped notification on each reminder day, in the app
 * and in a real local SMTP server's mailbox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../../src/services/mailer.js';
import {
  call,
  createApiTestContext,
  createApiUser,
  createOrg,
  errorOf,
  apiContextForSuite,
} from '../harness/api.js';
import type { ApiTestContext, ApiUser } from '../harness/api.js';
import { nextDay, startTestJobs } from '../harness/jobs.js';
import { startSmtpServer } from '../harness/smtp.js';
import type { TestMailbox } from '../harness/smtp.js';
import { describeOrgRouteAccess } from '../harness/access.js';
import { notificationsAccess } from './access/notifications.cases.js';

interface NotificationBody {
  id: string;
  kind: string;
  text: string;
  link: string;
  readAt: string | null;
  items: { title: string; link: string; dueDate: string; daysUntilDue: number }[];
}
interface Page {
  items: NotificationBody[];
  total: number;
  unreadCount: number;
}

describe('review reminders', () => {
  let ctx: ApiTestContext;
  let mailbox: TestMailbox;
  let orgId: string;
  let owner: ApiUser;
  let approver: ApiUser;
  let colleague: ApiUser;
  const documentIds: string[] = [];

  const notificationsOf = async (user: ApiUser, query = ''): Promise<Page> => {
    const response = await call(ctx, user, {
      method: 'GET',
      url: `/api/v1/orgs/${orgId}/notifications${query}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Page>();
  };

  const approvedDocument = async (title: string) => {
    const { services } = ctx;
    const created = await services.documents.create(owner.actor, orgId, {
      title,
      kind: 'ai_policy',
      bodyMarkdown: `# ${title}`,
      reviewIntervalMonths: 1,
    });
    const ids = { documentId: created.id, versionId: created.openVersion?.id ?? '' };
    await services.documentVersions.submit(owner.actor, orgId, ids);
    await services.documentVersions.approve(approver.actor, orgId, ids);
    documentIds.push(created.id);
  };

  beforeAll(async () => {
    mailbox = await startSmtpServer();
    ctx = await createApiTestContext(undefined, {
      mailer: createSmtpMailer({ smtpUrl: mailbox.url, from: 'AIMS <aims@example.test>' }),
      notifications: {
        reminders: { daysBefore: [7, 1, 0], overdueEveryDays: 7 },
        publicUrl: 'https://aims.example.test',
        dailyAtUtc: '06:00',
      },
    });
    await startTestJobs(ctx);
    const org = await createOrg(ctx, 'auditee', 'Reminder Co');
    orgId = org.id;
    owner = await createApiUser(ctx, org, ['admin', 'aims_manager']);
    approver = await createApiUser(ctx, org, ['approver']);
    colleague = await createApiUser(ctx, org, ['contributor']);
    // Approved on 2026-12-01 with a monthly review: both are due on 2027-01-01.
    await approvedDocument('AI policy');
    await approvedDocument('Impact procedure');
  });
  afterAll(async () => {
    await ctx.services.jobs.stop();
    await ctx.close();
    await mailbox.close();
  });

  it('sends one digest per reminder day, listing both documents, in the app and by e-mail', async () => {
    const reminderDays: string[] = [];
    const today = () => ctx.clock.now().toISOString().slice(0, 10);
    let seen = 0;
    await ctx.services.jobs.tick();
    await ctx.services.jobs.settle();
    for (let day = 0; day < 40; day += 1) {
      if (today() === '2027-01-05') {
        const off = await call(ctx, owner, {
          method: 'PUT',
          url: '/api/v1/me/notification-preferences',
          payload: { items: [{ kind: 'due_reminder', isEmailEnabled: false }] },
        });
        expect(off.statusCode, off.body).toBe(200);
      }
      await nextDay(ctx);
      const page = await notificationsOf(owner);
      expect(page.total - seen, `notifications added on ${today()}`).toBeLessThanOrEqual(1);
      if (page.total > seen) reminderDays.push(today());
      seen = page.total;
    }
    expect(reminderDays).toEqual([
      '2026-12-25',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-09',
    ]);

    const { items } = await notificationsOf(owner);
    expect(items.map((item) => item.text)).toEqual([
      'Reminders: 2 overdue',
      'Reminders: 2 overdue',
      'Reminders: 2 due',
      'Reminders: 2 due',
      'Reminders: 2 due',
    ]);
    const newest = items[0];
    expect(newest?.items.map((item) => [item.title, item.daysUntilDue])).toEqual([
      ['Review of AI policy', -8],
      ['Review of Impact procedure', -8],
    ]);
    expect(newest?.items.map((item) => item.link).sort()).toEqual(
      documentIds.map((id) => `/orgs/${orgId}/documents/${id}`).sort(),
    );
    expect((await notificationsOf(approver)).total).toBe(0);
    expect((await notificationsOf(colleague)).total).toBe(0);

    // E-mail was turned off before the last reminder: four messages, all to the owner.
    expect(mailbox.messages).toHaveLength(4);
    for (const message of mailbox.messages) {
      expect(message.to).toEqual([owner.email]);
      expect(message.from).toBe('aims@example.test');
      expect(message.decoded).toContain('Review of AI policy');
      expect(message.decoded).toContain('Review of Impact procedure');
      expect(message.decoded).toContain('text/html');
      expect(message.decoded).toContain(`https://aims.example.test/orgs/${orgId}/documents/`);
    }
    expect(mailbox.messages[0]?.decoded).toContain(
      'Subject: [AIMS Workbench] Reminder Co: Reminders: 2 due',
    );
  });

  it('runs the daily job once a day however often it ticks, and records each run', async () => {
    const before = await ctx.services.jobs.runs('document-reviews', 100);
    await ctx.services.jobs.tick();
    await ctx.services.jobs.tick();
    await ctx.services.jobs.settle();
    const after = await ctx.services.jobs.runs('document-reviews', 100);
    expect(after).toHaveLength(before.length);
    expect(after.every((run) => run.status === 'succeeded' && run.attempts === 1)).toBe(true);
    const [job] = (await ctx.services.jobs.list()).filter(
      (summary) => summary.name === 'document-reviews',
    );
    expect(job?.lastRun?.runKey).toBe(ctx.clock.now().toISOString().slice(0, 10));
    expect(job?.nextRunAt?.slice(0, 10)).toBe(
      new Date(ctx.clock.now().getTime() + 86_400_000).toISOString().slice(0, 10),
    );
  });

  it('counts unread, filters by kind, marks one and then all read', async () => {
    const unread = await call(ctx, owner, {
      method: 'GET',
      url: `/api/v1/orgs/${orgId}/notifications/unread-count`,
    });
    expect(unread.json()).toEqual({ unreadCount: 5 });
    const page = await notificationsOf(owner, '?kind=due_reminder&limit=2&offset=1');
    expect(page).toMatchObject({ total: 5, unreadCount: 5 });
    expect(page.items).toHaveLength(2);
    const first = page.items[0];
    const read = await call(ctx, owner, {
      method: 'POST',
      url: `/api/v1/orgs/${orgId}/notifications/${first?.id ?? ''}/read`,
    });
    expect(read.statusCode).toBe(204);
    expect((await notificationsOf(owner, '?isUnread=true')).total).toBe(4);
    expect((await notificationsOf(owner, '?isUnread=false')).items.map((item) => item.id)).toEqual([
      first?.id,
    ]);
    const all = await call(ctx, owner, {
      method: 'POST',
      url: `/api/v1/orgs/${orgId}/notifications/read-all`,
      payload: { kind: 'due_reminder' },
    });
    expect(all.json()).toEqual({ marked: 4 });
    expect((await notificationsOf(owner)).unreadCount).toBe(0);
  });

  it('does not let anyone else read or mark a person’s notification', async () => {
    const [mine] = (await notificationsOf(owner)).items;
    const response = await call(ctx, colleague, {
      method: 'POST',
      url: `/api/v1/orgs/${orgId}/notifications/${mine?.id ?? ''}/read`,
    });
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).code).toBe('NOTIFICATION_NOT_FOUND');
  });

  it('keeps e-mail preferences per person, with e-mail on by default', async () => {
    const mine = await call(ctx, owner, {
      method: 'GET',
      url: '/api/v1/me/notification-preferences',
    });
    expect(mine.json()).toEqual({
      items: [{ kind: 'due_reminder', label: 'Due and overdue reminders', isEmailEnabled: false }],
    });
    const theirs = await call(ctx, colleague, {
      method: 'GET',
      url: '/api/v1/me/notification-preferences',
    });
    expect(theirs.json<{ items: { isEmailEnabled: boolean }[] }>().items[0]?.isEmailEnabled).toBe(
      true,
    );
    const bad = await call(ctx, owner, {
      method: 'PUT',
      url: '/api/v1/me/notification-preferences',
      payload: { items: [{ kind: 'gossip', isEmailEnabled: true }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).details.issues?.map((issue) => issue.field)).toContain('body.items.0.kind');
    expect(
      (await call(ctx, undefined, { method: 'GET', url: '/api/v1/me/notification-preferences' }))
        .statusCode,
    ).toBe(401);
  });

  it('reports e-mail as configured, with the sender and the reminder days', async () => {
    const response = await call(ctx, colleague, {
      method: 'GET',
      url: '/api/v1/system/notification-settings',
    });
    expect(response.json()).toEqual({
      mail: { isConfigured: true, from: 'AIMS <aims@example.test>' },
      reminders: { daysBefore: [7, 1, 0], overdueEveryDays: 7 },
      dailyJobsAtUtc: '06:00',
    });
  });
});

describe('notifications without e-mail configured', () => {
  const ctx = apiContextForSuite();

  it('says that no e-mail is sent', async () => {
    const org = await createOrg(ctx, 'auditee', 'Quiet Co');
    const user = await createApiUser(ctx, org, ['viewer']);
    const response = await call(ctx, user, {
      method: 'GET',
      url: '/api/v1/system/notification-settings',
    });
    expect(response.json<{ mail: unknown }>().mail).toEqual({ isConfigured: false, from: null });
  });
});

describeOrgRouteAccess(notificationsAccess);
