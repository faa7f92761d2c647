import { chromium } from 'playwright-core';
const [, , email, password, ...steps] = process.argv;
const base = 'http://127.0.0.1:3119';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
const page = await context.newPage();
await page.goto(base + '/');
await page.getByRole('textbox', { name: 'Email' }).fill(email);
await page.getByLabel('Password', { exact: true }).fill(password);
await page.getByRole('button', { name: 'Sign in' }).click();
await page.waitForURL(/orgs\//, { timeout: 15000 });
const orgId = page.url().match(/orgs\/([^/]+)/)[1];
console.log('org', orgId);
globalThis.page = page; globalThis.orgId = orgId; globalThis.base = base;
for (const step of steps) {
  const mod = await import(step);
  await mod.default(page, orgId, base);
}
await browser.close();
