/** Tenant and role checks of the AIMS scope routes. */
import { defineAccessTable } from '../../harness/access.js';
import type { AccessFixture } from '../../harness/access.js';

const DRAFT = { statement: 'The AIMS covers the AI used in claims handling.' };

interface ScopeFixture extends AccessFixture {
  draftId: string;
}

export const scopeAccess = defineAccessTable<ScopeFixture>({
  title: 'AIMS scope routes',
  setup: async (base) => {
    const draft = await base.ctx.services.scope.createDraft(base.admin.actor, base.org.id, DRAFT);
    return { ...base, draftId: draft.id };
  },
  routes: [
    {
      route: 'GET /api/v1/orgs/{orgId}/scope',
      request: (orgId) => ({ method: 'GET', url: `/api/v1/orgs/${orgId}/scope` }),
      lacking: (f) => ({ user: f.cbAuditor, orgId: f.cbOrg.id }),
      badInput: {
        request: () => ({ method: 'GET', url: '/api/v1/orgs/not-an-id/scope' }),
        field: 'params.orgId',
      },
    },
    {
      route: 'POST /api/v1/orgs/{orgId}/scope/versions',
      request: (orgId) => ({
        method: 'POST',
        url: `/api/v1/orgs/${orgId}/scope/versions`,
        payload: {},
      }),
      lacking: (f) => ({ user: f.viewer, orgId: f.org.id }),
      badInput: {
        request: (orgId) => ({
          method: 'POST',
          url: `/api/v1/orgs/${orgId}/scope/versions`,
          payload: { sites: [{ name: 'x', peopleInScope: -2 }] },
        }),
        field: 'body.sites.0.peopleInScope',
      },
    },
    {
      route: 'GET /api/v1/orgs/{orgId}/scope/versions/{versionId}',
      request: (orgId, f) => ({
        method: 'GET',
        url: `/api/v1/orgs/${orgId}/scope/versions/${f.draftId}`,
      }),
      lacking: (f) => ({ user: f.cbAuditor, orgId: f.cbOrg.id }),
      badInput: {
        request: (orgId) => ({ method: 'GET', url: `/api/v1/orgs/${orgId}/scope/versions/v1` }),
        field: 'params.versionId',
      },
    },
    {
      route: 'PATCH /api/v1/orgs/{orgId}/scope/versions/{versionId}',
      request: (orgId, f) => ({
        method: 'PATCH',
        url: `/api/v1/orgs/${orgId}/scope/versions/${f.draftId}`,
        payload: { statement: 'Updated' },
      }),
      lacking: (f) => ({ user: f.approver, orgId: f.org.id }),
      badInput: {
        request: (orgId, f) => ({
          method: 'PATCH',
          url: `/api/v1/orgs/${orgId}/scope/versions/${f.draftId}`,
          payload: { aiRoles: ['ai_vendor'] },
        }),
        field: 'body.aiRoles.0',
      },
    },
    {
      route: 'GET /api/v1/orgs/{orgId}/scope/versions/{versionId}/diff',
      request: (orgId, f) => ({
        method: 'GET',
        url: `/api/v1/orgs/${orgId}/scope/versions/${f.draftId}/diff`,
      }),
      lacking: (f) => ({ user: f.cbAuditor, orgId: f.cbOrg.id }),
      badInput: {
        request: (orgId) => ({
          method: 'GET',
          url: `/api/v1/orgs/${orgId}/scope/versions/v1/diff`,
        }),
        field: 'params.versionId',
      },
    },
    ...(['submit', 'approve'] as const).map((action) => ({
      route: `POST /api/v1/orgs/{orgId}/scope/versions/{versionId}/${action}`,
      request: (orgId: string, f: ScopeFixture) => ({
        method: 'POST' as const,
        url: `/api/v1/orgs/${orgId}/scope/versions/${f.draftId}/${action}`,
      }),
      lacking: (f: ScopeFixture) => ({
        user: action === 'submit' ? f.approver : f.contributor,
        orgId: f.org.id,
      }),
      badInput: {
        request: (orgId: string, f: ScopeFixture) => ({
          method: 'POST' as const,
          url: `/api/v1/orgs/${orgId}/scope/versions/${f.draftId}/${action}`,
          payload: { force: true },
        }),
        field: 'body.force',
      },
    })),
    {
      route: 'POST /api/v1/orgs/{orgId}/scope/versions/{versionId}/return',
      request: (orgId, f) => ({
        method: 'POST',
        url: `/api/v1/orgs/${orgId}/scope/versions/${f.draftId}/return`,
        payload: { comment: 'Name the Cardiff site' },
      }),
      lacking: (f) => ({ user: f.viewer, orgId: f.org.id }),
      badInput: {
        request: (orgId, f) => ({
          method: 'POST',
          url: `/api/v1/orgs/${orgId}/scope/versions/${f.draftId}/return`,
          payload: { comment: '' },
        }),
        field: 'body.comment',
      },
    },
    {
      route: 'DELETE /api/v1/orgs/{orgId}/scope/versions/{versionId}',
      request: (orgId, f) => ({
        method: 'DELETE',
        url: `/api/v1/orgs/${orgId}/scope/versions/${f.draftId}`,
      }),
      lacking: (f) => ({ user: f.viewer, orgId: f.org.id }),
      badInput: {
        request: (orgId) => ({ method: 'DELETE', url: `/api/v1/orgs/${orgId}/scope/versions/x` }),
        field: 'params.versionId',
      },
    },
  ],
});
