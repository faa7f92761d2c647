/**
 * Inviting a colleague in a real browser: the admin invites an e-mail
 * address from the Members page, the invitation arrives in a real local SMTP
 * server's mailbox, the invitee opens the link from the mail in a browser of
 * their own, chooses a name and password, and lands in the organization.
 * Without e-mail the admin is shown the link once, and someone who already
 * has an account elsewhere accepts it with their own password.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../../src/services/mailer.js';
import { DEFAULT_NOTIFICATION_SETTINGS } from '../../src/services/notification-settings.js';
import { createAuditee, createUser, TEST_PASSWORD } from '../harness/services.js';
import { startSmtpServer } from '../harness/smtp.js';
import type { TestMailbox } from '../harness/smtp.js';
import { startE2e } from './browser.js';
import type { E2eContext } from './browser.js';
import { submitSignIn } from './sign-in.js';

const INVITEE = 'dana.okafor@example.test';

describe('inviting a colleague', () => {
  let e2e: E2eContext;
  let mailbox: TestMailbox;
  let baseUrl: string;
  let manager: { email: string };

  beforeAll(async () => {
    mailbox = await startSmtpServer();
    e2e = await startE2e((url) => {
      baseUrl = url;
      return {
        mailer: createSmtpMailer({ smtpUrl: mailbox.url, from: 'AIMS <aims@example.test>' }),
        notifications: { ...DEFAULT_NOTIFICATION_SETTINGS, publicUrl: url },
      };
    });
    ({ manager } = await createAuditee(e2e.services, 'Northwind Health'));
  });

  afterAll(async () => {
    await e2e?.close();
    await mailbox?.close();
  });

  /** The link in the newest mail to the address, once it has arrived. */
  const linkMailedTo = async (email: string): Promise<string> => {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const mail = mailbox.messages.filter((message) => message.to.includes(email)).at(-1);
      const link = /(http:\/\/127\.0\.0\.1:\d+\/invitation#[A-Za-z0-9_-]{43})/.exec(
        mail?.decoded ?? '',
      )?.[1];
      if (link) return link;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no invitation mail to ${email}`);
  };

  it('invites by e-mail; the invitee sets a password from the mailed link and lands in the organization', async () => {
    const admin = await e2e.newPage();
    const invitee = await e2e.newPage();
    try {
      const { page } = admin;
      await page.goto('/');
      await submitSignIn(page, manager.email);
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Members', exact: true })
        .click();
      await page.getByRole('heading', { name: 'Members', level: 1 }).waitFor();

      await page.getByRole('button', { name: 'Invite someone' }).click();
      const dialog = page.getByRole('dialog', { name: 'Invite someone' });
      await dialog.getByRole('textbox', { name: 'Email' }).fill(INVITEE);
      await dialog.getByRole('combobox', { name: 'Role' }).click();
      await page.getByRole('option', { name: 'Contributor', exact: true }).click();
      await dialog.getByRole('button', { name: 'Send invitation' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText(`Invitation sent to ${INVITEE}.`).waitFor();
      const invitations = page.getByRole('table', { name: 'Invitations' });
      await invitations.getByRole('row', { name: new RegExp(`${INVITEE}.*Pending`) }).waitFor();

      const link = await linkMailedTo(INVITEE);
      expect(link.startsWith(`${baseUrl}/invitation#`)).toBe(true);

      const joining = invitee.page;
      await joining.goto(link);
      await joining.getByRole('heading', { name: 'Join Northwind Health' }).waitFor();
      await joining.getByText('as Contributor').waitFor();
      await joining.getByRole('button', { name: 'Join Northwind Health' }).click();
      await joining.getByText('Your name is required').waitFor();
      await joining.getByRole('textbox', { name: 'Your name' }).fill('Dana Okafor');
      await joining.getByLabel('Choose a password').fill(TEST_PASSWORD);
      await joining.getByRole('button', { name: 'Join Northwind Health' }).click();

      await joining.getByRole('heading', { name: 'AI systems', level: 1 }).waitFor();
      expect(new URL(joining.url()).pathname).toMatch(/^\/orgs\/[^/]+\/ai-systems$/);
      expect(await joining.getByRole('combobox', { name: 'Organization' }).inputValue()).toBe(
        'Northwind Health',
      );
      await joining.getByRole('button', { name: 'Account menu for Dana Okafor' }).waitFor();
      await joining.screenshot({ path: '/tmp/invite.png', fullPage: true });

      await page.reload();
      await page
        .getByRole('table', { name: 'Members' })
        .getByRole('row', { name: /Dana Okafor.*Contributor/ })
        .waitFor();
      await invitations.getByRole('row', { name: new RegExp(`${INVITEE}.*Accepted`) }).waitFor();

      await joining.goto(link);
      await joining.getByText('This invitation was already accepted').first().waitFor();
    } finally {
      await admin.context.close();
      await invitee.context.close();
    }
  });
});

describe('inviting without e-mail', () => {
  let e2e: E2eContext;
  let manager: { email: string };
  let colleague: { email: string };

  beforeAll(async () => {
    e2e = await startE2e();
    ({ manager } = await createAuditee(e2e.services, 'Fabrikam Labs'));
    const elsewhere = await createAuditee(e2e.services, 'Tailspin Toys');
    colleague = await createUser(e2e.services, elsewhere.organization, ['viewer']);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('shows the link once; an existing account accepts it with its password', async () => {
    const admin = await e2e.newPage();
    const invitee = await e2e.newPage();
    try {
      const { page } = admin;
      await page.goto('/');
      await submitSignIn(page, manager.email);
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Members', exact: true })
        .click();
      await page.getByRole('button', { name: 'Invite someone' }).click();
      const dialog = page.getByRole('dialog', { name: 'Invite someone' });
      await dialog.getByRole('textbox', { name: 'Email' }).fill(colleague.email);
      await dialog.getByRole('combobox', { name: 'Role' }).click();
      await page.getByRole('option', { name: 'Approver', exact: true }).click();
      await dialog.getByRole('button', { name: 'Send invitation' }).click();

      const shown = page.getByRole('dialog', { name: 'Pass the invitation link on' });
      const link = (await shown.getByLabel('Invitation link').textContent()) ?? '';
      expect(link).toMatch(/\/invitation#[A-Za-z0-9_-]{43}$/);
      await shown.getByRole('button', { name: 'Done' }).click();
      await shown.waitFor({ state: 'hidden' });

      const joining = invitee.page;
      await joining.goto(`/invitation#${link.split('#')[1] ?? ''}`);
      await joining.getByRole('heading', { name: 'Join Fabrikam Labs' }).waitFor();
      await joining.getByLabel(`Password of ${colleague.email}`).fill('not my password at all');
      await joining.getByRole('button', { name: 'Sign in and join' }).click();
      await joining.getByText('Email or password is incorrect').waitFor();
      await joining.getByLabel(`Password of ${colleague.email}`).fill(TEST_PASSWORD);
      await joining.getByRole('button', { name: 'Sign in and join' }).click();
      await joining.getByRole('heading', { name: 'AI systems', level: 1 }).waitFor();
      expect(await joining.getByRole('combobox', { name: 'Organization' }).inputValue()).toBe(
        'Fabrikam Labs',
      );
    } finally {
      await admin.context.close();
      await invitee.context.close();
    }
  });
});
