/** Response headers: CSP on the web UI, HSTS over TLS, and API answers kept out of caches. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { CONTENT_SECURITY_POLICY } from '../../src/http/security-headers.js';
import { orgApiForSuite } from '../harness/org-api.js';

describe('security headers', () => {
  const api = orgApiForSuite({}, { user: ['viewer'] });
  let app: FastifyInstance;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'aims-web-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>AIMS</title>');
    app = await buildApp({ services: api.ctx.services, webRoot, trustProxy: true });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('sends a Content-Security-Policy with the web UI that allows only its own origin', async () => {
    for (const url of ['/', '/orgs/x/ai-systems']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers['x-frame-options']).toBe('DENY');
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('keeps authenticated API answers out of every cache, but lets the public catalog be cached', async () => {
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${api.user.token}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.headers['cache-control']).toBe('no-store');
    const refused = await app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(refused.headers['cache-control']).toBe('no-store');
    const catalog = await app.inject({ method: 'GET', url: '/api/v1/catalog' });
    expect(catalog.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('sends HSTS only when the request came over TLS', async () => {
    const overTls = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(overTls.headers['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
    const plain = await app.inject({ method: 'GET', url: '/api/health' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });
});
