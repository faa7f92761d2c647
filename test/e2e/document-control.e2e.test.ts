/**
 * Document control in a real browser: the AIMS manager registers a plan
 * with the suggested reference number, a retention period, a disposition and
 * reading limited to approvers; a record offers no review interval; a viewer
 * does not see the restricted plan at all; the required-documents register
 * marks the recommended item and counts only the required ones.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createAuditee, createUser } from '../harness/services.js';
import { e2eForSuite } from './browser.js';
import { type Person, choose, openPage, signIn, signOut } from './steps.js';

describe('document control', () => {
  const e2e = e2eForSuite();
  let manager: Person;
  let viewer: Person;

  beforeAll(async () => {
    const auditee = await createAuditee(e2e.services, 'Fabrikam Health');
    const viewerUser = await createUser(e2e.services, auditee.organization, ['viewer']);
    manager = { email: auditee.manager.email, name: `User ${auditee.manager.email}` };
    viewer = { email: viewerUser.email, name: `User ${viewerUser.email}` };
  });

  it('numbers, retains and restricts a document, and hides it from other roles', async () => {
    await e2e.withPage(async (page) => {
      await signIn(page, manager);
      await openPage(page, 'Documents', 'Documents');
      await page.getByRole('button', { name: 'Register a document' }).first().click();
      let dialog = page.getByRole('dialog', { name: 'Register a document' });
      await dialog.getByLabel('Title').fill('AI risk treatment plan');
      await choose(page, dialog.getByRole('combobox', { name: 'Kind' }), 'Plan');
      await dialog.getByRole('button', { name: 'Use AIMS-PLN-001' }).click();
      expect(await dialog.getByLabel('Reference number').inputValue()).toBe('AIMS-PLN-001');
      await dialog.getByRole('textbox', { name: 'Retention' }).fill('36');
      await dialog.getByText('Kept 3 years after it leaves force').waitFor();
      await choose(page, dialog.getByRole('combobox', { name: 'Disposition' }), 'Destroy securely');
      await dialog.getByText('Named roles only').click();
      await choose(page, dialog.getByLabel('Roles that may read it'), 'Approver');
      await page.keyboard.press('Escape');
      await dialog.getByRole('button', { name: 'Register document' }).click();
      await page.getByRole('heading', { name: 'AI risk treatment plan', level: 1 }).waitFor();
      const planUrl = page.url();
      await page.getByText('AIMS-PLN-001', { exact: true }).first().waitFor();
      await page.getByText('Restricted', { exact: true }).waitFor();
      await page.getByText('3 years after it leaves force, then Destroy securely').waitFor();
      await page.getByText('Approver, the owner and administrators').waitFor();

      // A record is retained, not reviewed: the form offers no review interval.
      await openPage(page, 'Documents', 'Documents');
      await page.getByRole('button', { name: 'Register a document' }).first().click();
      dialog = page.getByRole('dialog', { name: 'Register a document' });
      await choose(page, dialog.getByRole('combobox', { name: 'Kind' }), 'Record');
      await dialog.getByText('it is never due for review').waitFor();
      expect(await dialog.getByLabel('Review interval').count()).toBe(0);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.getByRole('button', { name: 'Discard changes' }).click();
      await dialog.waitFor({ state: 'detached' });

      // The register marks the recommended item and counts the 19 required ones.
      await openPage(page, 'Required documents', 'Required documents');
      await page.getByText('Required documents: 0 of 19 fulfilled (0 %)').waitFor();
      const rd09 = page
        .getByRole('table', { name: 'Required documents' })
        .getByRole('row', { name: /RD-09/ });
      await rd09.getByText('Recommended', { exact: true }).waitFor();
      await signOut(page, manager);

      // A viewer neither lists nor opens the restricted plan.
      await signIn(page, viewer);
      await openPage(page, 'Documents', 'Documents');
      await page.getByText('Start with the AI policy', { exact: false }).waitFor();
      expect(await page.getByRole('link', { name: 'AI risk treatment plan' }).count()).toBe(0);
      await page.goto(planUrl);
      await page.getByRole('heading', { name: 'Document not found' }).waitFor();
    });
  });
});
