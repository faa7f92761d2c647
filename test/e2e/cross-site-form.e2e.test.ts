/**
 * A page on another port of the same host posts a form to retire a document
 * while the person is signed in: the browser sends the session cookie (same
 * site), and nothing changes.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, createAuditee } from '../harness/services.js';
import { e2eForSuite } from './browser.js';

const forgedForm = (action: string) => `<!doctype html>
<title>Win a prize</title>
<form id="f" method="POST" enctype="multipart/form-data" action="${action}">
  <input name="reason" value="forged">
</form>
<script>document.getElementById('f').submit()</script>`;

describe('a form from another site', () => {
  const e2e = e2eForSuite();
  let attacker: Server;
  let attackerUrl: string;
  let action = '';

  beforeAll(async () => {
    attacker = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' }).end(forgedForm(action));
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await new Promise((resolve) => attacker?.close(resolve));
  });

  it('cannot retire a document with the signed-in person’s session', async () => {
    const { organization, manager } = await createAuditee(e2e.services);
    await e2e.withPage(async (page, context) => {
      const login = await context.request.post('/api/v1/auth/login', {
        data: { email: manager.email, password: TEST_PASSWORD },
      });
      expect(login.status()).toBe(200);
      const created = await context.request.post(`/api/v1/orgs/${organization.id}/documents`, {
        data: { title: 'AI policy', kind: 'ai_policy' },
      });
      expect(created.status()).toBe(201);
      const { id } = (await created.json()) as { id: string };
      action = `${e2e.baseUrl}/api/v1/orgs/${organization.id}/documents/${id}/retire`;

      const forged = page.waitForResponse((response) => response.url() === action);
      await page.goto(attackerUrl);
      const answer = await forged;
      expect((await answer.request().allHeaders())['cookie'] ?? '').toContain('aims_session');
      expect(answer.status()).toBe(403);

      const after = await context.request.get(`/api/v1/orgs/${organization.id}/documents/${id}`);
      expect(((await after.json()) as { retiredAt: string | null }).retiredAt).toBeNull();
    });
  });
});
