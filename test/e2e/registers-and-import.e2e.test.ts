import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createAuditee, createAiSystem } from '../harness/services.js';
import { e2eForSuite } from './browser.js';
import { submitSignIn } from './sign-in.js';

const signIn = async (page: Page, email: string) => {
  await page.goto('/');
  await submitSignIn(page, email);
  await page.getByRole('heading', { name: 'AI systems', level: 1 }).waitFor();
};

const csv = (rows: readonly string[]) => ({
  name: 'ai-systems.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(`${rows.join('\n')}\n`, 'utf8'),
});

const HEADER = 'Name,Purpose,Life-cycle stage,In AIMS scope,Out-of-scope reason';

/** Chooses, in the import dialog, a CSV file of these rows below the header. */
const chooseFile = (dialog: Locator, rows: readonly string[]) =>
  dialog.getByLabel('Choose a CSV or XLSX file').setInputFiles(csv([HEADER, ...rows]));

describe('the obligations register and the AI system import', () => {
  const e2e = e2eForSuite();

  it('adds an obligation through the register’s form and opens it', async () => {
    const { organization, manager } = await createAuditee(e2e.services);
    await createAiSystem(e2e.services, manager, organization.id, {
      name: 'Credit scoring model',
      purpose: 'Scores loan applications.',
    });
    await e2e.withPage(async (page) => {
      await signIn(page, manager.email);
      await page.getByRole('link', { name: 'Obligations' }).click();
      await page.getByRole('heading', { name: 'Obligations', level: 1 }).waitFor();
      await page.getByText('No obligations yet').waitFor();

      await page.getByRole('button', { name: 'Add obligation' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Add obligation' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Add obligation' }).click();
      await dialog.getByText('Source is required').waitFor();

      await dialog.getByRole('textbox', { name: 'Source' }).fill('EU AI Act');
      await dialog.getByRole('textbox', { name: 'Reference' }).fill('Art. 9');
      await dialog
        .getByRole('textbox', { name: 'Requirement' })
        .fill('Run a risk management system over the whole life cycle.');
      await dialog.getByLabel('AI systems').click();
      await page.getByRole('option', { name: 'Credit scoring model' }).click();
      await dialog.getByRole('combobox', { name: 'Compliance status' }).click();
      await page.getByRole('option', { name: 'Partially compliant' }).click();
      await dialog.getByLabel('Next review date').fill('2027-03-31');
      await dialog.getByRole('button', { name: 'Add obligation' }).click();
      await dialog.waitFor({ state: 'hidden' });

      const table = page.getByRole('table', { name: 'Obligations' });
      const link = table.getByRole('link', { name: 'EU AI Act Art. 9' });
      await link.waitFor();
      await table.getByText('Partially compliant').waitFor();
      await table.getByRole('link', { name: 'Credit scoring model' }).waitFor();
      await table.getByText('31 Mar 2027').waitFor();

      await link.click();
      await page.getByRole('heading', { name: 'EU AI Act Art. 9', level: 1 }).waitFor();
      await page.getByText('Obligation created').waitFor();
    });
  });

  it('lists every problem of a bad file, imports nothing, then imports the fixed file', async () => {
    const { organization, manager } = await createAuditee(e2e.services);
    await e2e.withPage(async (page) => {
      await signIn(page, manager.email);
      await page.getByRole('button', { name: 'Import' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import AI systems' });
      await dialog.waitFor();

      await chooseFile(dialog, [
        'Claims triage,Sorts claims by urgency,deployment,yes,',
        'Fraud model,Scores fraud risk,flying,yes,',
        'Chat bot,,inception,no,',
      ]);
      const problems = dialog.getByRole('alert').filter({ hasText: 'nothing can be imported' });
      await problems.getByText('3 problems on 2 lines').waitFor();
      const items = problems
        .getByRole('list', { name: 'Problems in the file' })
        .getByRole('listitem');
      expect(await items.allInnerTexts()).toEqual([
        expect.stringMatching(
          /^Line 3 · Life-cycle stage · must be one of: Inception, Design and development, /,
        ),
        'Line 4 · Purpose · is required',
        'Line 4 · Out-of-scope reason · is required when the system is outside the AIMS scope',
      ]);
      expect(await dialog.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(
        true,
      );
      const stored = await e2e.services.aiSystems.list(manager.actor, organization.id, {});
      expect(stored.total).toBe(0);

      await dialog.getByRole('button', { name: 'Choose another file' }).click();
      await chooseFile(dialog, [
        'Claims triage,Sorts claims by urgency,deployment,yes,',
        'Fraud model,Scores fraud risk,operation and monitoring,yes,',
        'Chat bot,Answers customer questions,inception,no,Pilot outside the AIMS',
      ]);
      await dialog.getByText('3 AI systems checked: 3 new').waitFor();
      await dialog.getByRole('button', { name: 'Import 3 new' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('3 AI systems added from “ai-systems.csv”.').waitFor();

      const table = page.getByRole('table', { name: 'AI systems' });
      for (const name of ['Claims triage', 'Fraud model', 'Chat bot']) {
        await table.getByRole('link', { name }).waitFor();
      }
      await table.getByRole('cell', { name: 'Operation and monitoring' }).waitFor();
    });
  });

  it('re-imports an edited export: the edited row is changed, the others are left alone', async () => {
    const { organization, manager } = await createAuditee(e2e.services);
    for (const name of ['Claims triage', 'Fraud model']) {
      await createAiSystem(e2e.services, manager, organization.id, {
        name,
        purpose: `${name} purpose`,
      });
    }
    const exported = await e2e.services.transfers.exportOf(
      manager.actor,
      organization.id,
      'ai-systems',
      'csv',
    );
    const edited = exported.content
      .toString('utf8')
      .replace('Fraud model purpose', 'Scores fraud risk on every claim');
    await e2e.withPage(async (page) => {
      await signIn(page, manager.email);
      await page.getByRole('button', { name: 'Import' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import AI systems' });
      await dialog.getByRole('button', { name: 'Excel workbook' }).waitFor();
      await dialog.getByLabel('Choose a CSV or XLSX file').setInputFiles({
        name: 'ai-systems.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(edited, 'utf8'),
      });
      await dialog.getByText('2 AI systems checked: 1 changed, 1 unchanged').waitFor();
      const rows = dialog.getByRole('table').getByRole('row');
      const changed = rows.filter({ hasText: 'Fraud model' });
      await changed.getByText('Changed', { exact: true }).waitFor();
      await changed.getByText('Purpose', { exact: true }).waitFor();
      await rows
        .filter({ hasText: 'Claims triage' })
        .getByText('Unchanged', { exact: true })
        .waitFor();
      await dialog.getByRole('button', { name: 'Import 1 changed' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('1 AI system changed from “ai-systems.csv”.').waitFor();
    });
    const { items } = await e2e.services.aiSystems.list(manager.actor, organization.id, {});
    expect(items.map((item) => [item.name, item.purpose])).toEqual([
      ['Claims triage', 'Claims triage purpose'],
      ['Fraud model', 'Scores fraud risk on every claim'],
    ]);
  });
});
