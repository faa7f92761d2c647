import { beforeAll, describe, expect, it } from 'vitest';
import { createAuditee } from '../harness/services.js';
import { e2eForSuite } from './browser.js';
import { submitSignIn } from './sign-in.js';

describe('signing in, the catalog and the AI system register', () => {
  const e2e = e2eForSuite();
  let manager: { email: string };
  let organizationName: string;

  beforeAll(async () => {
    const auditee = await createAuditee(e2e.services, 'Northwind Health');
    manager = auditee.manager;
    organizationName = auditee.organization.name;
  });

  it('signs in, finds a control in the catalog and adds an AI system', async () => {
    await e2e.withPage(async (page) => {
      await page.goto('/');
      await page.getByRole('heading', { name: 'Sign in to AIMS Workbench' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/sign-in');

      await submitSignIn(page, manager.email);

      await page.getByRole('heading', { name: 'AI systems', level: 1 }).waitFor();
      expect(await page.getByRole('combobox', { name: 'Organization' }).inputValue()).toBe(
        organizationName,
      );
      await page.getByText(organizationName, { exact: false }).first().waitFor();

      await page.getByRole('link', { name: 'ISO/IEC 42001 catalog' }).click();
      await page.getByRole('heading', { name: 'ISO/IEC 42001 catalog', level: 1 }).waitFor();
      await page.getByRole('heading', { name: /A\.2\.2\s*AI policy/ }).waitFor();

      await page.getByLabel('Search the catalog').fill('event logs');
      await page.getByText(/results? for “event logs”/).waitFor();
      await page
        .getByRole('heading', { name: /A\.6\.2\.8\s*AI system recording of event logs/ })
        .waitFor();
      await page
        .getByRole('heading', { name: /A\.2\.2\s*AI policy/ })
        .waitFor({ state: 'detached' });
      expect(await page.getByText('AI policy', { exact: true }).count()).toBe(0);

      await page.getByRole('link', { name: 'AI systems' }).click();
      await page.getByRole('heading', { name: 'AI systems', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Add AI system' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Add AI system' });
      await dialog.waitFor();

      await dialog.getByRole('button', { name: 'Add AI system' }).click();
      await dialog.getByText('Name is required').waitFor();

      await dialog.getByLabel('Name').fill('Claims triage assistant');
      await dialog
        .getByRole('textbox', { name: 'Purpose' })
        .fill('Sorts incoming insurance claims by urgency.');
      await dialog.getByRole('combobox', { name: 'Life-cycle stage' }).click();
      await page.getByRole('option', { name: 'Deployment' }).click();
      await dialog.getByRole('button', { name: 'Add AI system' }).click();
      await dialog.waitFor({ state: 'hidden' });

      const table = page.getByRole('table', { name: 'AI systems' });
      const link = table.getByRole('link', { name: 'Claims triage assistant' });
      await link.waitFor();
      await table.getByRole('cell', { name: 'Deployment' }).waitFor();

      await link.click();
      await page.getByRole('heading', { name: 'Claims triage assistant', level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'History' }).waitFor();
      await page.getByText('AI system created').waitFor();
    });
  });

  it('shows the API’s message when the password is wrong', async () => {
    await e2e.withPage(async (page) => {
      await page.goto('/catalog');
      await page.getByRole('heading', { name: 'Sign in to AIMS Workbench' }).waitFor();
      await submitSignIn(page, manager.email, 'not the password');

      const alert = page.getByRole('alert').filter({ hasText: 'Email or password is incorrect' });
      await alert.waitFor();
      expect(new URL(page.url()).pathname).toBe('/sign-in');
    });
  });

  it('sends the user to sign in when the session ends, then back to the page they wanted', async () => {
    await e2e.withPage(async (page, context) => {
      await page.goto('/catalog');
      await submitSignIn(page, manager.email);
      await page.getByRole('heading', { name: 'ISO/IEC 42001 catalog', level: 1 }).waitFor();

      await context.clearCookies();
      await page.getByRole('link', { name: 'Members' }).click();
      await page.getByRole('heading', { name: 'Sign in to AIMS Workbench' }).waitFor();

      await submitSignIn(page, manager.email);
      await page.getByRole('heading', { name: 'Members', level: 1 }).waitFor();
      expect(new URL(page.url()).pathname).toMatch(/^\/orgs\/[^/]+\/members$/);
    });
  });
});
