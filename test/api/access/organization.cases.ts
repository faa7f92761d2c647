/** Tenant and role checks of the foundation's organization-scoped routes. */
import { createApiUser } from '../../harness/api.js';
import { defineAccessTable } from '../../harness/access.js';
import type { AccessFixture } from '../../harness/access.js';

interface Fixture extends AccessFixture {
  membershipId: string;
  aiSystemId: string;
}

export const organizationAccess = defineAccessTable<Fixture>({
  title: 'organization, member, audit-log and AI system routes',
  setup: async (base) => {
    const spare = await createApiUser(base.ctx, base.org, ['contributor']);
    const members = await base.ctx.services.organizations.listMembers(
      base.admin.actor,
      base.org.id,
    );
    const system = await base.ctx.services.aiSystems.create(base.admin.actor, base.org.id, {
      name: 'Tenant A system',
      purpose: 'p',
      lifecycleStage: 'deployment',
      isInScope: true,
    });
    return {
      ...base,
      membershipId: members.find((member) => member.userId === spare.id)?.id ?? '',
      aiSystemId: system.id,
    };
  },
  routes: [
    {
      route: 'GET /api/v1/orgs/{orgId}',
      request: (orgId) => ({ method: 'GET', url: `/api/v1/orgs/${orgId}` }),
      badInput: {
        request: () => ({ method: 'GET', url: '/api/v1/orgs/not-an-id' }),
        field: 'params.orgId',
      },
    },
    {
      route: 'GET /api/v1/orgs/{orgId}/members',
      request: (orgId) => ({ method: 'GET', url: `/api/v1/orgs/${orgId}/members` }),
      badInput: {
        request: () => ({ method: 'GET', url: '/api/v1/orgs/not-an-id/members' }),
        field: 'params.orgId',
      },
    },
    {
      route: 'POST /api/v1/orgs/{orgId}/members',
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
      route: 'DELETE /api/v1/orgs/{orgId}/members/{membershipId}',
      request: (orgId, f) => ({
        method: 'DELETE',
        url: `/api/v1/orgs/${orgId}/members/${f.membershipId}`,
      }),
      lacking: (f) => ({ user: f.approver, orgId: f.org.id }),
      badInput: {
        request: (orgId) => ({ method: 'DELETE', url: `/api/v1/orgs/${orgId}/members/not-an-id` }),
        field: 'params.membershipId',
      },
    },
    {
      route: 'GET /api/v1/orgs/{orgId}/audit-log',
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
      route: 'GET /api/v1/orgs/{orgId}/ai-systems',
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
      route: 'POST /api/v1/orgs/{orgId}/ai-systems',
      request: (orgId) => ({
        method: 'POST',
        url: `/api/v1/orgs/${orgId}/ai-systems`,
        payload: {
          name: 'Another system',
          purpose: 'p',
          lifecycleStage: 'inception',
          isInScope: true,
        },
      }),
      lacking: (f) => ({ user: f.approver, orgId: f.org.id }),
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
      route: 'GET /api/v1/orgs/{orgId}/ai-systems/{aiSystemId}',
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
    {
      route: 'PATCH /api/v1/orgs/{orgId}/ai-systems/{aiSystemId}',
      request: (orgId, f) => ({
        method: 'PATCH',
        url: `/api/v1/orgs/${orgId}/ai-systems/${f.aiSystemId}`,
        payload: { description: 'Updated' },
      }),
      lacking: (f) => ({ user: f.viewer, orgId: f.org.id }),
      badInput: {
        request: (orgId, f) => ({
          method: 'PATCH',
          url: `/api/v1/orgs/${orgId}/ai-systems/${f.aiSystemId}`,
          payload: { aiRoles: ['ai_vendor'] },
        }),
        field: 'body.aiRoles.0',
      },
    },
  ],
});
