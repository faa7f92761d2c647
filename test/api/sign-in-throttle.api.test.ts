/** Password guessing: counted atomically, per address and per account, with growing waits. */
import { describe, expect, it } from 'vitest';
import { THROTTLE_RULES } from '../../src/domain/account/throttle.js';
import { TEST_PASSWORD } from '../harness/services.js';
import { call, createApiUser, errorOf, apiContextForSuite } from '../harness/api.js';
import { orgApiForSuite } from '../harness/org-api.js';

describe('sign-in throttling', () => {
  const api = orgApiForSuite({}, { victim: ['viewer'] });
  const login = (email: string, password: string, remoteAddress = '192.0.2.1') =>
    api.ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress,
      payload: { email, password },
    });

  it('checks only the free allowance of 100 guesses sent at once', async () => {
    const answers = await Promise.all(
      Array.from({ length: 100 }, () =>
        login('parallel@example.test', 'wrong password!', '192.0.2.10'),
      ),
    );
    const checked = answers.filter((answer) => answer.statusCode === 401);
    const limited = answers.filter((answer) => answer.statusCode === 429);
    expect(checked).toHaveLength(THROTTLE_RULES.accountFromAddress.free);
    expect(limited).toHaveLength(100 - THROTTLE_RULES.accountFromAddress.free);
    expect(errorOf(limited[0]!).code).toBe('AUTH_RATE_LIMITED');
  });

  it('makes each further guess wait twice as long', async () => {
    const email = 'growing@example.test';
    const address = '192.0.2.20';
    for (let i = 0; i < THROTTLE_RULES.accountFromAddress.free; i += 1)
      expect((await login(email, 'wrong password!', address)).statusCode).toBe(401);
    const waits: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const limited = await login(email, 'wrong password!', address);
      const wait = Number(limited.headers['retry-after']);
      waits.push(wait);
      api.ctx.clock.advanceSeconds(wait);
      expect((await login(email, 'wrong password!', address)).statusCode).toBe(401);
    }
    expect(waits).toEqual([2, 4, 8, 16]);
  });

  it('limits one address guessing across many accounts', async () => {
    const address = '192.0.2.30';
    for (let i = 0; i < THROTTLE_RULES.address.free; i += 1)
      expect((await login(`spray-${i}@example.test`, 'wrong password!', address)).statusCode).toBe(
        401,
      );
    const limited = await login('spray-next@example.test', 'wrong password!', address);
    expect(limited.statusCode).toBe(429);
  });

  it('never locks the victim out for long when guesses for their account come from everywhere', async () => {
    for (let i = 0; i < 40; i += 1)
      await login(api.victim.email, 'wrong password!', `198.51.100.${i + 1}`);
    const first = await login(api.victim.email, TEST_PASSWORD, '203.0.113.5');
    if (first.statusCode === 429) {
      const wait = Number(first.headers['retry-after']);
      expect(wait).toBeLessThanOrEqual(THROTTLE_RULES.account.maxWaitSeconds);
      api.ctx.clock.advanceSeconds(wait);
    }
    const signedIn =
      first.statusCode === 200
        ? first
        : await login(api.victim.email, TEST_PASSWORD, '203.0.113.5');
    expect(signedIn.statusCode).toBe(200);
  });

  it('throttles guessing the current password on a password change like a sign-in', async () => {
    const user = await createApiUser(api.ctx, api.org, ['viewer']);
    const change = (currentPassword: string) =>
      call(api.ctx, user, {
        method: 'POST',
        url: '/api/v1/auth/password',
        payload: { currentPassword, newPassword: 'a brand new passphrase' },
      });
    for (let i = 0; i < THROTTLE_RULES.passwordChange.free; i += 1)
      expect(errorOf(await change(`guess number ${i}`)).code).toBe('AUTH_CURRENT_PASSWORD_WRONG');
    const limited = await change(TEST_PASSWORD);
    expect(limited.statusCode).toBe(429);
    api.ctx.clock.advanceSeconds(Number(limited.headers['retry-after']));
    expect((await change(TEST_PASSWORD)).statusCode).toBe(204);
  });
});

describe('client addresses behind a reverse proxy', () => {
  const ctx = apiContextForSuite();

  it('believes X-Forwarded-For only from the proxies named in TRUST_PROXY', async () => {
    const { buildApp } = await import('../../src/http/app.js');
    const app = await buildApp({ services: ctx.services, trustProxy: ['10.0.0.1'] });
    try {
      const guess = (remoteAddress: string, forwardedFor: string, email: string) =>
        app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          remoteAddress,
          headers: { 'x-forwarded-for': forwardedFor },
          payload: { email, password: 'wrong password!' },
        });
      // A client that invents a new address for each guess is still one address.
      const spoofed = [];
      for (let i = 0; i <= THROTTLE_RULES.accountFromAddress.free; i += 1)
        spoofed.push(
          (await guess('192.0.2.99', `203.0.113.${i}`, 'spoof@example.test')).statusCode,
        );
      expect(spoofed.at(-1)).toBe(429);
      // Through the trusted proxy, each client is counted on its own.
      const proxied = [];
      for (let i = 0; i <= THROTTLE_RULES.accountFromAddress.free; i += 1)
        proxied.push(
          (await guess('10.0.0.1', `203.0.113.${i}`, 'proxied@example.test')).statusCode,
        );
      expect(proxied.every((status) => status === 401)).toBe(true);
    } finally {
      await app.close();
    }
  });
});
