/**
 * A scope version's history reads in the editor's words: its life-cycle
 * events (created, submitted, approved) and what changed, with labels for
 * the AI roles and names for the AI systems, context issues and interested
 * parties it refers to, never their ids.
 */
import { describe, expect, it } from 'vitest';
import { createAiSystem, createAuditee, createUser } from '../harness/services.js';
import { e2eForSuite } from './browser.js';
import { submitSignIn } from './sign-in.js';

describe('the history of a scope version', () => {
  const e2e = e2eForSuite();

  it('shows every life-cycle event and readable values', async () => {
    const { services } = e2e;
    const { organization, manager } = await createAuditee(services);
    const approver = await createUser(services, organization, ['approver']);
    const system = await createAiSystem(services, manager, organization.id, {
      name: 'Claims triage',
    });
    const issue = await services.contextIssues.create(manager.actor, organization.id, {
      kind: 'external',
      title: 'EU AI Act obligations phase in',
    });
    const party = await services.interestedParties.create(manager.actor, organization.id, {
      name: 'Policyholders',
      kind: 'external',
      requirements: [{ requirement: 'Fair claim decisions', isAddressed: false }],
    });
    const draft = await services.scope.createDraft(manager.actor, organization.id, {
      statement: 'The AIMS covers the AI used in claims handling.',
      sites: [{ name: 'Head office', location: 'Leeds', peopleInScope: 120 }],
      aiRoles: ['ai_provider', 'ai_customer'],
      aiSystemIds: [system.id],
      contextIssueIds: [issue.id],
      partyRequirements: [{ interestedPartyId: party.id, requirement: 'Fair claim decisions' }],
    });
    await services.scope.submit(manager.actor, organization.id, draft.id);
    await services.scope.approve(approver.actor, organization.id, draft.id);

    await e2e.withPage(async (page) => {
      await page.goto('/');
      await submitSignIn(page, manager.email);
      await page.getByRole('heading', { name: 'AI systems', level: 1 }).waitFor();
      await page.goto(`/orgs/${organization.id}/scope`);
      await page.getByRole('tab', { name: /Version history/ }).click();
      await page.getByRole('button', { name: 'View version 1' }).click();
      const dialog = page.getByRole('dialog', { name: 'AIMS scope, version 1' });
      const history = dialog.locator('section', { hasText: 'History' });
      for (const event of [
        'Scope version created',
        'Scope version submitted',
        'Scope version approved',
      ]) {
        await history.getByText(event, { exact: true }).first().waitFor();
      }
      await history.getByText('AI provider, AI customer').first().waitFor();
      await history.getByText('EU AI Act obligations phase in').first().waitFor();
      await history
        .getByText('Interested party: Policyholders; Requirement: Fair claim decisions')
        .first()
        .waitFor();
      const text = (await history.textContent()) ?? '';
      for (const id of [system.id, issue.id, party.id]) expect(text).not.toContain(id);
      expect(text).not.toContain('ai_provider');
      expect(text).not.toContain('{');
    });
  });
});
