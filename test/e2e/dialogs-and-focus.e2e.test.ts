/**
 * Dialogs and focus as a keyboard user meets them: a form dialog with typed
 * input asks before discarding it (Esc, a click outside, the close button,
 * Cancel) and a clean one closes at once; the close button has a name; the
 * focus stays on the page after Revise, Save draft and Discard draft.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoCredential } from '../../src/services/demo-seed.service.js';
import { e2eForSuite } from './browser.js';
import { submitSignIn } from './sign-in.js';

describe('dialogs and focus', () => {
  const e2e = e2eForSuite();
  let manager: DemoCredential;

  beforeAll(async () => {
    const credentials = await e2e.services.demo.seed();
    const found = credentials.find((entry) => entry.email === 'manager@northwind.example');
    if (!found) throw new Error('the demo has no AIMS manager');
    manager = found;
  });

  const signIn = async (page: Page) => {
    await page.goto('/');
    await submitSignIn(page, manager.email, manager.password);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    return /\/orgs\/([^/]+)/.exec(page.url())?.[1] ?? '';
  };

  /** What holds the focus now: the body, or a tag with its text. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const active = document.activeElement;
      if (!active || active === document.body) return 'body';
      return `${active.tagName.toLowerCase()}: ${active.textContent?.trim().slice(0, 40) ?? ''}`;
    });

  it('asks before discarding typed input, and closes a clean form at once', async () => {
    await e2e.withPage(async (page) => {
      const orgId = await signIn(page);
      await page.goto(`/orgs/${orgId}/ai-systems`);
      const addButton = page.getByRole('button', { name: 'Add AI system' });
      const dialog = page.getByRole('dialog', { name: 'Add AI system' });
      const prompt = dialog.getByRole('alert').filter({ hasText: 'Discard your changes?' });

      await addButton.click();
      await dialog.getByRole('button', { name: 'Close dialog' }).waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });

      await addButton.click();
      const name = dialog.getByRole('textbox', { name: 'Name' });
      await name.fill('Fraud scoring model');
      for (const close of [
        () => page.keyboard.press('Escape'),
        () => dialog.getByRole('button', { name: 'Close dialog' }).click(),
        () => dialog.getByRole('button', { name: 'Cancel' }).click(),
        () => page.mouse.click(5, 400),
      ]) {
        await close();
        await prompt.waitFor();
        expect(await focused(page)).toBe('button: Keep editing');
        await dialog.getByRole('button', { name: 'Keep editing' }).click();
        await prompt.waitFor({ state: 'detached' });
        expect(await name.inputValue()).toBe('Fraud scoring model');
      }

      await page.keyboard.press('Escape');
      await dialog.getByRole('button', { name: 'Discard changes' }).click();
      await dialog.waitFor({ state: 'detached' });
      await addButton.click();
      expect(await dialog.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('');
    });
  });

  it('keeps the focus on the page after revise, save draft and discard', async () => {
    await e2e.withPage(async (page) => {
      const orgId = await signIn(page);
      await page.goto(`/orgs/${orgId}/scope`);
      await page.getByRole('button', { name: 'Revise scope' }).click();
      const save = page.getByRole('button', { name: 'Save draft' });
      await save.waitFor();
      await expect.poll(() => focused(page)).not.toBe('body');

      await save.click();
      const discard = page.getByRole('button', { name: 'Discard draft' });
      await discard.waitFor();
      await expect.poll(() => focused(page)).not.toBe('body');

      await discard.click();
      await page
        .getByRole('dialog', { name: 'Discard the draft' })
        .getByRole('button', { name: 'Discard draft' })
        .click();
      await page.getByRole('button', { name: 'Revise scope' }).waitFor();
      await expect.poll(() => focused(page)).not.toBe('body');
    });
  });
});
