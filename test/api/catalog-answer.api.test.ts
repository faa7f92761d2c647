/**
 * The catalog is written once and served as it is: the same bytes in every
 * encoding, an entity tag, and 304 to a client holding the current version.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { orgApiForSuite } from '../harness/org-api.js';

describe('the catalog answer', () => {
  const api = orgApiForSuite({ name: 'Catalog Co' }, {});
  const get = (headers: Record<string, string> = {}) =>
    api.ctx.app.inject({ method: 'GET', url: '/api/v1/catalog', headers });

  it('answers the catalog through its schema, with an entity tag and public caching', async () => {
    const response = await get();
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=3600');
    expect(response.headers.etag).toMatch(/^"[\w-]{27}"$/);
    expect(response.headers['content-encoding']).toBeUndefined();
    const catalog = response.json<{ clauses: unknown[]; annexA: { controls: unknown[] } }>();
    expect(catalog.annexA.controls).toHaveLength(38);
    expect(catalog).toEqual(JSON.parse(JSON.stringify(api.ctx.services.catalog.get())));
  });

  it('sends the same bytes compressed with brotli or gzip, as the client accepts', async () => {
    const plain = (await get()).rawPayload;
    const br = await get({ 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(brotliDecompressSync(br.rawPayload).equals(plain)).toBe(true);
    const gzip = await get({ 'accept-encoding': 'gzip, br;q=0' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).equals(plain)).toBe(true);
    expect((await get({ 'accept-encoding': 'identity' })).rawPayload.equals(plain)).toBe(true);
  });

  it('answers 304 without a body to a client holding the current version, 200 otherwise', async () => {
    const { etag } = (await get()).headers;
    expect(typeof etag).toBe('string');
    for (const held of [String(etag), `W/${String(etag)}`, `"other", ${String(etag)}`, '*']) {
      const response = await get({ 'if-none-match': held });
      expect(response.statusCode, held).toBe(304);
      expect(response.rawPayload).toHaveLength(0);
      expect(response.headers.etag).toBe(etag);
    }
    expect((await get({ 'if-none-match': '"stale"' })).statusCode).toBe(200);
  });
});
