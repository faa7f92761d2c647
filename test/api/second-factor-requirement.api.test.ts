/**
 * An organization that requires two-step sign-in: only admins change it, only
 * from a session opened with a code; members without one get 403
 * SECOND_FACTOR_REQUIRED on its routes but keep their own account routes; API
 * tokens carry the flag of the session that made them.
 */
import { describe, expect, it } from 'vitest';
import { call, createApiUser, errorOf } from '../harness/api.js';
import { createOrgWithUser, orgApiForSuite } from '../harness/org-api.js';
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
import { TEST_PASSWORD } from '../harness/services.js';

describe('an organization that requires two-step sign-in', () => {
  const api = orgApiForSuite({ name: 'Strict AI' }, { admin: ['admin'], member: ['viewer'] });
  const settingsUrl = () => `/api/v1/orgs/${api.orgId}/settings`;
  const aiSystemsUrl = () => `/api/v1/orgs/${api.orgId}/ai-systems`;
  let adminSecret = '';
  let adminCookie = '';

  const makeToken = async (cookie: string) => {
    const created = await asSession(api.ctx, cookie, {
      method: 'POST',
      url: '/api/v1/auth/tokens',
      payload: { name: 'ci' },
    });
    expect(created.statusCode).toBe(201);
    return created.json<{ token: string; secondFactor: boolean }>();
  };
  const withToken = (token: string, url: string) =>
    api.ctx.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

  it('cannot be turned on by an admin whose session had no second factor', async () => {
    const cookie = await passwordSession(api.ctx, api.admin.email);
    const refused = await asSession(api.ctx, cookie, {
      method: 'PATCH',
      url: settingsUrl(),
      payload: { requireSecondFactor: true },
    });
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused).code).toBe('ORG_SECOND_FACTOR_SELF_REQUIRED');
    // Nor through an API token the operator made for them.
    const byToken = await call(api.ctx, api.admin, {
      method: 'PATCH',
      url: settingsUrl(),
      payload: { requireSecondFactor: true },
    });
    expect(errorOf(byToken).code).toBe('ORG_SECOND_FACTOR_SELF_REQUIRED');
  });

  it('is not for members who are not admins', async () => {
    const cookie = await passwordSession(api.ctx, api.member.email);
    const refused = await asSession(api.ctx, cookie, {
      method: 'PATCH',
      url: settingsUrl(),
      payload: { requireSecondFactor: false },
    });
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused).code).toBe('PERMISSION_DENIED');
  });

  it('is turned on by an admin signed in with a code, shows in the read model and goes to the audit trail', async () => {
    const { secret } = await enrol(api.ctx, await passwordSession(api.ctx, api.admin.email));
    adminSecret = secret;
    adminCookie = await codeSession(api.ctx, api.admin.email, secret);
    const turnedOn = await asSession(api.ctx, adminCookie, {
      method: 'PATCH',
      url: settingsUrl(),
      payload: { requireSecondFactor: true },
    });
    expect(turnedOn.statusCode).toBe(200);
    expect(turnedOn.json()).toMatchObject({
      organization: { id: api.orgId, requireSecondFactor: true },
      roles: ['admin'],
    });
    const trail = await asSession(api.ctx, adminCookie, {
      method: 'GET',
      url: `/api/v1/orgs/${api.orgId}/audit-log`,
    });
    expect(trail.statusCode).toBe(200);
    expect(trail.json<{ items: { action: string; after: unknown }[] }>().items[0]).toMatchObject({
      action: 'organization.second_factor_requirement_changed',
      after: { requireSecondFactor: true },
    });
    expect(
      (await asSession(api.ctx, adminCookie, { method: 'GET', url: aiSystemsUrl() })).statusCode,
    ).toBe(200);
  });

  it('refuses a member without a second factor on its routes, but not on their own account routes', async () => {
    const cookie = await passwordSession(api.ctx, api.member.email);
    for (const url of [
      aiSystemsUrl(),
      `/api/v1/orgs/${api.orgId}`,
      `/api/v1/orgs/${api.orgId}/members`,
    ]) {
      const refused = await asSession(api.ctx, cookie, { method: 'GET', url });
      expect(refused.statusCode, url).toBe(403);
      expect(errorOf(refused).code).toBe('SECOND_FACTOR_REQUIRED');
    }
    const me = await asSession(api.ctx, cookie, { method: 'GET', url: '/api/v1/auth/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      secondFactor: { enabled: false, usedForThisSession: false },
      memberships: [{ organization: { id: api.orgId, requireSecondFactor: true } }],
    });
    const orgs = await asSession(api.ctx, cookie, { method: 'GET', url: '/api/v1/orgs' });
    expect(orgs.statusCode).toBe(200);

    // Enrolling is open to them; then a sign-in with a code reaches the organization.
    const { secret } = await enrol(api.ctx, cookie);
    const withCode = await codeSession(api.ctx, api.member.email, secret);
    expect(
      (await asSession(api.ctx, withCode, { method: 'GET', url: aiSystemsUrl() })).statusCode,
    ).toBe(200);
    // The session that confirmed the setup proved the password and a code too.
    expect(
      (await asSession(api.ctx, cookie, { method: 'GET', url: aiSystemsUrl() })).statusCode,
    ).toBe(200);
  });

  it('takes API tokens made from a session with a second factor, and refuses all others', async () => {
    // Made by the operator: no second factor behind it.
    const operatorMade = await call(api.ctx, api.member, { method: 'GET', url: aiSystemsUrl() });
    expect(errorOf(operatorMade).code).toBe('SECOND_FACTOR_REQUIRED');

    const person = await createApiUser(api.ctx, api.org, ['viewer']);
    const passwordOnly = await makeToken(await passwordSession(api.ctx, person.email));
    expect(passwordOnly.secondFactor).toBe(false);
    expect(errorOf(await withToken(passwordOnly.token, aiSystemsUrl())).code).toBe(
      'SECOND_FACTOR_REQUIRED',
    );

    const { secret } = await enrol(api.ctx, await passwordSession(api.ctx, person.email));
    const vouched = await makeToken(await codeSession(api.ctx, person.email, secret));
    expect(vouched.secondFactor).toBe(true);
    expect((await withToken(vouched.token, aiSystemsUrl())).statusCode).toBe(200);
    // The password-only token stays without it.
    expect((await withToken(passwordOnly.token, aiSystemsUrl())).statusCode).toBe(403);

    // Turning the second factor off takes the flag from every session and token.
    const cookie = await codeSession(api.ctx, person.email, secret);
    nextStep(api.ctx);
    const off = await asSession(api.ctx, cookie, {
      method: 'POST',
      url: '/api/v1/auth/second-factor/disable',
      payload: { currentPassword: TEST_PASSWORD, code: codeFor(api.ctx, secret) },
    });
    expect(off.statusCode).toBe(204);
    expect(errorOf(await withToken(vouched.token, aiSystemsUrl())).code).toBe(
      'SECOND_FACTOR_REQUIRED',
    );
    expect(
      errorOf(await asSession(api.ctx, cookie, { method: 'GET', url: aiSystemsUrl() })).code,
    ).toBe('SECOND_FACTOR_REQUIRED');
  });

  it('keeps other organizations out of reach and their own requirement apart', async () => {
    const { org: other, user: stranger } = await createOrgWithUser(api.ctx, ['admin']);
    const strangerCookie = await passwordSession(api.ctx, stranger.email);
    const foreign = await asSession(api.ctx, strangerCookie, {
      method: 'PATCH',
      url: settingsUrl(),
      payload: { requireSecondFactor: false },
    });
    expect(foreign.statusCode).toBe(404);
    expect(errorOf(foreign).code).toBe('ORG_NOT_FOUND');
    // The admin here with a second factor is no member there.
    const notMine = await asSession(api.ctx, adminCookie, {
      method: 'PATCH',
      url: `/api/v1/orgs/${other.id}/settings`,
      payload: { requireSecondFactor: true },
    });
    expect(notMine.statusCode).toBe(404);
    // The stranger's own organization does not require it.
    expect(
      (
        await asSession(api.ctx, strangerCookie, {
          method: 'GET',
          url: `/api/v1/orgs/${other.id}/ai-systems`,
        })
      ).statusCode,
    ).toBe(200);
  });

  it('is turned off again by the admin, and members without a code are let in', async () => {
    nextStep(api.ctx);
    const off = await asSession(api.ctx, adminCookie, {
      method: 'PATCH',
      url: settingsUrl(),
      payload: { requireSecondFactor: false },
    });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ organization: { requireSecondFactor: false } });
    const person = await createApiUser(api.ctx, api.org, ['viewer']);
    expect((await call(api.ctx, person, { method: 'GET', url: aiSystemsUrl() })).statusCode).toBe(
      200,
    );
    expect(adminSecret).not.toBe('');
  });
});

describe('accepting an invitation with an account that has two-step sign-in', () => {
  const api = orgApiForSuite({ name: 'Inviting AI' }, { admin: ['admin'] });

  it('refuses the password alone and takes the invitation once the person signed in with a code', async () => {
    const { user: invitee } = await createOrgWithUser(api.ctx, ['viewer'], 'Home org');
    const { secret } = await enrol(api.ctx, await passwordSession(api.ctx, invitee.email));
    const issued = await call(api.ctx, api.admin, {
      method: 'POST',
      url: `/api/v1/orgs/${api.orgId}/invitations`,
      payload: { email: invitee.email, role: 'contributor' },
    });
    expect(issued.statusCode).toBe(201);
    const token = /#([A-Za-z0-9_-]+)$/.exec(issued.json<{ link: string }>().link)?.[1] ?? '';

    const byPassword = await api.ctx.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, password: TEST_PASSWORD },
    });
    expect(byPassword.statusCode).toBe(409);
    expect(errorOf(byPassword).code).toBe('INVITATION_SIGN_IN_REQUIRED');
    expect(sessionCookieOf(byPassword)).toBe('');
    // A wrong password learns nothing about the second factor.
    const wrong = await api.ctx.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, password: 'not the password' },
    });
    expect(errorOf(wrong).code).toBe('AUTH_INVALID_CREDENTIALS');

    nextStep(api.ctx);
    const first = await login(api.ctx, invitee.email);
    const signedIn = await secondStep(api.ctx, {
      challenge: first.json<{ challenge: string }>().challenge,
      code: codeFor(api.ctx, secret),
    });
    const accepted = await api.ctx.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token },
      cookies: { aims_session: sessionCookieOf(signedIn) },
    });
    expect(accepted.statusCode).toBe(200);
  });
});
