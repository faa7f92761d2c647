/** Signing in with cookies and codes: enrol a user's authenticator and compute its codes. */
import type { LightMyRequestResponse } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import { expect } from 'vitest';
import type { ApiTestContext } from './api.js';
import { TEST_PASSWORD } from './services.js';

export const sessionCookieOf = (response: LightMyRequestResponse): string =>
  response.cookies.find((cookie) => cookie.name === 'aims_session')?.value ?? '';

/** The code an authenticator app with this secret shows at the test clock, `steps` steps away. */
export const codeFor = (ctx: ApiTestContext, secret: string, steps = 0): string =>
  TOTP.generate({
    secret: Secret.fromBase32(secret),
    timestamp: ctx.clock.now().getTime() + steps * 30_000,
  });

/** Moves the test clock to the next 30-second step, so a new code is shown. */
export const nextStep = (ctx: ApiTestContext) => ctx.clock.advanceSeconds(30);

export const login = (ctx: ApiTestContext, email: string, password = TEST_PASSWORD) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

export const secondStep = (
  ctx: ApiTestContext,
  payload: { challenge: string; code?: string; recoveryCode?: string },
) => ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login/second-factor', payload });

/** A request riding on the session cookie. */
export const asSession = (
  ctx: ApiTestContext,
  cookie: string,
  options: { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; payload?: object },
) => ctx.app.inject({ ...options, cookies: { aims_session: cookie } });

/** Signs in with the password only (the account has no second factor) and gives the cookie. */
export const passwordSession = async (ctx: ApiTestContext, email: string): Promise<string> => {
  const response = await login(ctx, email);
  expect(response.statusCode).toBe(200);
  return sessionCookieOf(response);
};

/** Sets up and confirms a second factor from the session; the secret and recovery codes. */
export const enrol = async (ctx: ApiTestContext, cookie: string) => {
  const setup = await asSession(ctx, cookie, {
    method: 'POST',
    url: '/api/v1/auth/second-factor/setup',
  });
  expect(setup.statusCode).toBe(200);
  const { secret } = setup.json<{ secret: string }>();
  const confirmed = await asSession(ctx, cookie, {
    method: 'POST',
    url: '/api/v1/auth/second-factor/confirm',
    payload: { currentPassword: TEST_PASSWORD, code: codeFor(ctx, secret) },
  });
  expect(confirmed.statusCode).toBe(200);
  return { secret, recoveryCodes: confirmed.json<{ recoveryCodes: string[] }>().recoveryCodes };
};

/** Signs in with the password and a fresh code (the clock moves a step first); gives the cookie. */
export const codeSession = async (
  ctx: ApiTestContext,
  email: string,
  secret: string,
): Promise<string> => {
  nextStep(ctx);
  const first = await login(ctx, email);
  expect(first.statusCode).toBe(202);
  const { challenge } = first.json<{ challenge: string }>();
  const second = await secondStep(ctx, { challenge, code: codeFor(ctx, secret) });
  expect(second.statusCode).toBe(200);
  return sessionCookieOf(second);
};
