/**
 * Passwords easy to guess are refused wherever one is chosen: a password
 * change, an account the operator creates, and accepting an invitation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf } from '../harness/api.js';
import type { ApiTestContext, ApiUser } from '../harness/api.js';
import { createOrgApi } from '../harness/org-api.js';
import { OPERATOR, TEST_PASSWORD } from '../harness/services.js';

const COMMON = ['password1234', 'qwertyuiop123', 'iloveyou2026', 'aaaaaaaaaaaa', '123456789012'];

describe('guessable passwords', () => {
  let ctx: ApiTestContext;
  let person: ApiUser;
  let admin: ApiUser;
  let orgId: string;

  const signIn = async (email: string) => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: TEST_PASSWORD },
    });
    return response.cookies.find((cookie) => cookie.name === 'aims_session')?.value ?? '';
  };
  const change = async (newPassword: string) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      cookies: { aims_session: await signIn(person.email) },
      payload: { currentPassword: TEST_PASSWORD, newPassword },
    });

  beforeAll(async () => {
    ({ ctx, orgId, person, admin } = await createOrgApi(
      { name: 'Strong Passwords Ltd' },
      { person: ['viewer'], admin: ['admin'] },
    ));
  });
  afterAll(async () => ctx.close());

  it.each(COMMON)('refuses %s as a new password', async (password) => {
    const response = await change(password);
    expect(response.statusCode).toBe(400);
    expect(errorOf(response)).toMatchObject({
      code: 'AUTH_PASSWORD_POLICY',
      details: { issues: [{ field: 'newPassword', reason: expect.stringContaining('guess') }] },
    });
  });

  it("refuses a password built from the person's own e-mail or name", async () => {
    const local = person.email.split('@')[0] ?? '';
    for (const password of [person.email, `${local}-2026!`, `My${local.toUpperCase()}xyz!`]) {
      const response = await change(password);
      expect(response.statusCode, password).toBe(400);
      expect(errorOf(response).details.issues?.[0]).toMatchObject({ field: 'newPassword' });
    }
  });

  it('accepts a long passphrase of unrelated words', async () => {
    expect((await change('velvet harbour quietly juggles')).statusCode).toBe(204);
  });

  it('refuses a guessable password for an account the operator creates', async () => {
    await expect(
      ctx.services.organizations.createUser(OPERATOR, {
        email: 'ops.new@example.test',
        name: 'Ops New',
        password: 'password1234',
      }),
    ).rejects.toMatchObject({
      code: 'USER_INVALID',
      details: { issues: [{ field: 'password' }] },
    });
  });

  it('refuses a guessable password when a newcomer accepts an invitation', async () => {
    const invited = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${orgId}/invitations`,
      headers: { authorization: `Bearer ${admin.token}` },
      payload: { email: 'newcomer@example.test', role: 'viewer' },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const link = invited.json<{ link: string }>().link;
    const token = link.slice(link.indexOf('#') + 1);
    const accepted = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, name: 'New Comer', password: 'iloveyou2026' },
    });
    expect(accepted.statusCode).toBe(400);
    expect(errorOf(accepted)).toMatchObject({
      code: 'INVITATION_ACCEPT_INVALID',
      details: { issues: [{ field: 'password' }] },
    });
  });
});
