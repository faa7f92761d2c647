/**
 * Evidence in the browser: the manager uploads a file as evidence of an
 * Annex A control through the dialog, lands on its record with the SHA-256
 * shown, downloads it, and finds it in the register filtered by that
 * control with its freshness, and on the control's evidence list.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createAuditee } from '../harness/services.js';
import { e2eForSuite } from './browser.js';
import { openPage, signIn } from './steps.js';

const REPORT = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const TITLE = 'Validation report, claims triage v4';

describe('evidence in the browser', () => {
  const e2e = e2eForSuite();

  it('uploads evidence to a control and sees it in the list and the record', async () => {
    const { organization, manager } = await createAuditee(e2e.services);
    const orgId = organization.id;
    const sha256 = createHash('sha256').update(REPORT).digest('hex');

    await e2e.withPage(async (page) => {
      await page.setViewportSize({ width: 1400, height: 1000 });
      await signIn(page, { email: manager.email, name: `User ${manager.email}` });
      await openPage(page, 'Evidence', 'Evidence');
      await page.getByText('No evidence yet.').waitFor();
      await page.getByRole('button', { name: 'Add evidence' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add evidence' });
      await dialog.getByLabel('Evidence file').setInputFiles({
        name: 'validation-report.pdf',
        mimeType: 'application/pdf',
        buffer: REPORT,
      });
      await dialog.getByText('validation-report.pdf').waitFor();
      await dialog.getByLabel('Title').fill(TITLE);
      await dialog.getByLabel('Valid until').fill('2030-06-30');
      await dialog.getByRole('combobox', { name: 'Annex A controls' }).click();
      await page.getByRole('option', { name: /^A\.6\.2\.4 / }).click();
      await page.keyboard.press('Escape');
      await dialog.getByRole('button', { name: 'Add evidence' }).click();

      await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
      await page.getByLabel('SHA-256 of validation-report.pdf').first().waitFor();
      expect(await page.getByLabel('SHA-256 of validation-report.pdf').first().innerText()).toBe(
        sha256,
      );
      await page.getByText('Fresh', { exact: true }).first().waitFor();
      await page
        .getByRole('link', { name: /^A\.6\.2\.4 / })
        .first()
        .waitFor();
      const versions = page.getByRole('table', { name: 'Versions' });
      await versions.getByRole('cell', { name: '2030-06-30' }).waitFor();

      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Download validation-report.pdf' }).first().click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('validation-report.pdf');

      await page.getByRole('link', { name: '← Evidence' }).click();
      await page.getByRole('heading', { name: 'Evidence', level: 1 }).waitFor();
      await page.getByRole('combobox', { name: 'Control' }).click();
      await page.getByRole('option', { name: /^A\.6\.2\.4 / }).click();
      await page.waitForURL(/control=A\.6\.2\.4/);
      const list = page.getByRole('table', { name: 'Evidence' });
      const row = list.getByRole('row').filter({ hasText: TITLE });
      await row.waitFor();
      await row.getByText('Fresh', { exact: true }).waitFor();
      await row.getByText('A.6.2.4').waitFor();

      await page.getByRole('combobox', { name: 'Control' }).click();
      await page.getByRole('option', { name: /^A\.5\.2 / }).click();
      await page.getByText('No evidence matches these filters.').waitFor();
    });

    const { items } = await e2e.services.evidence.list(manager.actor, orgId, {
      controlId: 'A.6.2.4',
    });
    expect(items.map((item) => [item.title, item.current.file?.sha256])).toEqual([[TITLE, sha256]]);
  }, 60_000);
});
