/**
 * The Statement of Applicability in the browser. A manager marks a control
 * not applicable without a justification (refused), tries to mark a control
 * that a treatment action puts in place as not applicable (refused, naming
 * the risk), completes the SoA and takes it as a version; an approver who
 * did not prepare it approves it; the SoA downloads as XLSX and the
 * workbook lists all 38 Annex A controls. On a control's page the manager
 * adds evidence; it shows there with its freshness and SHA-256, and the
 * SoA's row counts it.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CONTROL_IDS } from '../../src/domain/catalog/index.js';
import { createAuditee, createUser } from '../harness/services.js';
import type { TestUser } from '../harness/services.js';
import { e2eForSuite } from './browser.js';
import { choose, openPage, signIn, signOut } from './steps.js';

const person = (user: TestUser) => ({ email: user.email, name: `User ${user.email}` });
const RISK = 'A supplier retrains its model without telling us';
const CONTRACT = Buffer.from(
  '%PDF-1.4\n% Supplier contract, clause 14: notice of model changes\n%%EOF\n',
);

const editEntry = async (page: Page, controlId: string) => {
  await page.getByRole('button', { name: `Edit ${controlId}`, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  return dialog;
};

describe('the Statement of Applicability in the browser', () => {
  const e2e = e2eForSuite();

  it('refuses unjustified and treating not-applicable decisions, then is approved by another person and downloads', async () => {
    const { services } = e2e;
    const { organization, manager } = await createAuditee(services);
    const approver = await createUser(services, organization, ['approver']);
    const orgId = organization.id;
    const risk = await services.risks.create(manager.actor, orgId, { statement: RISK });
    await services.risks.addTreatmentAction(manager.actor, orgId, risk.id, {
      title: 'Notice of model changes in the contract',
      annexAControlIds: ['A.10.3'],
    });
    const { entries } = await services.soa.overview(manager.actor, orgId);
    for (const entry of entries.filter((e) => !['A.10.3', 'A.10.4'].includes(e.controlId)))
      await services.soa.updateEntry(manager.actor, orgId, entry.controlId, {
        applicability: 'applicable',
        justification: `Needed for our AI systems (${entry.controlId})`,
        implementationStatus: 'implemented',
      });

    await e2e.withPage(async (page) => {
      await page.setViewportSize({ width: 1400, height: 1000 });
      await signIn(page, person(manager));
      await openPage(page, 'Statement of Applicability', 'Statement of Applicability');
      await page.getByRole('table', { name: 'Statement of Applicability' }).waitFor();

      let dialog = await editEntry(page, 'A.10.4');
      await choose(page, dialog.getByRole('combobox', { name: 'Applicability' }), 'Not applicable');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.getByRole('alert').getByText('needs a justification').waitFor();
      await dialog.getByText('is required: say why the control is not applicable').waitFor();
      await dialog
        .getByRole('textbox', { name: 'Justification' })
        .fill('We supply no AI system to customers');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page
        .locator('tr[data-control="A.10.4"]')
        .getByText('Not applicable', { exact: true })
        .waitFor();

      dialog = await editEntry(page, 'A.10.3');
      await choose(page, dialog.getByRole('combobox', { name: 'Applicability' }), 'Not applicable');
      await dialog
        .getByRole('textbox', { name: 'Justification' })
        .fill('Suppliers are outside our scope');
      await dialog.getByRole('button', { name: 'Save' }).click();
      const refusal = dialog.getByRole('alert');
      await refusal.getByText(RISK, { exact: false }).waitFor();
      expect(await refusal.innerText()).toContain(risk.id);
      await choose(page, dialog.getByRole('combobox', { name: 'Applicability' }), 'Applicable');
      await dialog
        .getByRole('textbox', { name: 'Justification' })
        .fill('Our supplier contracts carry the risk treatment');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'detached' });

      await page.getByRole('link', { name: 'A.10.3', exact: true }).click();
      await page.getByRole('heading', { name: /^A\.10\.3 /, level: 1 }).waitFor();
      const evidence = page.getByRole('region', { name: 'Evidence' });
      await evidence.getByText('No evidence for A.10.3 yet.').waitFor();
      await evidence.getByRole('button', { name: 'Add evidence' }).click();
      dialog = page.getByRole('dialog', { name: 'Add evidence' });
      await dialog.getByLabel('Evidence file').setInputFiles({
        name: 'supplier-contract.pdf',
        mimeType: 'application/pdf',
        buffer: CONTRACT,
      });
      await dialog.getByLabel('Title').fill('Supplier contract, clause 14');
      await dialog.getByLabel('Valid until').fill('2030-06-30');
      await dialog.getByRole('button', { name: 'Add evidence' }).click();
      await dialog.waitFor({ state: 'detached' });
      const items = evidence.getByRole('table', { name: 'Evidence for A.10.3' });
      await items.getByRole('link', { name: 'Supplier contract, clause 14' }).waitFor();
      await items.getByText('Fresh', { exact: true }).waitFor();
      const sha256 = createHash('sha256').update(CONTRACT).digest('hex');
      expect(await items.locator('code').getAttribute('title')).toBe(sha256);
      await page.getByRole('link', { name: 'Back to the SoA' }).click();
      await page
        .locator('tr[data-control="A.10.3"]')
        .getByText(/^1 item, latest /)
        .waitFor();

      await page.getByRole('tab', { name: /^Versions/ }).click();
      await page
        .getByRole('textbox', { name: 'What the new version changes and why' })
        .fill('First statement for Stage 1');
      await page.getByRole('button', { name: 'Take the SoA as a new version' }).click();
      await page.getByRole('button', { name: 'Submit for review' }).click();
      await page.getByText('In review', { exact: true }).first().waitFor();
      await signOut(page, person(manager));

      await signIn(page, person(approver));
      await openPage(page, 'Statement of Applicability', 'Statement of Applicability');
      await page.getByRole('tab', { name: /^Versions/ }).click();
      await page.getByRole('button', { name: 'Approve', exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Approve', exact: true }).click();
      await page.getByRole('button', { name: 'Publish to the certification body' }).waitFor();
      await page.getByText(`Approved by User ${approver.email}`).first().waitFor();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download XLSX' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^statement-of-applicability-.*\.xlsx$/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('Statement of Applicability');
      const controls: string[] = [];
      sheet?.eachRow((row, index) => {
        if (index > 1) controls.push(row.getCell(1).text);
      });
      expect(controls).toEqual([...CONTROL_IDS]);
    });
    const approved = await services.soa.versions(manager.actor, orgId);
    expect(approved.approved).toMatchObject({ version: 1, approvedByUserId: approver.id });
  }, 120_000);
});
