/** Steps the browser tests share: signing a person in and out, moving between pages, picking a choice. */
import type { Locator, Page } from 'playwright-core';
import { submitSignIn } from './sign-in.js';

export interface Person {
  readonly email: string;
  readonly name: string;
}

export const signIn = async (page: Page, person: Person) => {
  await page.goto('/');
  await page.getByRole('heading', { name: 'Sign in to AIMS Workbench' }).waitFor();
  await submitSignIn(page, person.email);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
};

export const signOut = async (page: Page, person: Person) => {
  await page.getByRole('button', { name: `Account menu for ${person.name}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in to AIMS Workbench' }).waitFor();
};

export const openPage = async (page: Page, link: string, heading: string) => {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: link, exact: true })
    .click();
  await page.getByRole('heading', { name: heading, level: 1, exact: true }).waitFor();
};

export const choose = async (page: Page, field: Locator, option: string) => {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
};

/**
 * Waits until no notification is showing. One pauses while the pointer is over it, so one lying
 * on the next button to press would keep that click from ever landing.
 */
export const notificationsGone = (page: Page) =>
  page.waitForFunction(
    () => document.querySelector('button[aria-label="Dismiss notification"]') === null,
  );
