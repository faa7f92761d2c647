/**
 * Freshness that acts: the test clock walks two pieces of evidence from
 * fresh to expiring to expired. The daily sweep records each change once in
 * the audit trail, and the owner gets exactly one grouped reminder per
 * reminder day (7 days, 1 day, the day itself, then the first day after),
 * in the app and in a real local SMTP server's mailbox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../../src/services/mailer.js';
import { call, createApiTestContext, createApiUser, createOrg } from '../harness/api.js';
import type { ApiTestContext, ApiUser } from '../harness/api.js';
import { nextDay, startTestJobs } from '../harness/jobs.js';
import { startSmtpServer } from '../harness/smtp.js';
import type { TestMailbox } from '../harness/smtp.js';

interface Page {
  total: number;
  items: { text: string; items: { title: string; link: string; daysUntilDue: number }[] }[];
}

describe('evidence freshness over time', () => {
  let ctx: ApiTestContext;
  let mailbox: TestMailbox;
  let orgId: string;
  let owner: ApiUser;
  let colleague: ApiUser;
  const ids: string[] = [];
  const today = () => ctx.clock.now().toISOString().slice(0, 10);

  const freshnessOf = async (id: string) =>
    (await call(ctx, owner, { method: 'GET', url: `/api/v1/orgs/${orgId}/evidence/${id}` })).json<{
      freshness: string;
      sweptFreshness: string;
    }>();

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
    const org = await createOrg(ctx, 'auditee', 'Fresh Co');
    orgId = org.id;
    owner = await createApiUser(ctx, org, ['admin', 'aims_manager']);
    colleague = await createApiUser(ctx, org, ['contributor']);
    // Today is 2026-12-01: both hold until 2027-01-10, 40 days ahead.
    for (const title of ['Bias test results', 'Supplier AI assessment']) {
      const created = await ctx.services.evidence.createLink(owner.actor, orgId, {
        title,
        kind: 'link',
        ownerUserId: owner.id,
        links: { controlIds: ['A.7.4'] },
        version: {
          url: `https://evidence.example.test/${encodeURIComponent(title)}`,
          evidenceDate: '2026-11-15',
          validUntil: '2027-01-10',
        },
      });
      ids.push(created.id);
    }
    await ctx.services.evidence.createLink(colleague.actor, orgId, {
      title: 'Unowned evidence',
      kind: 'link',
      version: {
        url: 'https://evidence.example.test/x',
        evidenceDate: '2026-11-15',
        validUntil: '2027-01-10',
      },
    });
  });
  afterAll(async () => {
    await ctx.services.jobs.stop();
    await ctx.close();
    await mailbox.close();
  });

  it('goes fresh → expiring → expired, recorded once per change, with one grouped reminder per reminder day', async () => {
    const [first = ''] = ids;
    expect((await freshnessOf(first)).freshness).toBe('fresh');
    const reminderDays: string[] = [];
    const freshnessByDay = new Map<string, string>();
    let seen = 0;
    await ctx.services.jobs.tick();
    await ctx.services.jobs.settle();
    for (let day = 0; day < 45; day += 1) {
      await nextDay(ctx);
      const page = (
        await call(ctx, owner, { method: 'GET', url: `/api/v1/orgs/${orgId}/notifications` })
      ).json<Page>();
      expect(page.total - seen, `notifications added on ${today()}`).toBeLessThanOrEqual(1);
      if (page.total > seen) reminderDays.push(today());
      seen = page.total;
      freshnessByDay.set(today(), (await freshnessOf(first)).sweptFreshness);
    }
    expect(freshnessByDay.get('2026-12-10')).toBe('fresh');
    expect(freshnessByDay.get('2026-12-11')).toBe('expiring');
    expect(freshnessByDay.get('2027-01-10')).toBe('expiring');
    expect(freshnessByDay.get('2027-01-11')).toBe('expired');
    expect(reminderDays).toEqual(['2027-01-03', '2027-01-09', '2027-01-10', '2027-01-11']);

    const { items } = (
      await call(ctx, owner, { method: 'GET', url: `/api/v1/orgs/${orgId}/notifications` })
    ).json<Page>();
    expect(items.map((item) => item.text)).toEqual([
      'Reminders: 2 overdue',
      'Reminders: 2 due',
      'Reminders: 2 due',
      'Reminders: 2 due',
    ]);
    expect(items[0]?.items.map((item) => [item.title, item.daysUntilDue])).toEqual([
      ['Renewal of evidence Bias test results', -1],
      ['Renewal of evidence Supplier AI assessment', -1],
    ]);
    expect(items[0]?.items.map((item) => item.link).sort()).toEqual(
      ids.map((id) => `/orgs/${orgId}/evidence/${id}`).sort(),
    );
    const others = (
      await call(ctx, colleague, { method: 'GET', url: `/api/v1/orgs/${orgId}/notifications` })
    ).json<Page>();
    expect(others.total).toBe(0);

    expect(mailbox.messages).toHaveLength(4);
    for (const message of mailbox.messages) {
      expect(message.to).toEqual([owner.email]);
      expect(message.decoded).toContain('Renewal of evidence Bias test results');
      expect(message.decoded).toContain(`https://aims.example.test/orgs/${orgId}/evidence/`);
    }

    const trail = await ctx.services.auditLog.list(owner.actor, orgId, {
      entityType: 'evidence',
      entityId: first,
      action: 'evidence.freshness_changed',
    });
    expect(
      trail.items.map((entry) => (entry.after as { freshness: string }).freshness).reverse(),
    ).toEqual(['expiring', 'expired']);
    expect(trail.items.every((entry) => entry.actorLabel === 'system:evidence-freshness')).toBe(
      true,
    );
  }, 120_000);
});
