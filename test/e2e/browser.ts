/**
 * The built app (dist/web) served by the real HTTP app over a fresh test
 * database, and Debian's Chromium driven by playwright-core.
 */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildApp } from '../../src/http/app.js';
import { suiteFixture } from '../harness/fixture.js';
import { createTestContext } from '../harness/services.js';
import type { TestContext, TestDeps } from '../harness/services.js';

const WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface E2eContext extends TestContext {
  readonly app: FastifyInstance;
  readonly browser: Browser;
  readonly baseUrl: string;
  /** A fresh browser context (no cookies, no storage) with one page. */
  newPage(): Promise<{ page: Page; context: BrowserContext }>;
  /** Runs `use` on a page of a fresh browser context, and closes the context however `use` ends. */
  withPage<T>(use: (page: Page, context: BrowserContext) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A port nobody listens on now, for a server that must know its address before it starts. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

/** `depsFor` gives services that need the server's address (e-mail links) their parts. */
export const startE2e = async (depsFor?: (baseUrl: string) => TestDeps): Promise<E2eContext> => {
  const fixedPort = depsFor ? await freePort() : 0;
  const ctx = await createTestContext(depsFor?.(`http://127.0.0.1:${fixedPort}`) ?? {});
  // Session cookies expire by the server's clock; keep it on the browser's real time.
  ctx.clock.advanceSeconds((Date.now() - ctx.clock.now().getTime()) / 1000);
  const app = await buildApp({ services: ctx.services, webRoot: WEB_ROOT });
  await app.listen({ port: fixedPort, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  // Whatever the Content-Security-Policy blocks is a defect of the page, reported at close.
  const blockedByPolicy: string[] = [];
  const newPage = async () => {
    const context = await browser.newContext({ baseURL: baseUrl, locale: 'en-GB' });
    // Generous, because CI runs the browser tests beside every other suite on two cores.
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('Content Security Policy'))
        blockedByPolicy.push(message.text());
    });
    return { page, context };
  };
  return {
    ...ctx,
    app,
    browser,
    baseUrl,
    newPage,
    async withPage(use) {
      const { page, context } = await newPage();
      try {
        return await use(page, context);
      } finally {
        await context.close();
      }
    },
    async close() {
      await browser.close();
      await app.close();
      await ctx.db.cleanup();
      if (blockedByPolicy.length > 0)
        throw new Error(`The Content-Security-Policy blocked: ${blockedByPolicy.join(' | ')}`);
    },
  };
};

/** startE2e for the tests of a describe block: started before the first, closed after the last. */
export const e2eForSuite = (): E2eContext => suiteFixture(startE2e, (e2e) => e2e.close());
