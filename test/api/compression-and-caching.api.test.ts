/**
 * The built web UI (dist/web, from `npm run build:web`) and the API as a
 * browser receives them: hashed assets cached for a year and sent from their
 * precompressed copies, index.html revalidated on every load, JSON answers
 * over 1 KiB compressed only when asked for.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIFECYCLE_STAGES } from '../../src/domain/ai-system/ai-system.js';
import { buildApp } from '../../src/http/app.js';
import { CONTENT_SECURITY_POLICY } from '../../src/http/security-headers.js';
import { orgApiForSuite } from '../harness/org-api.js';

const WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));
const IMMUTABLE = 'public, max-age=31536000, immutable';

const decoders = { br: brotliDecompressSync, gzip: gunzipSync } as const;

/** The body as sent on the wire (inject decodes nothing). */
const decoded = (encoding: keyof typeof decoders, body: Buffer) => decoders[encoding](body);

describe('compression and caching of the web UI and the API', () => {
  const api = orgApiForSuite({ name: 'Compressed Co' }, { manager: ['aims_manager'] });
  let app: FastifyInstance;
  let script: string;

  const get = (url: string, headers: InjectOptions['headers'] = {}) =>
    app.inject({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${api.manager.token}`, ...headers },
    });

  beforeAll(async () => {
    if (!existsSync(join(WEB_ROOT, 'index.html.br')))
      throw new Error('dist/web has no precompressed files: run `npm run build:web` first');
    const scripts = readdirSync(join(WEB_ROOT, 'assets')).filter((name) => name.endsWith('.js'));
    script = scripts.find((name) => name.startsWith('index-')) ?? '';
    expect(script).not.toBe('');
    app = await buildApp({ services: api.ctx.services, webRoot: WEB_ROOT });
    await app.ready();
    for (let index = 0; index < 40; index += 1) {
      const response = await app.inject({
        method: 'POST',
        url: `/api/v1/orgs/${api.orgId}/ai-systems`,
        headers: { authorization: `Bearer ${api.manager.token}` },
        payload: {
          name: `Claims assistant ${index}`,
          purpose: 'Sorts incoming insurance claims by urgency for the claims team.',
          lifecycleStage: LIFECYCLE_STAGES[index % LIFECYCLE_STAGES.length],
          isInScope: true,
        },
      });
      expect(response.statusCode).toBe(201);
    }
  });
  afterAll(async () => {
    await app.close();
  });

  it('sends a hashed asset cached for a year, from its brotli or gzip copy when accepted', async () => {
    const raw = readFileSync(join(WEB_ROOT, 'assets', script));
    for (const encoding of ['br', 'gzip'] as const) {
      const response = await get(`/assets/${script}`, { 'accept-encoding': encoding });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
      expect(response.headers['cache-control']).toBe(IMMUTABLE);
      expect(response.headers.vary).toMatch(/accept-encoding/i);
      expect(response.rawPayload.length).toBeLessThan(raw.length / 2);
      expect(decoded(encoding, response.rawPayload).equals(raw)).toBe(true);
    }
    const plain = await get(`/assets/${script}`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
    expect(plain.rawPayload.equals(raw)).toBe(true);
  });

  it('prefers brotli when the browser accepts both, as browsers do', async () => {
    const response = await get(`/assets/${script}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.headers['content-encoding']).toBe('br');
  });

  it('revalidates index.html and the pages of the web UI on every load, with the policy', async () => {
    const html = readFileSync(join(WEB_ROOT, 'index.html'));
    for (const url of ['/', '/index.html', `/orgs/${api.orgId}/ai-systems`]) {
      const response = await get(url, { 'accept-encoding': 'br' });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      expect(response.headers['content-security-policy'], url).toBe(CONTENT_SECURITY_POLICY);
      expect(decoded('br', response.rawPayload).equals(html), url).toBe(true);
    }
  });

  it('answers a missing asset with 404, not with the page', async () => {
    const response = await get('/assets/index-gone.js', { 'accept-encoding': 'br' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
  });

  it('never serves the precompressed copies under their own names', async () => {
    const response = await get(`/assets/${script}.br`);
    expect(response.statusCode).toBe(404);
  });

  it('compresses a large JSON answer only when the client asks for it', async () => {
    const url = `/api/v1/orgs/${api.orgId}/ai-systems?pageSize=50`;
    const plain = await get(url);
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(10_000);
    const rows = plain.json<{ items: unknown[] }>().items;
    expect(rows).toHaveLength(40);
    for (const encoding of ['br', 'gzip'] as const) {
      const response = await get(url, { 'accept-encoding': encoding });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(response.headers.vary).toMatch(/accept-encoding/i);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
      const body = JSON.parse(decoded(encoding, response.rawPayload).toString('utf8')) as {
        items: unknown[];
      };
      expect(body.items).toEqual(rows);
    }
  });

  it('compresses the public catalog, keeping its own caching', async () => {
    const response = await get('/api/v1/catalog', { 'accept-encoding': 'br' });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('leaves a small JSON answer as it is', async () => {
    const response = await get('/api/health', { 'accept-encoding': 'br, gzip' });
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.length).toBeLessThan(1024);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.json()).toMatchObject({ status: 'ok' });
  });
});
