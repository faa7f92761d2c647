/**
 * Cross-site request forgery: a page on another origin (another port of the
 * same host included) cannot use the browser's session cookie to change data.
 */
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../src/services/secrets.js';
import { TEST_PASSWORD } from '../harness/services.js';
import { call, errorOf } from '../harness/api.js';
import { orgApiForSuite } from '../harness/org-api.js';
import { multipartFile } from '../harness/upload.js';

const HOST = 'aims.example.test:8080';
const OWN = `http://${HOST}`;
const FORM = 'multipart/form-data; boundary=x';
const FORM_BODY = '--x\r\nContent-Disposition: form-data; name="reason"\r\n\r\nforged\r\n--x--\r\n';

describe('requests from other sites', () => {
  const api = orgApiForSuite({}, { manager: ['admin', 'aims_manager'] });
  let documentId: string;
  let cookie: string;
  const asBrowser = (options: InjectOptions & { headers?: Record<string, string> }) =>
    api.ctx.app.inject({
      ...options,
      headers: { host: HOST, cookie: `${SESSION_COOKIE}=${cookie}`, ...options.headers },
    });
  const retire = (headers: Record<string, string>, payload: string = FORM_BODY) =>
    asBrowser({
      method: 'POST',
      url: `/api/v1/orgs/${api.orgId}/documents/${documentId}/retire`,
      headers: { 'content-type': FORM, ...headers },
      payload,
    });
  const documentStatus = async () =>
    (
      await call(api.ctx, api.manager, {
        method: 'GET',
        url: `/api/v1/orgs/${api.orgId}/documents/${documentId}`,
      })
    ).json<{ retiredAt: string | null }>().retiredAt;

  beforeAll(async () => {
    const created = await call(api.ctx, api.manager, {
      method: 'POST',
      url: `/api/v1/orgs/${api.orgId}/documents`,
      payload: { title: 'AI policy', kind: 'ai_policy' },
    });
    expect(created.statusCode).toBe(201);
    documentId = created.json<{ id: string }>().id;
    const login = await api.ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { host: HOST, origin: OWN },
      payload: { email: api.manager.email, password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    cookie = login.cookies.find((c) => c.name === SESSION_COOKIE)?.value ?? '';
    expect(cookie).not.toBe('');
  });

  it('refuses a form posted with the session cookie from another port, host or an opaque origin', async () => {
    for (const origin of ['http://aims.example.test:9090', 'http://evil.test', 'null']) {
      const response = await retire({ origin });
      expect(response.statusCode).toBe(403);
      expect(errorOf(response).code).toBe('REQUEST_CROSS_SITE');
    }
    const fetchMetadataOnly = await retire({ 'sec-fetch-site': 'same-site' });
    expect(errorOf(fetchMetadataOnly).code).toBe('REQUEST_CROSS_SITE');
    expect(await documentStatus()).toBeNull();
  });

  it('refuses a sign-in and a sign-out from another site', async () => {
    const login = await api.ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { host: HOST, origin: 'http://evil.test' },
      payload: { email: api.manager.email, password: TEST_PASSWORD },
    });
    expect(errorOf(login).code).toBe('REQUEST_CROSS_SITE');
    const logout = await asBrowser({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { origin: 'http://evil.test' },
    });
    expect(errorOf(logout).code).toBe('REQUEST_CROSS_SITE');
    const me = await asBrowser({ method: 'GET', url: '/api/v1/auth/me' });
    expect(me.statusCode).toBe(200);
  });

  it('takes form uploads only on routes that take a file, even from its own origin', async () => {
    const response = await retire({ origin: OWN });
    expect(response.statusCode).toBe(415);
    expect(errorOf(response).code).toBe('REQUEST_UNSUPPORTED_MEDIA_TYPE');
    expect(await documentStatus()).toBeNull();
    const logout = await asBrowser({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { origin: OWN, 'content-type': FORM },
      payload: FORM_BODY,
    });
    expect(logout.statusCode).toBe(415);
    const file = multipartFile(
      'systems.csv',
      'Name,Purpose,Life-cycle stage,In AIMS scope\nA,B,deployment,yes\n',
    );
    const upload = await asBrowser({
      method: 'POST',
      url: `/api/v1/orgs/${api.orgId}/ai-systems/import?dryRun=true`,
      payload: file.payload,
      headers: { ...file.headers, origin: OWN },
    });
    expect(upload.statusCode, upload.body).toBe(200);
  });

  it('lets the application itself and API-token clients write', async () => {
    const own = await asBrowser({
      method: 'POST',
      url: `/api/v1/orgs/${api.orgId}/documents/${documentId}/retire`,
      headers: { origin: OWN, 'content-type': 'application/json' },
      payload: JSON.stringify({ reason: 'Replaced' }),
    });
    expect(own.statusCode).toBe(200);
    const token = await call(api.ctx, api.manager, {
      method: 'POST',
      url: `/api/v1/orgs/${api.orgId}/ai-systems`,
      headers: { origin: 'http://evil.test' },
      payload: { name: 'By token', purpose: 'p', lifecycleStage: 'inception', isInScope: true },
    });
    expect(token.statusCode).toBe(201);
  });
});
