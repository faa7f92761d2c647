import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditee, createUser } from '../harness/services.js';
import { startE2e } from './browser.js';
import type { E2eContext } from './browser.js';
import { submitSignIn } from './sign-in.js';

const DAY = 86_400;

describe('the notification bell', () => {
  let e2e: E2eContext;
  let owner: { email: string };

  beforeAll(async () => {
    e2e = await startE2e();
    const { organization, manager } = await createAuditee(e2e.services, 'Bellweather Ltd');
    owner = manager;
    const approver = await createUser(e2e.services, organization, ['approver']);
    const created = await e2e.services.documents.create(manager.actor, organization.id, {
      title: 'Model monitoring procedure',
      kind: 'procedure',
      bodyMarkdown: 'Watch drift weekly.',
      reviewIntervalMonths: 1,
    });
    const ids = { documentId: created.id, versionId: created.openVersion?.id ?? '' };
    await e2e.services.documentVersions.submit(manager.actor, organization.id, ids);
    await e2e.services.documentVersions.approve(approver.actor, organization.id, ids);
    // A month on, the review comes due and the daily digest reaches its owner.
    e2e.clock.advanceSeconds(32 * DAY);
    // The daily jobs run from 06:00 UTC: a run earlier in the day waits for that hour.
    const now = e2e.clock.now();
    const dailyRun = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 7);
    if (now.getTime() < dailyRun) e2e.clock.advanceSeconds((dailyRun - now.getTime()) / 1000);
    await e2e.services.jobs.tick();
    await e2e.services.jobs.settle();
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('shows the unread reminder, opens it and marks it read', async () => {
    const { page, context } = await e2e.newPage();
    try {
      await page.goto('/');
      await submitSignIn(page, owner.email);
      const bell = page.getByRole('link', { name: 'Notifications: 1 unread' });
      await bell.waitFor();
      await bell.click();
      await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
      const reminder = page.getByRole('link', { name: 'Review of Model monitoring procedure' });
      await reminder.waitFor();
      await page
        .getByText(/overdue by \d+ days?/)
        .first()
        .waitFor();
      await page.screenshot({ path: '/tmp/notification-bell.png', fullPage: true });

      await page.getByRole('button', { name: 'Mark read' }).click();
      await page.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
      expect(await page.getByText('Unread', { exact: true }).count()).toBe(0);

      await reminder.click();
      await page.getByRole('heading', { name: 'Model monitoring procedure' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
