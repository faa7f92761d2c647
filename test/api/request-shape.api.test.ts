/** Hostile request shapes (deep nesting, prototype keys, NUL in keys) are a 400, never a 500. */
import { describe, expect, it } from 'vitest';
import { MAX_REQUEST_DEPTH } from '../../src/http/text-guard.js';
import { call, errorOf } from '../harness/api.js';
import type { ApiUser } from '../harness/api.js';
import { orgApiForSuite } from '../harness/org-api.js';

const nested = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const nestedArrays = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('hostile request shapes', () => {
  const api = orgApiForSuite({}, { manager: ['aims_manager'] });
  const post = (url: string, payload: string, user?: ApiUser) =>
    user
      ? call(api.ctx, user, {
          method: 'POST',
          url,
          payload,
          headers: { 'content-type': 'application/json' },
        })
      : api.ctx.app.inject({
          method: 'POST',
          url,
          payload,
          headers: { 'content-type': 'application/json' },
        });

  it('answers 400 REQUEST_TOO_DEEP to a sign-in body nested thousands of levels deep', async () => {
    for (const body of [nested(5_000), nestedArrays(100_000), `{"email":${nested(3_000)}}`]) {
      const response = await post('/api/v1/auth/login', body);
      expect(response.statusCode).toBe(400);
      expect(errorOf(response)).toMatchObject({
        code: 'REQUEST_TOO_DEEP',
        details: { issues: [{ field: expect.stringMatching(/^body/) }] },
      });
    }
  });

  it('refuses depth on an authenticated write route and in the query string, and writes nothing', async () => {
    const url = `/api/v1/orgs/${api.orgId}/ai-systems`;
    const deep = await post(
      url,
      `{"name":"Deep","purpose":${nested(MAX_REQUEST_DEPTH + 1)}}`,
      api.manager,
    );
    expect(deep.statusCode).toBe(400);
    expect(errorOf(deep).code).toBe('REQUEST_TOO_DEEP');
    const query = await call(api.ctx, api.manager, {
      method: 'GET',
      url: `${url}?${'q'.repeat(1)}${'[a]'.repeat(60)}=1`,
    });
    expect(query.statusCode).toBeLessThan(500);
    const list = await call(api.ctx, api.manager, { method: 'GET', url });
    expect(list.json()).toMatchObject({ total: 0 });
  });

  it('takes a body just under the depth limit to ordinary validation', async () => {
    const response = await post('/api/v1/auth/login', nested(MAX_REQUEST_DEPTH - 1));
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).code).not.toBe('REQUEST_TOO_DEEP');
  });

  it('answers 400 to prototype keys and NUL in keys, with no effect on other objects', async () => {
    const url = `/api/v1/orgs/${api.orgId}/ai-systems`;
    const bodies = [
      '{"__proto__":{"isAdmin":true},"name":"P","purpose":"p","lifecycleStage":"inception","isInScope":true}',
      '{"constructor":{"prototype":{"isAdmin":true}},"name":"C","purpose":"p","lifecycleStage":"inception","isInScope":true}',
      '{"name":"K","purpose":"p","lifecycleStage":"inception","isInScope":true,"x\\u0000":1}',
    ];
    for (const body of bodies) {
      const response = await post(url, body, api.manager);
      expect(response.statusCode).toBe(400);
    }
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    const list = await call(api.ctx, api.manager, { method: 'GET', url });
    expect(list.json()).toMatchObject({ total: 0 });
  });
});
