/**
 * The AI system inventory in the browser: the owner column and filter, and
 * the form's exclusive choices (data categories, AI system or general-purpose
 * AI model, a claimed Art. 6(3) derogation against the high-risk class).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { createAiSystem, createAuditee } from '../harness/services.js';
import { e2eForSuite } from './browser.js';
import { submitSignIn } from './sign-in.js';
import { choose } from './steps.js';

describe('the AI system inventory’s classification in the browser', () => {
  const e2e = e2eForSuite();

  it('shows and filters owners, and keeps exclusive choices apart in the form', async () => {
    const { organization, manager } = await createAuditee(e2e.services);
    await createAiSystem(e2e.services, manager, organization.id, {
      name: 'Owned scorer',
      ownerUserId: manager.id,
    });
    await createAiSystem(e2e.services, manager, organization.id, { name: 'Orphan sorter' });
    await e2e.withPage(async (page) => {
      await page.goto('/');
      await submitSignIn(page, manager.email);
      await page.getByRole('heading', { name: 'AI systems', level: 1 }).waitFor();

      const table = page.getByRole('table', { name: 'AI systems' });
      const ownerName = `User ${manager.email}`;
      await table
        .getByRole('row', { name: /Owned scorer/ })
        .getByText(ownerName)
        .waitFor();
      await table
        .getByRole('row', { name: /Orphan sorter/ })
        .getByText('Nobody yet')
        .waitFor();
      await choose(page, page.getByRole('combobox', { name: 'Owner' }), ownerName);
      await table.getByRole('link', { name: 'Orphan sorter' }).waitFor({ state: 'detached' });
      expect(page.url()).toContain(`owner=${manager.id}`);
      await table.getByRole('link', { name: 'Owned scorer' }).waitFor();

      await page.getByRole('button', { name: 'Add AI system' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Add AI system' });
      await dialog.getByRole('textbox', { name: /^Name\b/ }).fill('Applicant document sorter');
      await dialog.getByRole('textbox', { name: 'Purpose' }).fill('Sorts application files.');

      // "No personal data" and the personal categories exclude each other.
      const personal = dialog.getByRole('checkbox', { name: 'Personal data', exact: true });
      const none = dialog.getByRole('checkbox', { name: 'No personal data', exact: true });
      await personal.check();
      await none.check();
      expect(await personal.isChecked()).toBe(false);
      await dialog.getByRole('checkbox', { name: 'Special-category data', exact: true }).check();
      expect(await none.isChecked()).toBe(false);
      expect(await personal.isChecked()).toBe(true);

      // A general-purpose AI model has no risk class and no deployer.
      await dialog.getByRole('radio', { name: /general-purpose AI model/ }).check();
      await dialog.getByRole('switch', { name: 'Systemic risk (Art. 51)' }).waitFor();
      expect(await dialog.getByLabel('EU AI Act risk class').count()).toBe(0);
      expect(await dialog.getByRole('checkbox', { name: 'Deployer', exact: true }).count()).toBe(0);
      await dialog.getByRole('radio', { name: /An AI system/ }).check();
      await dialog.getByRole('checkbox', { name: 'Deployer', exact: true }).check();

      // Claiming the Art. 6(3) derogation makes the Annex III system minimal risk.
      const riskClass = dialog.getByRole('combobox', { name: 'EU AI Act risk class' });
      await choose(page, riskClass, 'High-risk (Art. 6)');
      await choose(page, dialog.getByLabel('High-risk route'), 'Art. 6(2): Annex III area');
      await choose(
        page,
        dialog.getByLabel('Annex III area'),
        '4. Employment, workers management and access to self-employment',
      );
      await choose(
        page,
        dialog.getByLabel('Art. 6(3) derogation'),
        '(a) Performs a narrow procedural task',
      );
      expect(await riskClass.inputValue()).toBe('Minimal risk');
      await dialog.getByRole('button', { name: 'Add AI system' }).click();
      await dialog.getByText(/Derogation reasoning is required/).waitFor();
      await dialog
        .getByRole('textbox', { name: 'Derogation reasoning' })
        .fill('Files each attachment by type; it never ranks candidates.');
      await dialog.getByRole('button', { name: 'Add AI system' }).click();
      await dialog.waitFor({ state: 'hidden' });

      const everyone = new URL(page.url());
      everyone.searchParams.delete('owner');
      await page.goto(everyone.toString());
      const row = table.getByRole('row', { name: /Applicant document sorter/ });
      await row.getByText('Art. 6(3) derogation').waitFor();
      await row.getByText('Annex III').waitFor();
      // The classification badges stay readable on their tint.
      const contrast = await new AxeBuilder({ page })
        .include('table')
        .withRules(['color-contrast'])
        .analyze();
      expect(contrast.violations).toEqual([]);
    });
  });
});
