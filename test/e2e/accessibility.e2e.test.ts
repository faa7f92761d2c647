/**
 * Every page of the seeded demo, checked by axe-core in Chromium after it has
 * rendered (and with a form dialog open): no serious or critical violation of
 * WCAG 2.x A/AA or the best-practice rules.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoCredential } from '../../src/services/demo-seed.service.js';
import { e2eForSuite } from './browser.js';
import { submitSignIn } from './sign-in.js';

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/** The serious and critical violations on the page as it is now, one line each. */
const violationsOn = async (page: Page) => {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''))
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ` +
        violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | '),
    );
};

const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).first();

describe('accessibility of every page', () => {
  const e2e = e2eForSuite();
  let manager: DemoCredential;
  let orgId: string;

  beforeAll(async () => {
    const credentials = await e2e.services.demo.seed();
    const found = credentials.find((entry) => entry.email === 'manager@northwind.example');
    if (!found) throw new Error('the demo has no AIMS manager');
    manager = found;
  });

  const signIn = async (page: Page) => {
    await page.goto('/');
    await page.getByRole('heading', { name: 'Sign in to AIMS Workbench' }).waitFor();
    await submitSignIn(page, manager.email, manager.password);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    orgId = /\/orgs\/([^/]+)/.exec(page.url())?.[1] ?? '';
    expect(orgId).not.toBe('');
  };

  /** Loads the page, waits for its heading and data, and gives its violations. */
  const check = async (page: Page, path: string) => {
    await page.goto(path);
    await h1(page).waitFor();
    await page.waitForLoadState('networkidle');
    await page
      .locator('.mantine-Skeleton-root, [aria-busy="true"]')
      .first()
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    return (await violationsOn(page)).map((line) => `${path}: ${line}`);
  };

  /** The first record a register page links to, as its own address. */
  const firstRecordOf = async (page: Page, register: string) => {
    await page.goto(`/orgs/${orgId}/${register}`);
    const link = page.locator(`a[href*="/orgs/${orgId}/${register}/"]`).first();
    await link.waitFor();
    return (await link.getAttribute('href')) ?? '';
  };

  it('finds no serious or critical violation on the sign-in page', async () => {
    await e2e.withPage(async (page) => {
      await page.goto('/sign-in');
      await page.getByRole('heading', { name: 'Sign in to AIMS Workbench' }).waitFor();
      expect(await violationsOn(page)).toEqual([]);
    });
  });

  it('finds none on any page of the demo, nor in a form dialog', async () => {
    await e2e.withPage(async (page) => {
      await signIn(page);
      const org = `/orgs/${orgId}`;
      const pages = [
        '/catalog',
        '/account',
        '/settings',
        org,
        `${org}/scope`,
        `${org}/risk-criteria`,
        `${org}/impact-assessments`,
        `${org}/ai-systems`,
        `${org}/context`,
        `${org}/obligations`,
        `${org}/objectives`,
        `${org}/documents`,
        `${org}/required-documents`,
        `${org}/risks`,
        `${org}/risk-treatment-plan`,
        `${org}/soa`,
        `${org}/organization-controls`,
        `${org}/evidence`,
        `${org}/members`,
        `${org}/audit-trail`,
        `${org}/notifications`,
      ];
      for (const register of ['ai-systems', 'obligations', 'objectives', 'documents', 'evidence'])
        pages.push(await firstRecordOf(page, register));
      const found: string[] = [];
      for (const path of pages) found.push(...(await check(page, path)));

      await page.goto(`${org}/ai-systems`);
      await page.getByRole('button', { name: 'Add AI system' }).click();
      await page.getByRole('dialog').getByRole('textbox').first().waitFor();
      found.push(...(await violationsOn(page)).map((line) => `Add AI system dialog: ${line}`));

      await page.goto(`${org}/organization-controls`);
      await page.getByRole('button', { name: 'Add control' }).first().click();
      await page.getByRole('dialog').getByRole('textbox').first().waitFor();
      found.push(
        ...(await violationsOn(page)).map((line) => `Add organization control dialog: ${line}`),
      );
      expect(found).toEqual([]);
    });
  }, 300_000);
});
