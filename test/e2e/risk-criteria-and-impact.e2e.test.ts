/**
 * The risk criteria and an impact assessment through the browser: a manager
 * drafts the criteria from the defaults, raises the threshold and one cell of
 * the matrix and submits; an approver approves, and version 1 is in force
 * with the changed cell. Then an impact assessment of forty impacts, written
 * through the services, is submitted by the manager and approved by the
 * approver, whose PDF carries every section, the names and page numbers.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { PDFParse } from 'pdf-parse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { IMPACT_ASSESSMENT_PDF_SECTIONS } from '../../src/services/pdf/impact-assessment-pdf.js';
import { createAiSystem, createAuditee, createUser } from '../harness/services.js';
import type { TestUser } from '../harness/services.js';
import { e2eForSuite } from './browser.js';
import { openPage, signIn, signOut } from './steps.js';

const SHOTS = '/tmp/shots';
const person = (user: TestUser) => ({ email: user.email, name: `User ${user.email}` });

const approveInDialog = async (page: Page) => {
  await page.getByRole('button', { name: 'Approve', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Approve', exact: true }).click();
};

const impactsOf = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    id: `H${index + 1}`,
    description: `Harm number ${index + 1}: claims of some groups wait longer than others`,
    affects: ['groups'],
    nature: 'harm',
    category: index % 2 === 0 ? 'fairness_and_bias' : 'privacy',
    likelihood: (index % 5) + 1,
    severity: ((index + 2) % 5) + 1,
    reversibility: 'reversible',
    scale: 'large_group',
  }));

describe('risk criteria and impact assessments in the browser', () => {
  const e2e = e2eForSuite();

  it('approves criteria edited in the browser, then an impact assessment and its PDF', async () => {
    const { services } = e2e;
    await mkdir(SHOTS, { recursive: true });
    const { organization, manager } = await createAuditee(services);
    const approver = await createUser(services, organization, ['approver']);
    const orgId = organization.id;

    await e2e.withPage(async (page) => {
      await page.setViewportSize({ width: 1400, height: 1000 });
      await signIn(page, person(manager));
      await openPage(page, 'Risk criteria', 'AI risk criteria');
      await page.getByRole('button', { name: 'Define the risk criteria' }).click();
      const editor = page.getByRole('form', { name: 'Edit draft version 1' });
      await editor.waitFor();
      await editor.getByRole('combobox', { name: 'Acceptance threshold' }).click();
      await page.getByRole('listbox').getByRole('option', { name: 'High', exact: true }).click();
      await editor
        .getByLabel('Level at likelihood 1 (Rare), consequence 5 (Severe)')
        .selectOption({ label: 'High' });
      await editor.getByRole('button', { name: 'Save draft' }).click();
      await page.getByRole('button', { name: 'Submit for review' }).click();
      await page.getByRole('tab', { name: 'In review · version 1' }).waitFor();
      await signOut(page, person(manager));

      await signIn(page, person(approver));
      await openPage(page, 'Risk criteria', 'AI risk criteria');
      await approveInDialog(page);
      await page.getByRole('tab', { name: 'In force · version 1', selected: true }).waitFor();
      const matrix = page.getByRole('table', { name: 'Risk matrix', exact: true });
      const rare = matrix
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: /Rare/ }) });
      expect(await rare.getByRole('cell').allInnerTexts()).toEqual([
        'Low',
        'Low',
        'Low',
        'Low',
        'High',
      ]);
      await page.getByText('need treatment or a recorded acceptance.').waitFor();
      await page.screenshot({ path: `${SHOTS}/risk-criteria.png`, fullPage: true });
    });
    const criteria = await services.riskCriteria.overview(manager.actor, orgId);
    expect(criteria.approved?.criteria.acceptanceThreshold).toBe('high');
    expect(criteria.approved?.criteria.matrix[0]?.[4]).toBe('high');

    const system = await createAiSystem(services, manager, orgId, { name: 'Claims triage' });
    await createAiSystem(services, manager, orgId, { name: 'Email sorter' });
    const impacts = impactsOf(40);
    const draft = await services.impactAssessments.createDraft(manager.actor, orgId, system.id, {
      scope: 'The claims triage model as the UK claims team uses it',
      trigger: 'initial',
      systemDescription: 'A gradient-boosted model ranking incoming claims by urgency',
      purpose: 'Send urgent claims to a handler sooner',
      intendedUses: 'Ordering the work queue of claims handlers',
      foreseeableMisuse: 'Declining claims on the score alone',
      dataAndDataQuality: 'Five years of claims history, checked for gaps each quarter',
      algorithmAndModel: 'Gradient boosting, retrained monthly',
      deploymentEnvironment: 'UK only, English, internal web application',
      interestedParties: [
        { name: 'Claimants', description: 'Wait for their claims', isVulnerableGroup: true },
        { name: 'Claims handlers', description: 'Work the queue' },
      ],
      impacts,
      measures: impacts.map((impact, index) => ({
        id: `M${index + 1}`,
        impactId: impact.id,
        description: `Monthly check of waiting times for harm ${index + 1}`,
        ownerUserId: manager.id,
        dueDate: '2027-01-31',
      })),
      thresholds: 'Any decision affecting payment is a sensitive use and needs a human',
      nextReviewDate: '2027-06-01',
      retention: 'Seven years after the system is retired',
    });
    expect(draft.missingForApproval).toEqual([]);

    await e2e.withPage(async (page) => {
      await page.setViewportSize({ width: 1400, height: 1000 });
      await signIn(page, person(manager));
      await openPage(page, 'Impact assessments', 'Impact assessments');
      const table = page.getByRole('table', { name: 'Impact assessments by AI system' });
      const emailRow = table.getByRole('row').filter({ hasText: 'Email sorter' });
      await emailRow.getByText('Needs assessment').waitFor();
      await emailRow.getByRole('button', { name: 'Start assessment of Email sorter' }).waitFor();
      await page.screenshot({ path: `${SHOTS}/impact-overview.png`, fullPage: true });
      await table
        .getByRole('row')
        .filter({ hasText: 'Claims triage' })
        .getByRole('link', { name: 'Version 1 · draft' })
        .click();
      await page
        .getByRole('heading', { name: 'Impact assessment: Claims triage', level: 1 })
        .waitFor();
      await page.getByText('Complete', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Submit for review' }).click();
      await page.getByText('In review', { exact: true }).first().waitFor();
      await signOut(page, person(manager));

      await signIn(page, person(approver));
      await page.goto(`/orgs/${orgId}/impact-assessments/${draft.id}`);
      await page
        .getByRole('heading', { name: 'Impact assessment: Claims triage', level: 1 })
        .waitFor();
      await approveInDialog(page);
      await page.getByText(`Approved by User ${approver.email}`).waitFor();
      await page.screenshot({ path: `${SHOTS}/impact-assessment.png` });

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download PDF' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      const path = await download.path();
      const parsed = await new PDFParse({ data: await readFile(path) }).getText();
      const flat = parsed.text.replace(/\s+/g, ' ');
      expect(flat).toContain('Claims triage');
      expect(flat).toContain(`User ${approver.email}`);
      for (const heading of IMPACT_ASSESSMENT_PDF_SECTIONS) expect(flat).toContain(heading);
      const total = parsed.pages.length;
      expect(total).toBeGreaterThan(2);
      expect(flat).toContain(`of ${total}`);
      // The impacts table runs over more than one page, its header repeated on each.
      const withImpactHeader = parsed.pages.filter((entry) =>
        ['ID', 'Impact', 'Affects', 'Likelihood', 'Severity', 'Reversibility', 'Scale'].every(
          (header) => entry.text.includes(header),
        ),
      );
      expect(withImpactHeader.length).toBeGreaterThanOrEqual(2);
      expect(withImpactHeader[1]?.text).toMatch(/Harm number \d+/);
    });
  }, 180_000);
});
