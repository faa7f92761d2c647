/**
 * One source of truth for what is in scope: with an approved scope of four AI
 * systems and two more systems added to the inventory as in scope, the
 * inventory marks each system covered or not and both the inventory and the
 * scope page warn that the two disagree.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createAiSystem, createAuditee, createUser } from '../harness/services.js';
import { e2eForSuite } from './browser.js';
import { submitSignIn } from './sign-in.js';

const signIn = async (page: Page, email: string) => {
  await page.goto('/');
  await submitSignIn(page, email);
  await page.getByRole('heading', { name: 'AI systems', level: 1 }).waitFor();
};

describe('the approved scope beside the inventory', () => {
  const e2e = e2eForSuite();

  it('warns on both pages when the inventory’s in-scope flags and the approved scope disagree', async () => {
    const { services } = e2e;
    const { organization, manager } = await createAuditee(services);
    const approver = await createUser(services, organization, ['approver']);
    const ids: string[] = [];
    for (const name of ['Claims triage', 'Fraud scoring', 'Chat assistant', 'Document OCR']) {
      ids.push((await createAiSystem(services, manager, organization.id, { name })).id);
    }
    const draft = await services.scope.createDraft(manager.actor, organization.id, {
      statement: 'The AIMS covers the AI used in claims handling.',
      sites: [{ name: 'Head office', location: 'Leeds', peopleInScope: 120 }],
      aiRoles: ['ai_provider'],
      aiSystemIds: ids,
    });
    await services.scope.submit(manager.actor, organization.id, draft.id);
    await services.scope.approve(approver.actor, organization.id, draft.id);
    for (const name of ['Pricing model', 'Email triage']) {
      await createAiSystem(services, manager, organization.id, { name });
    }

    await e2e.withPage(async (page) => {
      await signIn(page, manager.email);
      const warning = page.getByRole('alert').filter({
        hasText: 'The inventory and the approved scope disagree',
      });
      await warning.waitFor();
      expect(await warning.textContent()).toContain(
        'The inventory marks 6 AI systems in scope; the approved scope (version 1) lists 4 AI systems of the inventory.',
      );
      await warning
        .getByText('Marked in scope, not in the approved scope: Email triage, Pricing model')
        .waitFor();

      const table = page.getByRole('table', { name: 'AI systems' });
      const rowOf = (name: string) => table.getByRole('row').filter({ hasText: name });
      await rowOf('Pricing model').getByText('Not covered · mismatch').waitFor();
      await rowOf('Claims triage').getByText('Covered', { exact: true }).waitFor();

      await warning.getByRole('link', { name: 'Open the AIMS scope' }).click();
      await page.getByRole('heading', { name: 'AIMS scope', level: 1 }).waitFor();
      await page
        .getByRole('alert')
        .filter({ hasText: 'The inventory and the approved scope disagree' })
        .getByText('Marked in scope, not in the approved scope: Email triage, Pricing model')
        .waitFor();
    });
  });
});
