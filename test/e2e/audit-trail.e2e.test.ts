/**
 * The audit trail as an AIMS manager uses it on the seeded demo: a record's
 * history names fields and values as the form does and shows its versions'
 * submit and approve events; the trail page filters on the server, links to
 * the records, exports what is filtered and verifies its chain.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoCredential } from '../../src/services/demo-seed.service.js';
import { e2eForSuite } from './browser.js';
import { submitSignIn } from './sign-in.js';

describe('audit trail and record history', () => {
  const e2e = e2eForSuite();
  let manager: DemoCredential;

  beforeAll(async () => {
    const credentials = await e2e.services.demo.seed();
    const found = credentials.find((entry) => entry.email === 'manager@northwind.example');
    if (!found) throw new Error('the demo has no AIMS manager');
    manager = found;
  });

  const signIn = async (page: Page) => {
    await page.goto('/');
    await submitSignIn(page, manager.email, manager.password);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    return /\/orgs\/([^/]+)/.exec(page.url())?.[1] ?? '';
  };

  it('shows a document’s history in the form’s words, with its versions’ events', async () => {
    await e2e.withPage(async (page) => {
      const orgId = await signIn(page);
      await page.goto(`/orgs/${orgId}/documents`);
      await page.getByRole('link', { name: 'AI policy' }).first().click();
      const history = page.locator('section[aria-labelledby="history-heading"]');
      await history.getByText('Document version approved').first().waitFor();
      await history.getByText('Document version submitted').first().waitFor();
      const text = await history.innerText();
      expect(text).toContain('Document created');
      expect(text).not.toMatch(/[{}]|bodyMarkdown|ownerUserId|organizationId/);
      expect(text).toMatch(/Status/);
    });
  });

  it('filters the trail by who acted, links records, exports and verifies the chain', async () => {
    await e2e.withPage(async (page) => {
      const orgId = await signIn(page);
      await page.goto(`/orgs/${orgId}/audit-trail`);
      const table = page.getByRole('table', { name: 'Audit trail' });
      await table.getByRole('row').nth(1).waitFor();

      await page.getByRole('combobox', { name: 'Who' }).click();
      const someone = page.getByRole('option').first();
      const name = (await someone.innerText()).trim();
      await someone.click();
      await expect.poll(() => new URL(page.url()).searchParams.get('actorUserId')).not.toBeNull();
      // The filtered page replaces the previous one (with a loading row between): wait for it.
      const actors = () => table.locator('tbody tr td:nth-child(3)').allInnerTexts();
      await expect.poll(async () => [...new Set(await actors())]).toEqual([name]);

      const recordLink = table.getByRole('link').first();
      expect(await recordLink.getAttribute('href')).toMatch(new RegExp(`/orgs/${orgId}/`));

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        (async () => {
          await page.getByRole('button', { name: 'Export' }).click();
          await page.getByRole('menuitem', { name: 'CSV file (.csv)' }).click();
        })(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^audit-trail-\d{4}-\d{2}-\d{2}\.csv$/);

      await page.getByRole('button', { name: 'Verify chain' }).click();
      await page.getByRole('status').filter({ hasText: 'The chain is intact' }).waitFor();
    });
  });
});
