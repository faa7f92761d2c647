/** Tenant and role checks of the AIMS scope routes. */
import { defineAccessTable, routeCase } from '../../harness/access.js';
import type { AccessFixture } from '../../harness/access.js';

const DRAFT = { statement: 'The AIMS covers the AI used in claims handling.' };

interface ScopeFixture extends AccessFixture {
  /** The draft version. */
  versionId: string;
}

export const scopeAccess = defineAccessTable<ScopeFixture>({
  title: 'AIMS scope routes',
  setup: async (base) => {
    const draft = await base.ctx.services.scope.createDraft(base.admin.actor, base.org.id, DRAFT);
    return { ...base, versionId: draft.id };
  },
  routes: [
    routeCase('GET /api/v1/orgs/{orgId}/scope', {
      lacking: 'cbAuditor',
      badInput: { params: { orgId: 'not-an-id' }, field: 'params.orgId' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/scope/coverage', {
      lacking: 'cbAuditor',
      badInput: { params: { orgId: 'not-an-id' }, field: 'params.orgId' },
    }),
    routeCase('POST /api/v1/orgs/{orgId}/scope/versions', {
      payload: {},
      lacking: 'viewer',
      badInput: {
        payload: { sites: [{ name: 'x', peopleInScope: -2 }] },
        field: 'body.sites.0.peopleInScope',
      },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/scope/versions/{versionId}', {
      lacking: 'cbAuditor',
      badInput: { params: { versionId: 'v1' }, field: 'params.versionId' },
    }),
    routeCase('PATCH /api/v1/orgs/{orgId}/scope/versions/{versionId}', {
      payload: { statement: 'Updated' },
      lacking: 'approver',
      badInput: { payload: { aiRoles: ['ai_vendor'] }, field: 'body.aiRoles.0' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/scope/versions/{versionId}/diff', {
      lacking: 'cbAuditor',
      badInput: { params: { versionId: 'v1' }, field: 'params.versionId' },
    }),
    ...(['submit', 'approve'] as const).map((action) =>
      routeCase(`POST /api/v1/orgs/{orgId}/scope/versions/{versionId}/${action}`, {
        lacking: action === 'submit' ? 'approver' : 'contributor',
        badInput: { payload: { force: true }, field: 'body.force' },
      }),
    ),
    routeCase('POST /api/v1/orgs/{orgId}/scope/versions/{versionId}/return', {
      payload: { comment: 'Name the Cardiff site' },
      lacking: 'viewer',
      badInput: { payload: { comment: '' }, field: 'body.comment' },
    }),
    routeCase('DELETE /api/v1/orgs/{orgId}/scope/versions/{versionId}', {
      lacking: 'viewer',
      badInput: { params: { versionId: 'x' }, field: 'params.versionId' },
    }),
  ],
});
