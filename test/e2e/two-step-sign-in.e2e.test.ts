/**
 * Two-step sign-in in the browser: an admin sets it up on the account page
 * (QR code, key, confirming code, recovery codes shown once), makes the
 * organization require it, signs out and signs in with a code; a member who
 * has not set it up sees what to do instead of the organization's pages.
 * Screenshots go to /tmp/totp-*.png for a person to look at.
 */
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Organization } from '../../src/storage/organization.repository.js';
import { TEST_PASSWORD, createAuditee, createUser } from '../harness/services.js';
import { e2eForSuite } from './browser.js';
import { submitSignIn } from './sign-in.js';

describe('two-step sign-in', () => {
  const e2e = e2eForSuite();
  let organization: Organization;
  let admin: { email: string };

  beforeAll(async () => {
    const auditee = await createAuditee(e2e.services, 'Contoso Robotics');
    organization = auditee.organization;
    admin = auditee.manager;
  });

  /** The code the app shows now; the server clock stands still, so each use moves it a step on. */
  const codeNow = (secret: string) => {
    e2e.clock.advanceSeconds(30);
    return TOTP.generate({
      secret: Secret.fromBase32(secret),
      timestamp: e2e.clock.now().getTime(),
    });
  };

  const signOut = async (page: Page, email: string) => {
    await page.getByRole('button', { name: `Account menu for User ${email}` }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to AIMS Workbench' }).waitFor();
  };

  it('is set up on the account page, required by the admin, and asks for a code at sign-in', async () => {
    await e2e.withPage(async (page) => {
      await page.setViewportSize({ width: 1280, height: 1000 });
      await page.goto('/account');
      await page.getByRole('heading', { name: 'Sign in to AIMS Workbench' }).waitFor();
      await submitSignIn(page, admin.email);
      await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();

      await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
      const qr = page.getByRole('img', { name: 'QR code to scan with your authenticator app' });
      await qr.waitFor();
      expect(await qr.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
      const secret = (await page.getByLabel('Key for manual entry').textContent())?.trim() ?? '';
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      const card = page.locator('.mantine-Paper-root', {
        has: page.getByRole('heading', { name: 'Two-step sign-in' }),
      });
      await card.scrollIntoViewIfNeeded();
      await page.screenshot({ path: '/tmp/totp-setup.png', fullPage: true });

      await card.getByLabel('Current password').fill(TEST_PASSWORD);
      await card.getByRole('textbox', { name: 'Code' }).fill('000000');
      await card.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
      await card.getByText('Code is not right').waitFor();
      await card.getByRole('textbox', { name: 'Code' }).fill(codeNow(secret));
      await card.getByRole('button', { name: 'Turn on two-step sign-in' }).click();

      const codes = card.getByLabel('Recovery codes', { exact: true });
      await codes.waitFor();
      const shown = await codes.locator('code').allTextContents();
      expect(shown).toHaveLength(10);
      await card.getByRole('button', { name: 'Download' }).waitFor();
      await card.screenshot({ path: '/tmp/totp-recovery-codes.png' });
      await card.getByRole('button', { name: 'I have saved them' }).click();
      await card.getByText('10 of 10 recovery codes left.').waitFor();

      // The session that confirmed proved both factors: the admin may require it now.
      await page.goto(`/orgs/${organization.id}/members`);
      await page.getByRole('heading', { name: 'Members', level: 1 }).waitFor();
      await page.getByRole('switch', { name: 'Require two-step sign-in' }).click();
      await page.getByText('Two-step sign-in is now required in this organization.').waitFor();
      expect(await page.getByRole('switch', { name: 'Require two-step sign-in' }).isChecked()).toBe(
        true,
      );

      await signOut(page, admin.email);
      await submitSignIn(page, admin.email);
      const step = page.getByRole('form', { name: 'Two-step sign-in' });
      await step.getByRole('textbox', { name: 'Code' }).waitFor();
      await page.screenshot({ path: '/tmp/totp-sign-in-code.png' });
      await step.getByRole('textbox', { name: 'Code' }).fill(codeNow(secret));
      await step.getByRole('button', { name: 'Verify and sign in' }).click();
      await page.getByRole('heading', { name: 'AI systems', level: 1 }).waitFor();

      // A recovery code signs in once too.
      await signOut(page, admin.email);
      await submitSignIn(page, admin.email);
      await step.getByRole('button', { name: 'Use a recovery code' }).click();
      await step.getByRole('textbox', { name: 'Recovery code' }).fill(shown[0] ?? '');
      await step.getByRole('button', { name: 'Verify and sign in' }).click();
      await page.getByRole('heading', { name: 'AI systems', level: 1 }).waitFor();
    });
  });

  it('shows a member without it what to do instead of the organization', async () => {
    const member = await createUser(e2e.services, organization, ['viewer']);
    await e2e.withPage(async (page) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`/orgs/${organization.id}`);
      await page.getByRole('heading', { name: 'Sign in to AIMS Workbench' }).waitFor();
      await submitSignIn(page, member.email);
      await page.getByText('Contoso Robotics requires two-step sign-in').waitFor();
      await page.screenshot({ path: '/tmp/totp-org-notice.png' });
      await page.getByRole('link', { name: 'Set up two-step sign-in' }).click();
      await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
    });
  });
});
