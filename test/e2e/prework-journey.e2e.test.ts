/**
 * The pre-work golden journey in a real browser: a new AIMS manager
 * inventories AI systems, defines the scope and writes the AI policy, and
 * sends both for review; a second person with the approver role compares the
 * scope with the version in force and approves both; the manager adds an
 * obligation and an objective with a measurement; the required-documents
 * register shows the AIMS scope (RD-01) and the AI policy (RD-03) going from
 * missing to fulfilled.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAuditee, createUser } from '../harness/services.js';
import { e2eForSuite } from './browser.js';
import { type Person, choose, openPage, signIn, signOut } from './steps.js';

/** Clicks the first button of that name on the page and gives the dialog it opens. */
const openDialog = async (page: Page, button: string, dialog: string) => {
  await page.getByRole('button', { name: button }).first().click();
  return page.getByRole('dialog', { name: dialog });
};

/** Fills each field, found by its label, with its value. */
const fillIn = async (form: Locator, values: Readonly<Record<string, string>>) => {
  for (const [label, value] of Object.entries(values)) await form.getByLabel(label).fill(value);
};

/** Picks an option of a Mantine Select or MultiSelect. */
const requiredDocumentStatus = (page: Page, id: string) =>
  page
    .getByRole('table', { name: 'Required documents' })
    .getByRole('row', { name: new RegExp(id) });

describe('pre-work journey', () => {
  const e2e = e2eForSuite();
  let manager: Person;
  let approver: Person;

  beforeAll(async () => {
    const auditee = await createAuditee(e2e.services, 'Contoso Insurance');
    const approverUser = await createUser(e2e.services, auditee.organization, ['approver']);
    manager = { email: auditee.manager.email, name: `User ${auditee.manager.email}` };
    approver = { email: approverUser.email, name: `User ${approverUser.email}` };
  });

  it('takes a new organization from an empty AIMS to an approved scope and AI policy', async () => {
    await e2e.withPage(async (page) => {
      // The manager starts: nothing is in place yet.
      await signIn(page, manager);
      await openPage(page, 'Required documents', 'Required documents');
      await requiredDocumentStatus(page, 'RD-01').getByText('Missing').waitFor();
      await requiredDocumentStatus(page, 'RD-03').getByText('Missing').waitFor();

      // Two AI systems, the first classified as high-risk with a supplier's component.
      await openPage(page, 'AI systems', 'AI systems');
      let dialog = await openDialog(page, 'Add AI system', 'Add AI system');
      await dialog.getByRole('textbox', { name: /^Name\b/ }).fill('Claims triage assistant');
      await dialog
        .getByRole('textbox', { name: 'Purpose' })
        .fill('Ranks incoming claims by urgency.');
      await choose(page, dialog.getByRole('combobox', { name: 'Life-cycle stage' }), 'Deployment');
      await choose(page, dialog.getByLabel('Our AI roles'), 'AI provider');
      await page.keyboard.press('Escape');
      await choose(page, dialog.getByLabel('EU AI Act risk class'), 'High-risk (Art. 6)');
      await choose(page, dialog.getByLabel('High-risk route'), 'Art. 6(2): Annex III area');
      await choose(
        page,
        dialog.getByLabel('Annex III area'),
        '5. Access to essential private and public services and benefits',
      );
      await dialog.getByRole('button', { name: 'Add component' }).click();
      await dialog
        .getByRole('textbox', { name: 'Component 1', exact: true })
        .fill('Gradient boosting library');
      await dialog
        .getByRole('textbox', { name: 'Supplier of component 1' })
        .fill('Open-source community');
      await dialog.getByRole('checkbox', { name: 'Personal data', exact: true }).check();
      await dialog.getByRole('button', { name: 'Add AI system' }).click();
      await dialog.waitFor({ state: 'hidden' });

      dialog = await openDialog(page, 'Add AI system', 'Add AI system');
      await dialog.getByRole('textbox', { name: /^Name\b/ }).fill('Customer support chatbot');
      await dialog
        .getByRole('textbox', { name: 'Purpose' })
        .fill('Answers policyholders’ questions.');
      await choose(page, dialog.getByLabel('EU AI Act risk class'), 'Minimal risk');
      await dialog.getByRole('switch', { name: /Transparency obligations apply/ }).check();
      await dialog
        .getByRole('checkbox', { name: 'Interacts directly with people (Art. 50(1))' })
        .check();
      await dialog.getByRole('button', { name: 'Add AI system' }).click();
      await dialog.waitFor({ state: 'hidden' });

      const systems = page.getByRole('table', { name: 'AI systems' });
      await systems.getByRole('link', { name: 'Customer support chatbot' }).waitFor();
      await choose(page, page.getByRole('combobox', { name: 'EU AI Act risk class' }), 'High-risk');
      await systems
        .getByRole('link', { name: 'Customer support chatbot' })
        .waitFor({ state: 'detached' });
      await systems.getByRole('link', { name: 'Claims triage assistant' }).click();
      await page.getByRole('heading', { name: 'Claims triage assistant', level: 1 }).waitFor();
      await page
        .getByRole('table', { name: 'Third-party components' })
        .getByRole('cell', { name: 'Gradient boosting library' })
        .waitFor();
      await page.getByRole('cell', { name: 'High-risk (Art. 6)', exact: true }).waitFor();

      // The scope: a draft with its sites, people in scope and AI systems.
      await openPage(page, 'AIMS scope', 'AIMS scope');
      await page.getByRole('button', { name: 'Define the scope' }).click();
      const editor = page.getByRole('form', { name: 'Edit draft version 1' });
      await editor
        .getByLabel('Scope statement')
        .fill('The AIMS covers the AI systems used in claims handling at the head office.');
      await editor.getByRole('checkbox', { name: 'AI provider' }).check();
      await editor.getByRole('checkbox', { name: 'AI customer' }).check();
      await editor.getByRole('button', { name: 'Add site' }).click();
      await editor.getByLabel('Name of site 1').fill('Head office');
      await editor.getByLabel('Location of site 1').fill('Leeds');
      await editor.getByLabel('People in scope at site 1').fill('84');
      await editor.getByRole('button', { name: 'Add site' }).click();
      await editor.getByLabel('Name of site 2').fill('Service centre');
      await editor.getByLabel('People in scope at site 2').fill('37');
      await choose(page, editor.getByLabel('AI systems in scope'), 'Claims triage assistant');
      await choose(page, editor.getByLabel('AI systems in scope'), 'Customer support chatbot');
      await page.keyboard.press('Escape');
      await editor.getByRole('button', { name: 'Save draft' }).click();
      await editor.waitFor({ state: 'detached' });
      const draftStats = page.getByText('People in scope', { exact: true }).locator('..');
      await draftStats.getByText('121').waitFor();
      await page.getByRole('link', { name: 'Customer support chatbot' }).waitFor();
      expect(await page.getByRole('button', { name: 'Approve' }).count()).toBe(0);
      // The manager sends the scope for review; who wrote it cannot approve it.
      await page.getByRole('button', { name: 'Submit for review' }).click();
      await page.getByText('In review', { exact: true }).first().waitFor();
      expect(await page.getByRole('button', { name: 'Approve' }).count()).toBe(0);

      // The AI policy: registered with its first draft, sent for approval.
      await openPage(page, 'Documents', 'Documents');
      await page.getByRole('button', { name: 'Register a document' }).first().click();
      dialog = page.getByRole('dialog', { name: 'Register a document' });
      await dialog.getByLabel('Title').fill('AI policy');
      await choose(page, dialog.getByRole('combobox', { name: 'Kind' }), 'AI policy');
      await dialog
        .getByRole('textbox', { name: 'Text of version 1' })
        .fill('# AI policy\n\nWe use AI only for purposes the AI steering group approved.');
      await dialog.getByRole('button', { name: 'Register document' }).click();
      await page.getByRole('heading', { name: 'AI policy', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Send for approval' }).click();
      await page.getByText('In review', { exact: true }).first().waitFor();
      await signOut(page, manager);

      // The approver compares the scope with what is in force (nothing yet), then signs off both.
      await signIn(page, approver);
      await openPage(page, 'AIMS scope', 'AIMS scope');
      await page.getByText('Changes', { exact: true }).click();
      const changes = page.getByRole('table', { name: 'Changes against the version in force' });
      await changes.getByText('Head office (Leeds): 84 people').waitFor();
      await page.getByText('No version is in force yet', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Approve' }).click();
      dialog = page.getByRole('dialog', { name: 'Approve version 1 of the AIMS scope' });
      await dialog.getByRole('button', { name: 'Approve' }).click();
      await page.getByRole('tab', { name: 'In force · version 1' }).waitFor();
      await page.getByText(`Approved by ${approver.name}`).waitFor();

      await openPage(page, 'Documents', 'Documents');
      await page
        .getByRole('table', { name: 'Documents' })
        .getByRole('link', { name: 'AI policy' })
        .click();
      await page.getByRole('heading', { name: 'AI policy', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Approve' }).click();
      dialog = page.getByRole('dialog', { name: 'Approve version 1 of “AI policy”' });
      await dialog.getByRole('button', { name: 'Approve' }).click();
      await page.getByRole('heading', { name: 'Versions', level: 2 }).waitFor();
      await page.getByText(`approved by ${approver.name}`).first().waitFor();
      await signOut(page, approver);

      // The manager adds an obligation and an objective with a first measurement.
      await signIn(page, manager);
      await openPage(page, 'Obligations', 'Obligations');
      dialog = await openDialog(page, 'Add obligation', 'Add obligation');
      await fillIn(dialog, {
        Source: 'EU AI Act',
        Reference: 'Art. 9',
        Requirement: 'Run a risk management system for high-risk AI.',
      });
      await dialog.getByRole('button', { name: 'Add obligation' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page
        .getByRole('table', { name: 'Obligations' })
        .getByText('EU AI Act')
        .first()
        .waitFor();

      await openPage(page, 'Objectives', 'AI objectives');
      dialog = await openDialog(page, 'Add objective', 'Add AI objective');
      await fillIn(dialog, {
        Title: 'Explain automated decisions on request',
        Metric: 'Explanation requests answered within 5 days',
        Target: '90',
        Unit: '%',
      });
      await dialog.getByRole('button', { name: 'Add objective' }).click();
      await page
        .getByRole('heading', { name: 'Explain automated decisions on request', level: 1 })
        .waitFor();
      await page.getByText('No data', { exact: true }).waitFor();
      const record = page.getByRole('form', { name: 'Record a measurement' });
      await record.getByLabel('Value').fill('92');
      await record.getByRole('button', { name: 'Record measurement' }).click();
      await page.getByRole('table', { name: 'Measurements' }).getByText('92 %').waitFor();
      await page.getByText('Met', { exact: true }).waitFor();

      // The register now shows the scope and the policy in force.
      await openPage(page, 'Required documents', 'Required documents');
      const scopeRow = requiredDocumentStatus(page, 'RD-01');
      await scopeRow.getByText('Fulfilled').waitFor();
      await scopeRow.getByRole('link', { name: 'AIMS scope' }).waitFor();
      const policyRow = requiredDocumentStatus(page, 'RD-03');
      await policyRow.getByText('Fulfilled').waitFor();
      await policyRow.getByRole('link', { name: 'AI policy' }).waitFor();
      await requiredDocumentStatus(page, 'RD-10').getByText('Fulfilled').waitFor();
    });
  }, 180_000);
});
