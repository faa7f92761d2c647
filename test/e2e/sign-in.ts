/** The sign-in form steps the browser tests share; each test then waits for the page it expects. */
import type { Page } from 'playwright-core';
import { TEST_PASSWORD } from '../harness/services.js';

export const submitSignIn = async (page: Page, email: string, password = TEST_PASSWORD) => {
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
};
