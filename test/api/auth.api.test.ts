import { describe, expect, it } from 'vitest';
import { THROTTLE_RULES } from '../../src/domain/account/throttle.js';
import { call, errorOf } from '../harness/api.js';
import type { ApiTestContext } from '../harness/api.js';
import { orgApiForSuite, createOrgWithUser } from '../harness/org-api.js';
import { TEST_PASSWORD } from '../harness/services.js';

const login = (ctx: ApiTestContext, email: string, password: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

const sessionCookieOf = (response: { cookies: { name: string; value: string }[] }) =>
  response.cookies.find((cookie) => cookie.name === 'aims_session');

/** Signs in and gives the session cookie's value ('' when none was set). */
const sessionOf = async (ctx: ApiTestContext, email: string) =>
  sessionCookieOf(await login(ctx, email, TEST_PASSWORD))?.value ?? '';

const meWith = (ctx: ApiTestContext, session: string) =>
  ctx.app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { aims_session: session } });

describe('sign-in, sessions and API tokens', () => {
  const api = orgApiForSuite({ name: 'Acme AI' }, { user: ['aims_manager'], other: ['viewer'] });

  it('signs in with any letter case of the email and sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const response = await login(api.ctx, api.user.email.toUpperCase(), TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'aims_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(response.json()).toMatchObject({
      user: { email: api.user.email },
      memberships: [
        { organization: { name: 'Acme AI', kind: 'auditee' }, roles: ['aims_manager'] },
      ],
    });

    const me = await meWith(api.ctx, cookie?.value ?? '');
    expect(me.statusCode).toBe(200);
    expect(
      me.json<{ memberships: { permissions: string[] }[] }>().memberships[0]?.permissions,
    ).toContain('ai_system.write');
  });

  it('marks the cookie Secure behind a TLS-terminating proxy', async () => {
    const { buildApp } = await import('../../src/http/app.js');
    const app = await buildApp({ services: api.ctx.services, trustProxy: true });
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email: api.user.email, password: TEST_PASSWORD },
    });
    expect(sessionCookieOf(response)).toMatchObject({ secure: true });
    await app.close();
  });

  it('rejects a wrong password with 401 and the same message as an unknown email', async () => {
    const wrong = await login(api.ctx, api.user.email, 'not the password at all');
    const unknown = await login(api.ctx, 'nobody@example.test', 'not the password at all');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(errorOf(wrong).code).toBe('AUTH_INVALID_CREDENTIALS');
    expect(errorOf(wrong).message).toBe(errorOf(unknown).message);
  });

  it('throttles an address after repeated failures, with Retry-After, until the window passes', async () => {
    const email = 'throttled@example.test';
    for (let attempt = 0; attempt < THROTTLE_RULES.accountFromAddress.free; attempt += 1) {
      expect((await login(api.ctx, email, 'wrong password!')).statusCode).toBe(401);
    }
    const limited = await login(api.ctx, email, 'wrong password!');
    expect(limited.statusCode).toBe(429);
    expect(errorOf(limited).code).toBe('AUTH_RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);

    api.ctx.clock.advanceSeconds(16 * 60);
    expect((await login(api.ctx, email, 'wrong password!')).statusCode).toBe(401);
  });

  it('signs out: the session cookie no longer works', async () => {
    const cookie = await sessionOf(api.ctx, api.user.email);
    const out = await api.ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      cookies: { aims_session: cookie },
    });
    expect(out.statusCode).toBe(204);
    const me = await meWith(api.ctx, cookie);
    expect(me.statusCode).toBe(401);
  });

  it('expires a session after 12 idle hours', async () => {
    const cookie = await sessionOf(api.ctx, api.other.email);
    api.ctx.clock.advanceSeconds(13 * 60 * 60);
    const me = await meWith(api.ctx, cookie);
    expect(me.statusCode).toBe(401);
  });

  it('changes the password: checks the current one and the policy, and ends other sessions', async () => {
    const { user: person } = await createOrgWithUser(api.ctx, ['viewer']);
    const first = await sessionOf(api.ctx, person.email);
    const second = await sessionOf(api.ctx, person.email);
    const change = (currentPassword: string, newPassword: string) =>
      api.ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        cookies: { aims_session: first },
        payload: { currentPassword, newPassword },
      });

    const short = await change(TEST_PASSWORD, 'short');
    expect(short.statusCode).toBe(400);
    expect(errorOf(short).details.issues).toEqual([
      { field: 'newPassword', reason: expect.any(String) },
    ]);
    const wrongCurrent = await change('not my password', 'a brand new long passphrase');
    expect(errorOf(wrongCurrent).details.issues?.[0]?.field).toBe('currentPassword');

    expect((await change(TEST_PASSWORD, 'a brand new long passphrase')).statusCode).toBe(204);
    const stillIn = await meWith(api.ctx, first);
    const signedOut = await meWith(api.ctx, second);
    expect(stillIn.statusCode).toBe(200);
    expect(signedOut.statusCode).toBe(401);
    expect((await login(api.ctx, person.email, 'a brand new long passphrase')).statusCode).toBe(
      200,
    );
  });

  it('creates a token shown once, lists it without the secret, accepts it as Bearer, and revokes it', async () => {
    const created = await call(api.ctx, api.user, {
      method: 'POST',
      url: '/api/v1/auth/tokens',
      payload: { name: 'Integration' },
    });
    expect(created.statusCode).toBe(201);
    const { id, token, tokenPrefix } = created.json<{
      id: string;
      token: string;
      tokenPrefix: string;
    }>();
    expect(token.startsWith(tokenPrefix)).toBe(true);

    const listed = await call(api.ctx, api.user, { method: 'GET', url: '/api/v1/auth/tokens' });
    const tokens = listed.json<Record<string, unknown>[]>();
    expect(tokens.find((entry) => entry.id === id)).toMatchObject({
      name: 'Integration',
      revokedAt: null,
    });
    expect(JSON.stringify(tokens)).not.toContain(token);

    const withNew = { ...api.user, token };
    expect(
      (await call(api.ctx, withNew, { method: 'GET', url: '/api/v1/auth/me' })).statusCode,
    ).toBe(200);

    const revoked = await call(api.ctx, api.user, {
      method: 'DELETE',
      url: `/api/v1/auth/tokens/${id}`,
    });
    expect(revoked.json<{ revokedAt: string | null }>().revokedAt).not.toBeNull();
    expect(
      (await call(api.ctx, withNew, { method: 'GET', url: '/api/v1/auth/me' })).statusCode,
    ).toBe(401);
  });

  it("does not let a user revoke someone else's token", async () => {
    const created = await call(api.ctx, api.other, {
      method: 'POST',
      url: '/api/v1/auth/tokens',
      payload: { name: 'Mine' },
    });
    const { id } = created.json<{ id: string }>();
    const response = await call(api.ctx, api.user, {
      method: 'DELETE',
      url: `/api/v1/auth/tokens/${id}`,
    });
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).code).toBe('API_TOKEN_NOT_FOUND');
  });

  it.each([
    ['GET', '/api/v1/auth/me'],
    ['GET', '/api/v1/auth/tokens'],
    ['POST', '/api/v1/auth/tokens'],
    ['POST', '/api/v1/auth/password'],
    ['GET', '/api/v1/orgs'],
  ] as const)('answers 401 to %s %s without credentials', async (method, url) => {
    const payload =
      method === 'POST' ? { name: 'x', currentPassword: 'a', newPassword: 'b' } : undefined;
    const response = await api.ctx.app.inject({ method, url, ...(payload ? { payload } : {}) });
    expect(response.statusCode).toBe(401);
  });

  it('answers 400 naming the field for a sign-in body of the wrong shape', async () => {
    const response = await api.ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: api.user.email },
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).details.issues?.map((issue) => issue.field)).toEqual([
      'body.password',
    ]);
  });
});
