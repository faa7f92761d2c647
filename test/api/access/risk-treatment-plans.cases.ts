/** Tenant and role checks of the AI risk treatment plan routes. */
import { defineAccessTable, routeCase } from '../../harness/access.js';
import type { AccessFixture } from '../../harness/access.js';

interface TreatmentPlanFixture extends AccessFixture {
  /** The open draft. */
  versionId: string;
}

export const riskTreatmentPlansAccess = defineAccessTable<TreatmentPlanFixture>({
  title: 'AI risk treatment plan routes',
  setup: async (base) => {
    const draft = await base.ctx.services.treatmentPlans.createDraft(base.admin.actor, base.org.id);
    return { ...base, versionId: draft.id };
  },
  routes: [
    routeCase('GET /api/v1/orgs/{orgId}/risk-treatment-plans', {
      lacking: 'cbAuditor',
      badInput: { params: { orgId: 'not-an-id' }, field: 'params.orgId' },
    }),
    routeCase('POST /api/v1/orgs/{orgId}/risk-treatment-plans', {
      lacking: 'viewer',
      badInput: { payload: { snapshot: {} }, field: 'body.snapshot' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/risk-treatment-plans/{versionId}', {
      lacking: 'cbAuditor',
      badInput: { params: { versionId: 'v1' }, field: 'params.versionId' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/risk-treatment-plans/{versionId}/diff', {
      lacking: 'cbAuditor',
      badInput: { params: { versionId: 'v1' }, field: 'params.versionId' },
    }),
    ...(['refresh', 'submit', 'approve'] as const).map((action) =>
      routeCase(`POST /api/v1/orgs/{orgId}/risk-treatment-plans/{versionId}/${action}`, {
        lacking: action === 'approve' ? 'contributor' : 'approver',
        badInput: { payload: { force: true }, field: 'body.force' },
      }),
    ),
    routeCase('POST /api/v1/orgs/{orgId}/risk-treatment-plans/{versionId}/return', {
      payload: { comment: 'Give the fairness test an owner' },
      lacking: 'viewer',
      badInput: { payload: { comment: '' }, field: 'body.comment' },
    }),
    routeCase('DELETE /api/v1/orgs/{orgId}/risk-treatment-plans/{versionId}', {
      lacking: 'viewer',
      badInput: { params: { versionId: 'x' }, field: 'params.versionId' },
    }),
  ],
});
