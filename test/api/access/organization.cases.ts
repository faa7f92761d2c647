/** Tenant and role checks of the foundation's organization-scoped routes. */
import { createApiUser } from '../../harness/api.js';
import { defineAccessTable, routeCase } from '../../harness/access.js';
import type { AccessFixture } from '../../harness/access.js';
import { createAiSystem } from '../../harness/services.js';

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
    const system = await createAiSystem(base.ctx.services, base.admin, base.org.id, {
      name: 'Tenant A system',
    });
    return {
      ...base,
      membershipId: members.find((member) => member.userId === spare.id)?.id ?? '',
      aiSystemId: system.id,
    };
  },
  routes: [
    routeCase('GET /api/v1/orgs/{orgId}', {
      badInput: { params: { orgId: 'not-an-id' }, field: 'params.orgId' },
    }),
    routeCase('PATCH /api/v1/orgs/{orgId}/settings', {
      payload: { requireSecondFactor: false },
      lacking: 'viewer',
      badInput: { payload: { requireSecondFactor: 'yes' }, field: 'body.requireSecondFactor' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/members', {
      badInput: { params: { orgId: 'not-an-id' }, field: 'params.orgId' },
    }),
    routeCase('POST /api/v1/orgs/{orgId}/members', {
      payload: (f) => ({ email: f.viewer.email, role: 'contributor' }),
      lacking: 'viewer',
      badInput: {
        payload: { email: 'someone@example.test', role: 'contributor', nickname: 'x' },
        field: 'body.nickname',
      },
    }),
    routeCase('DELETE /api/v1/orgs/{orgId}/members/{membershipId}', {
      lacking: 'approver',
      badInput: { params: { membershipId: 'not-an-id' }, field: 'params.membershipId' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/audit-log', {
      lacking: 'viewer',
      badInput: { query: 'from=yesterday', field: 'querystring.from' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/audit-log/facets', {
      lacking: 'viewer',
      badInput: { params: { orgId: 'not-an-id' }, field: 'params.orgId' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/audit-log/export', {
      query: 'format=csv',
      lacking: 'viewer',
      badInput: { query: 'format=pdf', field: 'querystring.format' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/audit-log/verification', {
      lacking: 'viewer',
      badInput: { params: { orgId: 'not-an-id' }, field: 'params.orgId' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/ai-systems', {
      lacking: 'cbAuditor',
      badInput: { query: 'pageSize=5000', field: 'querystring.pageSize' },
    }),
    routeCase('POST /api/v1/orgs/{orgId}/ai-systems', {
      payload: {
        name: 'Another system',
        purpose: 'p',
        lifecycleStage: 'inception',
        isInScope: true,
      },
      lacking: 'approver',
      badInput: {
        payload: { name: 'X', purpose: 'p', lifecycleStage: 'production', isInScope: true },
        field: 'body.lifecycleStage',
      },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/ai-systems/{aiSystemId}', {
      lacking: 'cbAuditor',
      badInput: { params: { aiSystemId: '123' }, field: 'params.aiSystemId' },
    }),
    routeCase('PATCH /api/v1/orgs/{orgId}/ai-systems/{aiSystemId}', {
      payload: { description: 'Updated' },
      lacking: 'viewer',
      badInput: { payload: { aiRoles: ['ai_vendor'] }, field: 'body.aiRoles.0' },
    }),
  ],
});
