/** Tenant and role checks of the AI risk criteria routes. */
import { defineAccessTable, routeCase } from '../../harness/access.js';
import type { AccessFixture } from '../../harness/access.js';

interface RiskCriteriaFixture extends AccessFixture {
  /** The draft version. */
  versionId: string;
}

export const riskCriteriaAccess = defineAccessTable<RiskCriteriaFixture>({
  title: 'AI risk criteria routes',
  setup: async (base) => {
    const draft = await base.ctx.services.riskCriteria.createDraft(base.admin.actor, base.org.id);
    return { ...base, versionId: draft.id };
  },
  routes: [
    routeCase('GET /api/v1/orgs/{orgId}/risk-criteria', {
      lacking: 'cbAuditor',
      badInput: { params: { orgId: 'not-an-id' }, field: 'params.orgId' },
    }),
    routeCase('POST /api/v1/orgs/{orgId}/risk-criteria', {
      payload: {},
      lacking: 'viewer',
      badInput: { payload: { ownerMayAcceptOwnRisk: 'yes' }, field: 'body.ownerMayAcceptOwnRisk' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/risk-criteria/{versionId}', {
      lacking: 'cbAuditor',
      badInput: { params: { versionId: 'v1' }, field: 'params.versionId' },
    }),
    routeCase('PATCH /api/v1/orgs/{orgId}/risk-criteria/{versionId}', {
      payload: { acceptanceThreshold: 'high' },
      lacking: 'approver',
      badInput: {
        payload: { acceptanceAuthority: { low: ['ceo'] } },
        field: 'body.acceptanceAuthority.low.0',
      },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/risk-criteria/{versionId}/diff', {
      lacking: 'cbAuditor',
      badInput: { params: { versionId: 'v1' }, field: 'params.versionId' },
    }),
    ...(['submit', 'approve'] as const).map((action) =>
      routeCase(`POST /api/v1/orgs/{orgId}/risk-criteria/{versionId}/${action}`, {
        lacking: action === 'submit' ? 'approver' : 'contributor',
        badInput: { payload: { force: true }, field: 'body.force' },
      }),
    ),
    routeCase('POST /api/v1/orgs/{orgId}/risk-criteria/{versionId}/return', {
      payload: { comment: 'Say who accepts critical risk' },
      lacking: 'viewer',
      badInput: { payload: { comment: '' }, field: 'body.comment' },
    }),
    routeCase('DELETE /api/v1/orgs/{orgId}/risk-criteria/{versionId}', {
      lacking: 'viewer',
      badInput: { params: { versionId: 'x' }, field: 'params.versionId' },
    }),
  ],
});
