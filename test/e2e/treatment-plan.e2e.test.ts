/**
 * The AI risk treatment plan and raising risks from harms, in the browser.
 * With approved risk criteria and two risks whose treatment actions were
 * written through the services, the manager sees the live plan, takes it as
 * version 1 and submits it; an approver approves it. A treatment action then
 * changes in the register, and the plan in force says so, naming the action
 * and what changed. Then a harm of an impact assessment is raised as a risk
 * in the browser, and the links lead from the harm to the risk and back.
 */
import { mkdir } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createAiSystem, createAuditee, createUser } from '../harness/services.js';
import type { TestUser } from '../harness/services.js';
import { e2eForSuite } from './browser.js';
import { openPage, signIn } from './steps.js';

const SHOTS = '/tmp/shots';
const person = (user: TestUser) => ({ email: user.email, name: `User ${user.email}` });

const RETRAIN = 'Retrain on plain-language claims';
const REVIEW_BOARD = 'Monthly fairness review of triage outcomes';
const LOG_ACCESS = 'Log every access to claimant records';

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

const violationsOn = async (page: Page) =>
  (
    await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze()
  ).violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''))
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
    );

const approveInDialog = async (page: Page) => {
  await page.getByRole('button', { name: 'Approve', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Approve', exact: true }).click();
};

describe('the AI risk treatment plan in the browser', () => {
  const e2e = e2eForSuite();

  it('takes, submits and approves the plan, then says what changed since approval', async () => {
    const { services } = e2e;
    await mkdir(SHOTS, { recursive: true });
    const { organization, manager } = await createAuditee(services);
    const approver = await createUser(services, organization, ['approver']);
    const orgId = organization.id;
    const criteria = await services.riskCriteria.createDraft(manager.actor, orgId);
    await services.riskCriteria.submit(manager.actor, orgId, criteria.id);
    await services.riskCriteria.approve(approver.actor, orgId, criteria.id);
    const board = await services.organizationControls.create(manager.actor, orgId, {
      title: 'AI fairness review board',
      annexAControlId: 'A.5.4',
    });
    const triage = await services.risks.create(manager.actor, orgId, {
      statement: 'The claims triage model under-prioritises claims written in plain language',
      likelihood: 5,
      consequence: 4,
      treatmentOption: 'modify',
    });
    const withRetrain = await services.risks.addTreatmentAction(manager.actor, orgId, triage.id, {
      title: RETRAIN,
      ownerUserId: manager.id,
      dueDate: '2030-03-31',
      annexAControlIds: ['A.6.2.4'],
    });
    await services.risks.addTreatmentAction(manager.actor, orgId, triage.id, {
      title: REVIEW_BOARD,
      status: 'in_progress',
      organizationControlIds: [board.controlId],
    });
    const records = await services.risks.create(manager.actor, orgId, {
      statement: 'Claimant records are read by staff who do not need them',
      likelihood: 2,
      consequence: 3,
      treatmentOption: 'modify',
    });
    await services.risks.addTreatmentAction(manager.actor, orgId, records.id, {
      title: LOG_ACCESS,
      dueDate: '2020-01-31',
    });
    const retrainId = withRetrain.treatmentActions?.find((a) => a.title === RETRAIN)?.id ?? '';
    expect(retrainId).not.toBe('');

    await e2e.withPage(async (page) => {
      await page.setViewportSize({ width: 1400, height: 1000 });
      await signIn(page, person(manager));
      await openPage(page, 'Treatment plan', 'AI risk treatment plan');
      await page.getByRole('tab', { name: 'Live plan', selected: true }).waitFor();
      const live = page.getByRole('table', { name: 'Live treatment plan' });
      await live.getByText(RETRAIN, { exact: true }).waitFor();
      await live.getByText(board.controlId, { exact: true }).waitFor();
      // Due in 2020 and not done: overdue.
      await live
        .getByRole('row')
        .filter({ hasText: LOG_ACCESS })
        .getByText('Overdue', { exact: true })
        .waitFor();
      const riskLinks = live.getByRole('link');
      expect(await riskLinks.allInnerTexts()).toEqual([triage.statement, records.statement]);

      await page.getByRole('button', { name: 'Take the plan for approval' }).click();
      await page.getByRole('button', { name: 'Take the plan for approval' }).waitFor({
        state: 'detached',
      });
      await page.getByRole('tab', { name: 'Draft · version 1', selected: true }).waitFor();
      await page
        .getByRole('table', { name: 'Treatment plan, version 1' })
        .getByText(REVIEW_BOARD, { exact: true })
        .waitFor();
      await page.getByRole('button', { name: 'Submit for review' }).click();
      await page.getByRole('tab', { name: 'In review · version 1', selected: true }).waitFor();
      // Whoever took the version does not approve it.
      await page
        .getByRole('button', { name: 'Approve', exact: true })
        .waitFor({ state: 'detached' });

      await e2e.withPage(async (other) => {
        await other.setViewportSize({ width: 1400, height: 1000 });
        await signIn(other, person(approver));
        await openPage(other, 'Treatment plan', 'AI risk treatment plan');
        await approveInDialog(other);
        await other.getByRole('tab', { name: 'In force · version 1', selected: true }).waitFor();
        await other.getByText(`Approved by User ${approver.email}`).waitFor();
      });

      await services.risks.updateTreatmentAction(manager.actor, orgId, triage.id, retrainId, {
        status: 'done',
      });
      await page.reload();
      await page.getByRole('tab', { name: 'In force · version 1', selected: true }).waitFor();
      const alert = page
        .getByRole('alert')
        .filter({ hasText: 'The plan changed since it was approved' });
      await alert.getByText('1 changed', { exact: false }).waitFor();
      // One way to the new version: the alert's.
      await expect(page.getByRole('button', { name: 'Start a new version' }).count()).resolves.toBe(
        1,
      );
      const changes = alert.getByRole('list', { name: 'Changed treatment actions' });
      expect((await changes.innerText()).replace(/\s+/g, ' ')).toContain(
        `${RETRAIN} (${triage.statement}): status Planned → Done`,
      );
      const inForce = page.getByRole('table', { name: 'Treatment plan, version 1' });
      await inForce.getByRole('row').filter({ hasText: RETRAIN }).getByText('Planned').waitFor();
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: `${SHOTS}/treatment-plan.png`, fullPage: true });
      await expect(violationsOn(page)).resolves.toEqual([]);

      await alert.getByRole('button', { name: 'Start a new version' }).click();
      await page.getByRole('tab', { name: 'Draft · version 2', selected: true }).waitFor();
      await page.getByText('Changes against version 1', { exact: true }).click();
      await page.getByText('status Planned → Done').last().waitFor();
      await alert.getByText('A new version is already open').waitFor();
      await page.getByRole('tab', { name: 'Version history (2)' }).click();
      await page.getByRole('button', { name: 'View version 1' }).click();
      await page
        .getByRole('dialog', { name: 'AI risk treatment plan, version 1' })
        .getByRole('table', { name: 'Treatment plan, version 1' })
        .waitFor();
      await page.keyboard.press('Escape');

      // The organization's own controls: the one linked above, and one more from the browser.
      await openPage(page, 'Organization controls', 'Organization controls');
      const controls = page.getByRole('table', { name: 'Organization controls' });
      const boardRow = controls.getByRole('row').filter({ hasText: board.controlId });
      await boardRow.getByText('A.5.4', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Add control' }).first().click();
      const add = page.getByRole('dialog', { name: 'Add organization control' });
      await add.getByRole('textbox', { name: 'Title' }).fill('Supplier model-change clause');
      await add.getByRole('button', { name: 'Add control' }).click();
      await add.waitFor({ state: 'hidden' });
      await controls.getByText('ORG-2', { exact: true }).waitFor();

      // A treatment action picks the organization's controls from that register.
      await page.goto(`/orgs/${orgId}/risks/${records.id}`);
      await page.getByRole('button', { name: `Edit ${LOG_ACCESS}` }).click();
      const edit = page.getByRole('dialog', { name: 'Edit treatment action' });
      await edit.getByLabel('Organization controls', { exact: true }).fill('ORG-2');
      await page.getByRole('option', { name: 'ORG-2 Supplier model-change clause' }).click();
      await page.keyboard.press('Escape');
      await edit.getByRole('button', { name: 'Save changes' }).click();
      await edit.waitFor({ state: 'hidden' });
      await page
        .getByRole('table', { name: 'Treatment actions' })
        .getByText('ORG-2', { exact: true })
        .waitFor();
    });
    const saved = await services.risks.get(manager.actor, orgId, records.id);
    expect(saved.treatmentActions?.map((action) => action.organizationControlIds)).toEqual([
      ['ORG-2'],
    ]);
  }, 150_000);

  it('raises a risk from a harm, and links the harm and the risk both ways', async () => {
    const { services } = e2e;
    const { organization, manager } = await createAuditee(services);
    const orgId = organization.id;
    const system = await createAiSystem(services, manager, orgId, { name: 'Claims triage' });
    const assessment = await services.impactAssessments.createDraft(
      manager.actor,
      orgId,
      system.id,
      {
        scope: 'The claims triage model as the claims team uses it',
        impacts: [
          {
            id: 'H1',
            description: 'Claims written in plain language wait longer for a handler',
            affects: ['groups'],
            nature: 'harm',
            category: 'fairness_and_bias',
            likelihood: 4,
            severity: 3,
          },
          {
            id: 'B1',
            description: 'Urgent claims reach a handler sooner',
            affects: ['individuals'],
            nature: 'benefit',
          },
        ],
      },
    );

    await e2e.withPage(async (page) => {
      await page.setViewportSize({ width: 1400, height: 1000 });
      await signIn(page, person(manager));
      await page.goto(`/orgs/${orgId}/impact-assessments/${assessment.id}`);
      await page
        .getByRole('heading', { name: 'Impact assessment: Claims triage', level: 1 })
        .waitFor();
      const impacts = page.getByRole('table', { name: 'Impacts' });
      // Only the harm can be raised as a risk.
      await expect(impacts.getByRole('button', { name: /^Raise risk/ }).count()).resolves.toBe(1);
      await impacts.getByRole('button', { name: 'Raise risk from impact 1' }).click();
      const raised = impacts.getByText(/^Risk raised:/);
      await raised.waitFor();
      const link = raised.getByRole('link');
      const statement = await link.innerText();
      expect(statement).not.toBe('');
      await impacts.getByRole('button', { name: /^Raise risk/ }).waitFor({ state: 'detached' });
      await expect(link.evaluate((node) => node === document.activeElement)).resolves.toBe(true);
      await page.waitForLoadState('networkidle');
      await page
        .getByRole('region', { name: 'Impacts' })
        .screenshot({ path: `${SHOTS}/impact-raise-risk.png` });

      await link.click();
      await page.getByRole('heading', { name: statement, level: 1 }).waitFor();
      const back = page.getByRole('link', { name: 'Raised from impact assessment: harm H1' });
      await back.click();
      await page
        .getByRole('heading', { name: 'Impact assessment: Claims triage', level: 1 })
        .waitFor();
      expect(new URL(page.url()).pathname).toBe(
        `/orgs/${orgId}/impact-assessments/${assessment.id}`,
      );
      await impacts.getByRole('link', { name: statement }).waitFor();
    });
    const risks = await services.risks.list(manager.actor, orgId, {});
    expect(risks.items.map((risk) => [risk.impactAssessmentId, risk.impactId])).toEqual([
      [assessment.id, 'H1'],
    ]);
  }, 90_000);
});
