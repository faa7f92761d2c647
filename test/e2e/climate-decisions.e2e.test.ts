/**
 * The climate decisions of clauses 4.1 and 4.2 on the context page: a
 * question nobody answered reads "Not yet considered", unlike a considered
 * "not relevant"; recording one needs the reason and shows who decided.
 */
import { describe, expect, it } from 'vitest';
import { createAuditee } from '../harness/services.js';
import { e2eForSuite } from './browser.js';
import { submitSignIn } from './sign-in.js';

describe('climate decisions in the browser', () => {
  const e2e = e2eForSuite();

  it('records "considered, not relevant" with its reason, apart from "not yet considered"', async () => {
    const { manager } = await createAuditee(e2e.services);
    await e2e.withPage(async (page) => {
      await page.goto('/');
      await submitSignIn(page, manager.email);
      await page.getByRole('heading', { name: 'AI systems', level: 1 }).waitFor();
      await page.getByRole('link', { name: 'Context & interested parties' }).click();

      const issueCard = page.getByRole('region', {
        name: 'Clause 4.1: Is climate change a relevant issue for the organization?',
      });
      const partiesCard = page.getByRole('region', {
        name: 'Clause 4.2: Do interested parties have climate-related requirements?',
      });
      await issueCard.getByText('Not yet considered').waitFor();
      await partiesCard.getByText('Not yet considered').waitFor();

      await issueCard.getByRole('button', { name: 'Record decision' }).click();
      await issueCard.getByRole('radio', { name: 'Not relevant' }).check();
      await issueCard.getByRole('button', { name: 'Record decision' }).click();
      await issueCard
        .getByText('Reason is required')
        .or(issueCard.getByText(/say why/i))
        .first()
        .waitFor();

      await issueCard
        .getByRole('textbox', { name: 'Reason' })
        .fill(
          'All models run in a hosted region on renewable power; no site faces climate hazards.',
        );
      await issueCard.getByRole('button', { name: 'Record decision' }).click();
      await issueCard.getByText('Considered, not relevant').waitFor();
      await issueCard.getByText(/^Decided by /).waitFor();
      expect(await partiesCard.getByText('Not yet considered').count()).toBe(1);
    });
  });
});
