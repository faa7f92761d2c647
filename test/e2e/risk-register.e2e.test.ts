/**
 * The AI risk register in the browser: with approved risk criteria, a
 * manager adds a risk scored 5 × 4, finds it in the inherent heat map and
 * filters the list by its cell, is refused closing it while it is above the
 * threshold untreated, treats it (modify, an action with control A.6.2.4
 * carried out, residual 2 × 2), and an approver accepts the residual risk,
 * which the residual heat map then shows in its cell. Both pages pass axe.
 */
import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createAuditee, createUser } from '../harness/services.js';
import { pdfText } from '../harness/pdf-text.js';
import { e2eForSuite } from './browser.js';
import { choose, notificationsGone, openPage, signIn } from './steps.js';

const STATEMENT = 'The claims triage model under-prioritises claims written in plain language';

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

const dayFromNow = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const saveDialog = async (dialog: Locator, button: string) => {
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
};

describe('the AI risk register', () => {
  const e2e = e2eForSuite();

  it('scores, filters, refuses closing, treats and accepts a risk, and maps it', async () => {
    const { services } = e2e;
    const { organization, manager } = await createAuditee(services);
    const approver = await createUser(services, organization, ['approver']);
    const draft = await services.riskCriteria.createDraft(manager.actor, organization.id);
    await services.riskCriteria.submit(manager.actor, organization.id, draft.id);
    await services.riskCriteria.approve(approver.actor, organization.id, draft.id);
    await services.risks.create(manager.actor, organization.id, {
      statement: 'Notices to applicants contain a typo',
      likelihood: 1,
      consequence: 1,
    });
    const managerPerson = { email: manager.email, name: `User ${manager.email}` };
    const approverPerson = { email: approver.email, name: `User ${approver.email}` };

    await e2e.withPage(async (page) => {
      await signIn(page, managerPerson);
      await openPage(page, 'AI risks', 'AI risks');

      await page.getByRole('button', { name: 'Add risk' }).first().click();
      const form = page.getByRole('dialog', { name: 'Add risk' });
      await form.getByRole('button', { name: 'Add risk', exact: true }).click();
      await form.getByText('Statement is required').waitFor();
      await form.getByRole('textbox', { name: 'Statement' }).fill(STATEMENT);
      await choose(
        page,
        form.getByRole('combobox', { name: 'Likelihood', exact: true }),
        '5 Almost certain',
      );
      await choose(
        page,
        form.getByRole('combobox', { name: 'Consequence', exact: true }),
        '4 Major',
      );
      await form.getByText('Critical', { exact: true }).waitFor();
      await expect(violationsOn(page)).resolves.toEqual([]);
      await saveDialog(form, 'Add risk');

      const cell = page.getByRole('button', {
        name: 'Inherent: likelihood 5 Almost certain, consequence 4 Major — 1 risk',
      });
      await cell.waitFor();
      const table = page.getByRole('table', { name: 'AI risks' });
      await table.getByRole('link', { name: 'Notices to applicants contain a typo' }).waitFor();
      await cell.click();
      await page.getByRole('button', { name: 'Remove the heat-map cell filter' }).waitFor();
      await page
        .getByText('Inherent cell: likelihood 5 Almost certain, consequence 4 Major')
        .waitFor();
      await table
        .getByRole('link', { name: 'Notices to applicants contain a typo' })
        .waitFor({ state: 'detached' });
      expect(await table.getByRole('row').count()).toBe(2);
      expect(page.url()).toContain('likelihood=5&consequence=4');
      await expect(cell.getAttribute('aria-pressed')).resolves.toBe('true');

      await table.getByRole('link', { name: STATEMENT }).click();
      await page.getByRole('heading', { name: STATEMENT, level: 1 }).waitFor();
      await page.getByText('Scored against risk criteria version 1').waitFor();

      await page.getByRole('button', { name: 'Close risk' }).click();
      await page
        .getByRole('dialog', { name: 'Close risk' })
        .getByRole('button', { name: 'Close risk' })
        .click();
      const refusal = page.getByRole('alert').filter({ hasText: 'The risk cannot be closed' });
      await refusal
        .getByText(
          'A risk at level Critical (critical), above the acceptance threshold Medium (medium), is closed only when its treatment is done with a residual level at or below the threshold, or with a valid acceptance',
        )
        .waitFor();

      await page.getByRole('button', { name: 'Accept residual risk' }).click();
      let accept = page.getByRole('dialog', { name: 'Accept residual risk' });
      await accept.getByRole('textbox', { name: 'Rationale' }).fill('Low volume of such claims');
      await accept.getByLabel('Expires on').fill(dayFromNow(90));
      await accept.getByRole('button', { name: 'Accept residual risk' }).click();
      await accept
        .getByText('A residual risk at level Critical may be accepted only by: Top management')
        .waitFor();
      await accept.getByRole('button', { name: 'Cancel' }).click();
      await accept.getByRole('button', { name: 'Discard changes' }).click();
      await accept.waitFor({ state: 'hidden' });

      await page.getByRole('button', { name: 'Edit', exact: true }).click();
      let edit = page.getByRole('dialog', { name: 'Edit risk' });
      await choose(
        page,
        edit.getByRole('combobox', { name: 'Treatment option' }),
        'Modify — change the likelihood or the consequence',
      );
      await saveDialog(edit, 'Save changes');

      await page.getByRole('button', { name: 'Add treatment action' }).click();
      const action = page.getByRole('dialog', { name: 'Add treatment action' });
      await action.getByRole('textbox', { name: 'Title' }).fill('Retrain on plain-language claims');
      await action.getByLabel('Annex A controls', { exact: true }).fill('A.6.2.4');
      await page.getByRole('option', { name: /^A\.6\.2\.4 / }).click();
      await saveDialog(action, 'Add action');
      const actions = page.getByRole('table', { name: 'Treatment actions' });
      await actions.getByText('A.6.2.4', { exact: true }).waitFor();
      await actions.getByText('Planned', { exact: true }).waitFor();

      await page.getByRole('button', { name: 'Edit Retrain on plain-language claims' }).click();
      const actionEdit = page.getByRole('dialog', { name: 'Edit treatment action' });
      await choose(page, actionEdit.getByRole('combobox', { name: 'Status' }), 'Done');
      await saveDialog(actionEdit, 'Save changes');
      await actions.getByText('Done', { exact: true }).waitFor();
      // Its confirmation lies over the risk's Edit button.
      await notificationsGone(page);

      await page.getByRole('button', { name: 'Edit', exact: true }).click();
      edit = page.getByRole('dialog', { name: 'Edit risk' });
      await choose(page, edit.getByRole('combobox', { name: 'Residual likelihood' }), '2 Unlikely');
      await choose(page, edit.getByRole('combobox', { name: 'Residual consequence' }), '2 Minor');
      await edit.getByText('Low', { exact: true }).waitFor();
      await saveDialog(edit, 'Save changes');
      await page.getByText('2 Unlikely', { exact: true }).waitFor();

      await page.getByRole('button', { name: 'Request acceptance' }).click();
      await page
        .getByText(`${managerPerson.name} asked for the residual risk to be accepted.`, {
          exact: false,
        })
        .waitFor();
      const riskUrl = page.url();

      await e2e.withPage(async (other) => {
        await signIn(other, approverPerson);
        await other.goto(riskUrl);
        await other.getByRole('heading', { name: STATEMENT, level: 1 }).waitFor();
        await other.getByRole('button', { name: 'Accept residual risk' }).click();
        accept = other.getByRole('dialog', { name: 'Accept residual risk' });
        await accept
          .getByRole('textbox', { name: 'Rationale' })
          .fill('Treated: retrained and checked on a sample');
        await accept.getByLabel('Expires on').fill(dayFromNow(180));
        await saveDialog(accept, 'Accept residual risk');
        const acceptances = other.getByRole('table', { name: 'Acceptances' });
        await acceptances.getByText('Valid', { exact: true }).waitFor();
        await acceptances.getByText(approverPerson.name).waitFor();
        await acceptances.getByRole('button', { name: 'Revoke this acceptance' }).waitFor();
      });

      await page.reload();
      await page
        .getByRole('table', { name: 'Acceptances' })
        .getByText('Valid', { exact: true })
        .waitFor();
      await page.getByText('Accepted', { exact: true }).first().waitFor();
      await page.getByText('Risk created').waitFor();
      await page.waitForLoadState('networkidle');
      await expect(violationsOn(page)).resolves.toEqual([]);
      await page.screenshot({ path: '/tmp/shots/risk-record.png', fullPage: true });

      // Loaded afresh, as the accessibility check loads pages: the nav's highlight is settled.
      await page.goto(riskUrl.replace(/\/[^/]+$/, ''));
      await page.getByRole('heading', { name: 'AI risks', level: 1 }).waitFor();
      await page
        .getByRole('button', {
          name: 'Residual: likelihood 2 Unlikely, consequence 2 Minor — 1 risk',
        })
        .waitFor();
      await page.getByText('0 not scored · 0 awaiting re-assessment').waitFor();
      const trend = page.getByRole('region', { name: 'Risk trend' });
      const thisMonth = trend.getByRole('row').filter({ hasText: '(so far)' });
      // The typo risk (low) and the treated one (residual low), both open.
      await expect(thisMonth.getByRole('cell').last().textContent()).resolves.toBe('2');
      await page.waitForLoadState('networkidle');
      await expect(violationsOn(page)).resolves.toEqual([]);
      await page.screenshot({ path: '/tmp/shots/risks-page.png', fullPage: true });

      await page.getByRole('button', { name: 'Export' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: /Risk report/ }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^ai-risk-report-.*\.pdf$/);
      const report = (await pdfText(await readFile(await download.path()))).text;
      expect(report).toContain('Residual (1 open)');
      expect(report).toContain(STATEMENT);
    });
  }, 120_000);

  it('says where to approve the risk criteria before any are, and records unscored risks', async () => {
    const { organization, manager } = await createAuditee(e2e.services);
    await e2e.services.risks.create(manager.actor, organization.id, {
      statement: 'Suppliers change their models without notice',
      kind: 'opportunity',
    });
    await e2e.withPage(async (page) => {
      await signIn(page, { email: manager.email, name: `User ${manager.email}` });
      await page.goto(`/orgs/${organization.id}/risks`);
      const alert = page.getByRole('alert').filter({ hasText: 'No risk criteria approved yet' });
      await alert.waitFor();
      const table = page.getByRole('table', { name: 'AI risks' });
      await table.getByText('Opportunity', { exact: true }).waitFor();
      await table.getByText('Not scored', { exact: true }).first().waitFor();
      await page.waitForLoadState('networkidle');
      await expect(violationsOn(page)).resolves.toEqual([]);
      await page.screenshot({ path: '/tmp/shots/risks-no-criteria.png', fullPage: true });
      await alert.getByRole('link', { name: 'Open the risk criteria' }).click();
      await page.waitForURL((url) => url.pathname === `/orgs/${organization.id}/risk-criteria`);
      await page.getByRole('heading', { name: 'AI risk criteria', level: 1 }).waitFor();
    });
  });
});
