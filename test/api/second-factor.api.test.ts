/**
 * Two-step sign-in over HTTP: enrolment with a confirming code, the sign-in
 * challenge, codes that work once, recovery codes that work once, wrong codes
 * throttled like passwords, challenges that expire by the test clock, and
 * turning it off. Codes come from otpauth with the secret the setup returned.
 */
import { describe, expect, it } from 'vitest';
import { THROTTLE_RULES } from '../../src/domain/account/throttle.js';
import { errorOf } from '../harness/api.js';
import type { ApiUser } from '../harness/api.js';
import { orgApiForSuite } from '../harness/org-api.js';
import {
  asSession,
  codeFor,
  codeSession,
  enrol,
  login,
  nextStep,
  passwordSession,
  secondStep,
  sessionCookieOf,
} from '../harness/second-factor.js';
import { TEST_PASSWORD, createUser } from '../harness/services.js';

describe('two-step sign-in', () => {
  const api = orgApiForSuite({ name: 'Acme AI' }, { user: ['aims_manager'] });

  const freshUser = async (): Promise<Pick<ApiUser, 'email' | 'id'>> =>
    createUser(api.ctx.services, api.org, ['viewer']);

  const trailActions = async (userId: string) =>
    (
      await api.ctx.db.database.db
        .selectFrom('audit_log_entry')
        .select('action')
        .where('entity_id', '=', userId)
        .orderBy('sequence')
        .execute()
    ).map((row) => row.action);

  const challengeOf = async (email: string) => {
    const response = await login(api.ctx, email);
    expect(response.statusCode).toBe(202);
    expect(sessionCookieOf(response)).toBe('');
    return response.json<{ challenge: string; expiresAt: string }>();
  };

  it('sets up with a secret of 20 random bytes, a QR code and a URI, and turns on only with a valid code', async () => {
    const user = await freshUser();
    const cookie = await passwordSession(api.ctx, user.email);
    const setup = await asSession(api.ctx, cookie, {
      method: 'POST',
      url: '/api/v1/auth/second-factor/setup',
    });
    expect(setup.statusCode).toBe(200);
    const body = setup.json<{ secret: string; otpauthUri: string; qrSvg: string }>();
    expect(body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(body.otpauthUri).toContain(`secret=${body.secret}`);
    expect(body.otpauthUri).toMatch(
      /^otpauth:\/\/totp\/AIMS%20Workbench:.*algorithm=SHA1.*digits=6.*period=30/,
    );
    expect(body.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);

    const status = await asSession(api.ctx, cookie, {
      method: 'GET',
      url: '/api/v1/auth/second-factor',
    });
    expect(status.json()).toMatchObject({ enabled: false, pending: true });
    // Not on yet: the password still signs in alone.
    expect((await login(api.ctx, user.email)).statusCode).toBe(200);

    const confirm = (payload: object) =>
      asSession(api.ctx, cookie, {
        method: 'POST',
        url: '/api/v1/auth/second-factor/confirm',
        payload,
      });
    const wrongCode = await confirm({ currentPassword: TEST_PASSWORD, code: '000000' });
    expect(wrongCode.statusCode).toBe(400);
    expect(errorOf(wrongCode).code).toBe('SECOND_FACTOR_CODE_WRONG');
    const wrongPassword = await confirm({
      currentPassword: 'not my password',
      code: codeFor(api.ctx, body.secret),
    });
    expect(errorOf(wrongPassword).code).toBe('AUTH_CURRENT_PASSWORD_WRONG');

    // Starting again replaces the secret: the old one no longer confirms.
    const again = await asSession(api.ctx, cookie, {
      method: 'POST',
      url: '/api/v1/auth/second-factor/setup',
    });
    const { secret } = again.json<{ secret: string }>();
    expect(secret).not.toBe(body.secret);
    const stale = await confirm({
      currentPassword: TEST_PASSWORD,
      code: codeFor(api.ctx, body.secret),
    });
    expect(errorOf(stale).code).toBe('SECOND_FACTOR_CODE_WRONG');

    const confirmed = await confirm({
      currentPassword: TEST_PASSWORD,
      code: codeFor(api.ctx, secret),
    });
    expect(confirmed.statusCode).toBe(200);
    const { recoveryCodes } = confirmed.json<{ recoveryCodes: string[] }>();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/);

    // Only hashes are kept.
    const stored = await api.ctx.db.database.db
      .selectFrom('recovery_code')
      .select('code_hash')
      .where('user_id', '=', user.id)
      .execute();
    expect(stored).toHaveLength(10);
    for (const row of stored) expect(recoveryCodes.join()).not.toContain(row.code_hash);

    const enabled = await asSession(api.ctx, cookie, {
      method: 'GET',
      url: '/api/v1/auth/second-factor',
    });
    expect(enabled.json()).toMatchObject({ enabled: true, pending: false, recoveryCodesLeft: 10 });
    const resetup = await asSession(api.ctx, cookie, {
      method: 'POST',
      url: '/api/v1/auth/second-factor/setup',
    });
    expect(errorOf(resetup).code).toBe('SECOND_FACTOR_ALREADY_ENABLED');
    expect(await trailActions(user.id)).toContain('user.second_factor_enabled');
  });

  it('asks for a code after the password, and the challenge with a code opens a session marked so', async () => {
    const user = await freshUser();
    const { secret } = await enrol(api.ctx, await passwordSession(api.ctx, user.email));
    nextStep(api.ctx);
    const { challenge, expiresAt } = await challengeOf(user.email);
    expect(Date.parse(expiresAt) - api.ctx.clock.now().getTime()).toBe(5 * 60_000);
    const stored = await api.ctx.db.database.db
      .selectFrom('sign_in_challenge')
      .select('token_hash')
      .where('user_id', '=', user.id)
      .execute();
    expect(stored.map((row) => row.token_hash)).not.toContain(challenge);

    const signedIn = await secondStep(api.ctx, { challenge, code: codeFor(api.ctx, secret) });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json()).toMatchObject({
      user: { email: user.email },
      secondFactor: { enabled: true, usedForThisSession: true },
    });
    const cookie = sessionCookieOf(signedIn);
    const me = await asSession(api.ctx, cookie, { method: 'GET', url: '/api/v1/auth/me' });
    expect(me.json()).toMatchObject({ secondFactor: { usedForThisSession: true } });

    // The challenge works once.
    nextStep(api.ctx);
    const reused = await secondStep(api.ctx, { challenge, code: codeFor(api.ctx, secret) });
    expect(reused.statusCode).toBe(401);
    expect(errorOf(reused).code).toBe('SECOND_FACTOR_CHALLENGE_INVALID');
  });

  it('refuses a code that was used already, even with a new challenge', async () => {
    const user = await freshUser();
    const { secret } = await enrol(api.ctx, await passwordSession(api.ctx, user.email));
    nextStep(api.ctx);
    const code = codeFor(api.ctx, secret);
    const first = await secondStep(api.ctx, {
      challenge: (await challengeOf(user.email)).challenge,
      code,
    });
    expect(first.statusCode).toBe(200);
    const replay = await secondStep(api.ctx, {
      challenge: (await challengeOf(user.email)).challenge,
      code,
    });
    expect(replay.statusCode).toBe(400);
    expect(errorOf(replay).code).toBe('SECOND_FACTOR_CODE_WRONG');
    // The code of the step before, still inside the drift window, is older than the one used.
    const older = await secondStep(api.ctx, {
      challenge: (await challengeOf(user.email)).challenge,
      code: codeFor(api.ctx, secret, -1),
    });
    expect(errorOf(older).code).toBe('SECOND_FACTOR_CODE_WRONG');
  });

  it('accepts a code one step off for clock drift, but not two', async () => {
    const user = await freshUser();
    const { secret } = await enrol(api.ctx, await passwordSession(api.ctx, user.email));
    nextStep(api.ctx);
    nextStep(api.ctx);
    const twoAhead = await secondStep(api.ctx, {
      challenge: (await challengeOf(user.email)).challenge,
      code: codeFor(api.ctx, secret, 2),
    });
    expect(errorOf(twoAhead).code).toBe('SECOND_FACTOR_CODE_WRONG');
    const oneAhead = await secondStep(api.ctx, {
      challenge: (await challengeOf(user.email)).challenge,
      code: codeFor(api.ctx, secret, 1),
    });
    expect(oneAhead.statusCode).toBe(200);
  });

  it('takes each recovery code once, and writes its use to the audit trail', async () => {
    const user = await freshUser();
    const { recoveryCodes } = await enrol(api.ctx, await passwordSession(api.ctx, user.email));
    const recoveryCode = recoveryCodes[3] ?? '';
    const used = await secondStep(api.ctx, {
      challenge: (await challengeOf(user.email)).challenge,
      recoveryCode: recoveryCode.toLowerCase().replaceAll('-', ' '),
    });
    expect(used.statusCode).toBe(200);
    expect(used.json()).toMatchObject({ secondFactor: { usedForThisSession: true } });
    expect(await trailActions(user.id)).toContain('user.recovery_code_used');
    const again = await secondStep(api.ctx, {
      challenge: (await challengeOf(user.email)).challenge,
      recoveryCode,
    });
    expect(again.statusCode).toBe(400);
    expect(errorOf(again).code).toBe('SECOND_FACTOR_CODE_WRONG');
    const status = await asSession(api.ctx, sessionCookieOf(used), {
      method: 'GET',
      url: '/api/v1/auth/second-factor',
    });
    expect(status.json()).toMatchObject({ recoveryCodesLeft: 9 });
  });

  it('wants exactly one of a code and a recovery code', async () => {
    const user = await freshUser();
    await enrol(api.ctx, await passwordSession(api.ctx, user.email));
    const { challenge } = await challengeOf(user.email);
    for (const payload of [
      { challenge },
      { challenge, code: '123456', recoveryCode: 'ABCD' },
      { challenge, code: '12345' },
    ]) {
      const response = await secondStep(api.ctx, payload);
      expect(response.statusCode).toBe(400);
      expect(errorOf(response).code).toBe('SECOND_FACTOR_INPUT_INVALID');
      expect(errorOf(response).details.issues?.[0]?.field).toBe('code');
    }
  });

  it('throttles wrong codes with growing waits, and the right code works once the wait is over', async () => {
    const user = await freshUser();
    const { secret } = await enrol(api.ctx, await passwordSession(api.ctx, user.email));
    nextStep(api.ctx);
    const { challenge } = await challengeOf(user.email);
    const guess = (code: string) =>
      api.ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login/second-factor',
        remoteAddress: '192.0.2.77',
        payload: { challenge, code },
      });
    const right = codeFor(api.ctx, secret);
    const wrong = right === '111111' ? '222222' : '111111';
    // Sent at once, only the free allowance is checked.
    const answers = await Promise.all(Array.from({ length: 12 }, () => guess(wrong)));
    expect(answers.filter((answer) => answer.statusCode === 400)).toHaveLength(
      THROTTLE_RULES.secondFactor.free,
    );
    const limited = answers.filter((answer) => answer.statusCode === 429);
    expect(limited).toHaveLength(12 - THROTTLE_RULES.secondFactor.free);
    expect(errorOf(limited[0]!).code).toBe('AUTH_RATE_LIMITED');
    // Even the right code waits.
    const waiting = await guess(right);
    expect(waiting.statusCode).toBe(429);
    const wait = Number(waiting.headers['retry-after']);
    expect(wait).toBe(THROTTLE_RULES.secondFactor.firstWaitSeconds);
    api.ctx.clock.advanceSeconds(wait);
    expect((await guess(wrong)).statusCode).toBe(400);
    const longer = await guess(right);
    expect(Number(longer.headers['retry-after'])).toBe(2 * wait);
    api.ctx.clock.advanceSeconds(2 * wait);
    expect((await guess(right)).statusCode).toBe(200);
  });

  it('lets a challenge expire after five minutes', async () => {
    const user = await freshUser();
    const { secret } = await enrol(api.ctx, await passwordSession(api.ctx, user.email));
    nextStep(api.ctx);
    const { challenge } = await challengeOf(user.email);
    api.ctx.clock.advanceSeconds(5 * 60);
    const late = await secondStep(api.ctx, { challenge, code: codeFor(api.ctx, secret) });
    expect(late.statusCode).toBe(401);
    expect(errorOf(late).code).toBe('SECOND_FACTOR_CHALLENGE_INVALID');
    const unknown = await secondStep(api.ctx, {
      challenge: 'made-up',
      code: codeFor(api.ctx, secret),
    });
    expect(errorOf(unknown).code).toBe('SECOND_FACTOR_CHALLENGE_INVALID');
  });

  it('makes new recovery codes with the password and a code; the old ones stop working', async () => {
    const user = await freshUser();
    const { secret, recoveryCodes } = await enrol(
      api.ctx,
      await passwordSession(api.ctx, user.email),
    );
    const cookie = await codeSession(api.ctx, user.email, secret);
    const regenerate = (payload: object) =>
      asSession(api.ctx, cookie, {
        method: 'POST',
        url: '/api/v1/auth/second-factor/recovery-codes',
        payload,
      });
    const withoutCode = await regenerate({ currentPassword: TEST_PASSWORD });
    expect(errorOf(withoutCode).code).toBe('SECOND_FACTOR_INPUT_INVALID');
    nextStep(api.ctx);
    const withoutPassword = await regenerate({
      currentPassword: 'wrong',
      code: codeFor(api.ctx, secret),
    });
    expect(errorOf(withoutPassword).code).toBe('AUTH_CURRENT_PASSWORD_WRONG');
    const renewed = await regenerate({
      currentPassword: TEST_PASSWORD,
      recoveryCode: recoveryCodes[0],
    });
    expect(renewed.statusCode).toBe(200);
    const fresh = renewed.json<{ recoveryCodes: string[] }>().recoveryCodes;
    expect(fresh).toHaveLength(10);
    const old = await secondStep(api.ctx, {
      challenge: (await challengeOf(user.email)).challenge,
      recoveryCode: recoveryCodes[1] ?? '',
    });
    expect(errorOf(old).code).toBe('SECOND_FACTOR_CODE_WRONG');
    const current = await secondStep(api.ctx, {
      challenge: (await challengeOf(user.email)).challenge,
      recoveryCode: fresh[1] ?? '',
    });
    expect(current.statusCode).toBe(200);
    expect(await trailActions(user.id)).toContain('user.recovery_codes_regenerated');
  });

  it('turns off with the password and a code; then the password signs in alone again', async () => {
    const user = await freshUser();
    const { secret } = await enrol(api.ctx, await passwordSession(api.ctx, user.email));
    const cookie = await codeSession(api.ctx, user.email, secret);
    const disable = (payload: object) =>
      asSession(api.ctx, cookie, {
        method: 'POST',
        url: '/api/v1/auth/second-factor/disable',
        payload,
      });
    nextStep(api.ctx);
    const wrongCode = await disable({
      currentPassword: TEST_PASSWORD,
      code: '000000' === codeFor(api.ctx, secret) ? '000001' : '000000',
    });
    expect(errorOf(wrongCode).code).toBe('SECOND_FACTOR_CODE_WRONG');
    const noPassword = await disable({ currentPassword: '', code: codeFor(api.ctx, secret) });
    expect(errorOf(noPassword).code).toBe('AUTH_CURRENT_PASSWORD_WRONG');
    const off = await disable({ currentPassword: TEST_PASSWORD, code: codeFor(api.ctx, secret) });
    expect(off.statusCode).toBe(204);
    expect(await trailActions(user.id)).toContain('user.second_factor_disabled');
    const me = await asSession(api.ctx, cookie, { method: 'GET', url: '/api/v1/auth/me' });
    expect(me.json()).toMatchObject({
      secondFactor: { enabled: false, usedForThisSession: false },
    });
    expect((await login(api.ctx, user.email)).statusCode).toBe(200);
    const again = await disable({ currentPassword: TEST_PASSWORD, code: codeFor(api.ctx, secret) });
    expect(errorOf(again).code).toBe('SECOND_FACTOR_NOT_ENABLED');
  });

  it('refuses the second step from another site', async () => {
    const response = await api.ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login/second-factor',
      headers: { origin: 'https://evil.example' },
      payload: { challenge: 'x', code: '123456' },
    });
    expect(response.statusCode).toBe(403);
    expect(errorOf(response).code).toBe('REQUEST_CROSS_SITE');
  });
});
