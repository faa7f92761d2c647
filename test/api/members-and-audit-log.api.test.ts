import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createApiUser, createOrg, errorOf } from '../harness/api.js';
import type { ApiTestContext, ApiUser } from '../harness/api.js';
import { createOrgApi } from '../harness/org-api.js';
import { OPERATOR, TEST_PASSWORD } from '../harness/services.js';

interface Member {
  id: string;
  userId: string;
  email: string;
  role: string;
}

describe('members and the audit trail API', () => {
  let ctx: ApiTestContext;
  let admin: ApiUser;
  let orgId: string;
  let cbId: string;

  beforeAll(async () => {
    ({ ctx, orgId, admin } = await createOrgApi({ name: 'Members Inc' }, { admin: ['admin'] }));
    cbId = (await createOrg(ctx, 'certification_body', 'Audit Partners')).id;
  });
  afterAll(async () => ctx.close());

  const members = async () =>
    (await call(ctx, admin, { method: 'GET', url: `/api/v1/orgs/${orgId}/members` })).json<
      Member[]
    >();

  it('adds a new colleague by invitation: they choose their password and can then sign in', async () => {
    const invited = await call(ctx, admin, {
      method: 'POST',
      url: `/api/v1/orgs/${orgId}/invitations`,
      payload: { email: 'New.Person@Example.test', role: 'contributor' },
    });
    expect(invited.statusCode).toBe(201);
    const { link } = invited.json<{ link: string }>();
    const accepted = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token: link.split('#')[1], name: 'New Person', password: TEST_PASSWORD },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(await members()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ email: 'new.person@example.test', role: 'contributor' }),
      ]),
    );
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'new.person@example.test', password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
  });

  it('creates no account and attaches nobody from outside: those are invited', async () => {
    const withPassword = await call(ctx, admin, {
      method: 'POST',
      url: `/api/v1/orgs/${orgId}/members`,
      payload: {
        email: 'unknown@example.test',
        role: 'viewer',
        name: 'X',
        password: TEST_PASSWORD,
      },
    });
    expect(withPassword.statusCode).toBe(400);
    expect(errorOf(withPassword).details.issues?.map((issue) => issue.field)).toEqual([
      'body.name',
      'body.password',
    ]);
    const unknown = await call(ctx, admin, {
      method: 'POST',
      url: `/api/v1/orgs/${orgId}/members`,
      payload: { email: 'unknown@example.test', role: 'viewer' },
    });
    expect(unknown.statusCode).toBe(409);
    expect(errorOf(unknown).code).toBe('MEMBER_INVITATION_REQUIRED');
  });

  it('gives an existing user a second role, and refuses the same role twice', async () => {
    const add = () =>
      call(ctx, admin, {
        method: 'POST',
        url: `/api/v1/orgs/${orgId}/members`,
        payload: { email: 'new.person@example.test', role: 'approver' },
      });
    expect((await add()).statusCode).toBe(201);
    const again = await add();
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).code).toBe('MEMBERSHIP_EXISTS');
  });

  it('refuses a role that does not belong to the organization kind', async () => {
    const response = await call(ctx, admin, {
      method: 'POST',
      url: `/api/v1/orgs/${orgId}/members`,
      payload: { email: 'new.person@example.test', role: 'lead_auditor' },
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).details.issues).toEqual([
      { field: 'role', reason: expect.stringContaining('aims_manager') },
    ]);
  });

  it('removes a role, but never the last admin', async () => {
    const approver = (await members()).find((member) => member.role === 'approver');
    const removed = await call(ctx, admin, {
      method: 'DELETE',
      url: `/api/v1/orgs/${orgId}/members/${approver?.id ?? ''}`,
    });
    expect(removed.statusCode).toBe(204);

    const adminMembership = (await members()).find((member) => member.role === 'admin');
    const own = await call(ctx, admin, {
      method: 'DELETE',
      url: `/api/v1/orgs/${orgId}/members/${adminMembership?.id ?? ''}`,
    });
    expect(own.statusCode).toBe(403);
    expect(errorOf(own).code).toBe('MEMBER_OWN_ROLES');
    await expect(
      ctx.services.organizations.removeMember(OPERATOR, orgId, adminMembership?.id ?? ''),
    ).rejects.toMatchObject({ code: 'MEMBERSHIP_LAST_ADMIN' });
  });

  it('lists the audit trail newest first, filtered by entity type', async () => {
    const response = await call(ctx, admin, {
      method: 'GET',
      url: `/api/v1/orgs/${orgId}/audit-log?entityType=membership&limit=2`,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      items: { action: string; sequence: number; hash: string }[];
      nextBefore: number | null;
    }>();
    expect(body.items.map((entry) => entry.action)).toEqual([
      'membership.deleted',
      'membership.created',
    ]);
    expect(body.items[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(body.nextBefore).toBe(body.items[1]?.sequence);
  });

  it('keeps a certification body to its own roles and its own trail', async () => {
    const cbAdmin = await createApiUser(
      ctx,
      {
        id: cbId,
        name: 'Audit Partners',
        kind: 'certification_body',
        createdAt: '',
        requireSecondFactor: false,
      },
      ['admin'],
    );
    const invited = await call(ctx, cbAdmin, {
      method: 'POST',
      url: `/api/v1/orgs/${cbId}/invitations`,
      payload: { email: 'auditor@partners.test', role: 'lead_auditor' },
    });
    expect(invited.statusCode).toBe(201);
    const trail = await call(ctx, cbAdmin, {
      method: 'GET',
      url: `/api/v1/orgs/${cbId}/audit-log`,
    });
    const actions = trail
      .json<{ items: { action: string }[] }>()
      .items.map((entry) => entry.action);
    expect(actions).not.toContain('ai_system.created');
    expect(actions).toContain('organization.created');
  });
});
