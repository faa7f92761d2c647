/**
 * Every organization-scoped route: 401 without credentials, 404 for a member
 * of another organization, 403 for a member without the permission, 400
 * naming the field at fault. Success shapes are tested per resource.
 */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organization } from '../../src/storage/organization.repository.js';
import {
  call,
  createApiTestContext,
  createApiUser,
  createOrg,
  errorOf,
  type ApiTestContext,
  type ApiUser,
} from '../harness/api.js';

interface Fixture {
  org: Organization;
  admin: ApiUser;
  viewer: ApiUser;
  membershipId: string;
  aiSystemId: string;
  outsider: ApiUser;
  cbOrg: Organization;
  cbAuditor: ApiUser;
}

interface RouteCase {
  name: string;
  request: (orgId: string, f: Fixture) => InjectOptions;
  /** A member of the organization whose role lacks the permission; none when every role has it. */
  lacking?: (f: Fixture) => { user: ApiUser; orgId: string };
  badInput?: { request: (orgId: string, f: Fixture) => InjectOptions; field: string };
}

const ROUTES: RouteCase[] = [
  {
    name: 'GET /orgs/:orgId',
    request: (orgId) => ({ method: 'GET', url: `/api/v1/orgs/${orgId}` }),
  },
  {
    name: 'GET /orgs/:orgId/members',
    request: (orgId) => ({ method: 'GET', url: `/api/v1/orgs/${orgId}/members` }),
  },
  {
    name: 'POST /orgs/:orgId/members',
    request: (orgId, f) => ({
      method: 'POST',
      url: `/api/v1/orgs/${orgId}/members`,
      payload: { email: f.viewer.email, role: 'contributor' },
    }),
    lacking: (f) => ({ user: f.viewer, orgId: f.org.id }),
    badInput: {
      request: (orgId) => ({
        method: 'POST',
        url: `/api/v1/orgs/${orgId}/members`,
        payload: { email: 'someone@example.test', role: 'contributor', nickname: 'x' },
      }),
      field: 'body.nickname',
    },
  },
  {
    name: 'DELETE /orgs/:orgId/members/:membershipId',
    request: (orgId, f) => ({
      method: 'DELETE',
      url: `/api/v1/orgs/${orgId}/members/${f.membershipId}`,
    }),
    lacking: (f) => ({ user: f.viewer, orgId: f.org.id }),
    badInput: {
      request: (orgId) => ({ method: 'DELETE', url: `/api/v1/orgs/${orgId}/members/not-an-id` }),
      field: 'params.membershipId',
    },
  },
  {
    name: 'GET /orgs/:orgId/audit-log',
    request: (orgId) => ({ method: 'GET', url: `/api/v1/orgs/${orgId}/audit-log` }),
    lacking: (f) => ({ user: f.viewer, orgId: f.org.id }),
    badInput: {
      request: (orgId) => ({
        method: 'GET',
        url: `/api/v1/orgs/${orgId}/audit-log?from=yesterday`,
      }),
      field: 'querystring.from',
    },
  },
  {
    name: 'GET /orgs/:orgId/ai-systems',
    request: (orgId) => ({ method: 'GET', url: `/api/v1/orgs/${orgId}/ai-systems` }),
    lacking: (f) => ({ user: f.cbAuditor, orgId: f.cbOrg.id }),
    badInput: {
      request: (orgId) => ({
        method: 'GET',
        url: `/api/v1/orgs/${orgId}/ai-systems?pageSize=5000`,
      }),
      field: 'querystring.pageSize',
    },
  },
  {
    name: 'POST /orgs/:orgId/ai-systems',
    request: (orgId) => ({
      method: 'POST',
      url: `/api/v1/orgs/${orgId}/ai-systems`,
      payload: {
        name: `System ${Math.random()}`,
        purpose: 'p',
        lifecycleStage: 'inception',
        isInScope: true,
      },
    }),
    lacking: (f) => ({ user: f.viewer, orgId: f.org.id }),
    badInput: {
      request: (orgId) => ({
        method: 'POST',
        url: `/api/v1/orgs/${orgId}/ai-systems`,
        payload: { name: 'X', purpose: 'p', lifecycleStage: 'production', isInScope: true },
      }),
      field: 'body.lifecycleStage',
    },
  },
  {
    name: 'GET /orgs/:orgId/ai-systems/:aiSystemId',
    request: (orgId, f) => ({
      method: 'GET',
      url: `/api/v1/orgs/${orgId}/ai-systems/${f.aiSystemId}`,
    }),
    lacking: (f) => ({ user: f.cbAuditor, orgId: f.cbOrg.id }),
    badInput: {
      request: (orgId) => ({ method: 'GET', url: `/api/v1/orgs/${orgId}/ai-systems/123` }),
      field: 'params.aiSystemId',
    },
  },
];

describe('organization-scoped routes', () => {
  let ctx: ApiTestContext;
  let f: Fixture;

  beforeAll(async () => {
    ctx = await createApiTestContext();
    const org = await createOrg(ctx, 'auditee', 'Tenant A');
    const other = await createOrg(ctx, 'auditee', 'Tenant B');
    const cbOrg = await createOrg(ctx, 'certification_body', 'Body C');
    const admin = await createApiUser(ctx, org, ['admin']);
    const viewer = await createApiUser(ctx, org, ['viewer']);
    const outsider = await createApiUser(ctx, other, ['admin', 'aims_manager']);
    const cbAuditor = await createApiUser(ctx, cbOrg, ['auditor']);
    const spare = await createApiUser(ctx, org, ['contributor']);
    const members = await ctx.services.organizations.listMembers(admin.actor, org.id);
    const membershipId = members.find((member) => member.userId === spare.id)?.id ?? '';
    const system = await ctx.services.aiSystems.create(admin.actor, org.id, {
      name: 'Tenant A system',
      purpose: 'p',
      lifecycleStage: 'deployment',
      isInScope: true,
    });
    f = { org, admin, viewer, membershipId, aiSystemId: system.id, outsider, cbOrg, cbAuditor };
  });
  afterAll(async () => ctx.close());

  describe.each(ROUTES)('$name', (route) => {
    it('answers 401 without credentials', async () => {
      const response = await call(ctx, undefined, route.request(f.org.id, f));
      expect(response.statusCode).toBe(401);
      expect(errorOf(response).code).toBe('AUTH_REQUIRED');
    });

    it('answers 401 for an unknown API token', async () => {
      const response = await call(
        ctx,
        { ...f.admin, token: 'aims_pat_forged' },
        route.request(f.org.id, f),
      );
      expect(response.statusCode).toBe(401);
    });

    it('answers 404 to a member of another organization', async () => {
      const response = await call(ctx, f.outsider, route.request(f.org.id, f));
      expect(response.statusCode).toBe(404);
      expect(errorOf(response).code).toBe('ORG_NOT_FOUND');
    });

    it('answers 404 for an organization that does not exist', async () => {
      const response = await call(
        ctx,
        f.admin,
        route.request('01900000-0000-7000-8000-000000000000', f),
      );
      expect(response.statusCode).toBe(404);
    });

    if (route.lacking) {
      const lacking = route.lacking;
      it('answers 403 to a member whose role lacks the permission', async () => {
        const { user, orgId } = lacking(f);
        const response = await call(ctx, user, route.request(orgId, f));
        expect(response.statusCode).toBe(403);
        expect(errorOf(response).code).toBe('PERMISSION_DENIED');
      });
    }

    if (route.badInput) {
      const badInput = route.badInput;
      it('answers 400 naming the field at fault', async () => {
        const response = await call(ctx, f.admin, badInput.request(f.org.id, f));
        expect(response.statusCode).toBe(400);
        expect(errorOf(response).details.issues?.map((issue) => issue.field)).toContain(
          badInput.field,
        );
      });
    }
  });
});
