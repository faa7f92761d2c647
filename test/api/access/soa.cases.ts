/** Tenant and role checks of the Statement of Applicability routes. */
import { defineAccessTable, routeCase } from '../../harness/access.js';

const VERSION = { version: '1' };

export const soaAccess = defineAccessTable({
  title: 'Statement of Applicability routes',
  setup: async (base) => {
    await base.ctx.services.soa.createDraft(base.admin.actor, base.org.id, 'Access checks');
    return base;
  },
  routes: [
    routeCase('GET /api/v1/orgs/{orgId}/soa', {
      lacking: 'cbAuditor',
      badInput: { query: 'status=done', field: 'querystring.status' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/soa/export', {
      query: 'format=csv',
      lacking: 'cbAuditor',
      badInput: { query: 'format=docx', field: 'querystring.format' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/soa/compare', {
      query: 'base=1&next=1',
      lacking: 'cbAuditor',
      badInput: { query: 'base=x&next=1', field: 'querystring.base' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/soa/entries/{controlId}', {
      params: { controlId: 'A.2.2' },
      lacking: 'cbAuditor',
      badInput: { params: { controlId: 'a.2' }, field: 'params.controlId' },
    }),
    routeCase('PATCH /api/v1/orgs/{orgId}/soa/entries/{controlId}', {
      params: { controlId: 'A.2.2' },
      payload: { implementationStatus: 'planned' },
      lacking: 'viewer',
      badInput: { payload: { owner: 'me' }, field: 'body.owner' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/soa/versions', { lacking: 'cbAuditor' }),
    routeCase('POST /api/v1/orgs/{orgId}/soa/versions', {
      lacking: 'viewer',
      badInput: { payload: { snapshot: {} }, field: 'body.snapshot' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/soa/versions/{version}', {
      params: VERSION,
      lacking: 'cbAuditor',
      badInput: { params: { version: 'v1' }, field: 'params.version' },
    }),
    routeCase('POST /api/v1/orgs/{orgId}/soa/versions/{version}/refresh', {
      params: VERSION,
      lacking: 'approver',
      badInput: { payload: { force: true }, field: 'body.force' },
    }),
    ...(['submit', 'approve', 'publish'] as const).map((action) =>
      routeCase(`POST /api/v1/orgs/{orgId}/soa/versions/{version}/${action}`, {
        params: VERSION,
        lacking: action === 'submit' ? 'approver' : 'contributor',
        badInput: { payload: { force: true }, field: 'body.force' },
      }),
    ),
    routeCase('POST /api/v1/orgs/{orgId}/soa/versions/{version}/return', {
      params: VERSION,
      payload: { comment: 'Justify A.10.4' },
      lacking: 'viewer',
      badInput: { payload: { comment: '' }, field: 'body.comment' },
    }),
    routeCase('DELETE /api/v1/orgs/{orgId}/soa/versions/{version}', {
      params: VERSION,
      lacking: 'viewer',
      badInput: { params: { version: '0' }, field: 'params.version' },
    }),
  ],
});
