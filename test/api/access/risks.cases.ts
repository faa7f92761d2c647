/** Tenant and role checks of the AI risk register routes. */
import { defineAccessTable, routeCase } from '../../harness/access.js';
import type { AccessFixture } from '../../harness/access.js';

interface RiskFixture extends AccessFixture {
  riskId: string;
  versionId: string;
  impactId: string;
  actionId: string;
  acceptanceId: string;
}

export const risksAccess = defineAccessTable<RiskFixture>({
  title: 'AI risk register routes',
  setup: async (base) => {
    const { services } = base.ctx;
    const draft = await services.riskCriteria.createDraft(base.admin.actor, base.org.id);
    await services.riskCriteria.submit(base.admin.actor, base.org.id, draft.id);
    await services.riskCriteria.approve(base.approver.actor, base.org.id, draft.id);
    const risk = await services.risks.create(base.admin.actor, base.org.id, {
      statement: 'Triage ranks claims unfairly',
      likelihood: 4,
      consequence: 4,
      treatmentOption: 'modify',
    });
    const treated = await services.risks.addTreatmentAction(
      base.admin.actor,
      base.org.id,
      risk.id,
      {
        title: 'Fairness tests each quarter',
        annexAControlIds: ['A.6.2.4'],
      },
    );
    const accepted = await services.risks.accept(base.approver.actor, base.org.id, risk.id, {
      rationale: 'Tests run each quarter',
      expiresOn: '2099-01-01',
    });
    const system = await services.aiSystems.create(base.admin.actor, base.org.id, {
      name: 'Claims triage',
      purpose: 'Ranks claims',
      lifecycleStage: 'deployment',
      isInScope: true,
    });
    const assessment = await services.impactAssessments.createDraft(
      base.admin.actor,
      base.org.id,
      system.id,
      {
        impacts: [
          { id: 'H1', description: 'Claims from some postcodes wait longer', nature: 'harm' },
        ],
      },
    );
    return {
      ...base,
      riskId: risk.id,
      versionId: assessment.id,
      impactId: 'H1',
      actionId: treated.treatmentActions?.[0]?.id ?? '',
      acceptanceId: accepted.acceptances?.[0]?.id ?? '',
    };
  },
  routes: [
    routeCase('GET /api/v1/orgs/{orgId}/risks', {
      lacking: 'cbAuditor',
      badInput: { query: 'likelihood=9', field: 'querystring.likelihood' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/risks/heat-map', {
      lacking: 'cbAuditor',
      badInput: { params: { orgId: 'x' }, field: 'params.orgId' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/risks/trend', {
      lacking: 'cbAuditor',
      badInput: { query: 'months=0', field: 'querystring.months' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/risks/report.pdf', {
      lacking: 'cbAuditor',
      badInput: { params: { orgId: 'x' }, field: 'params.orgId' },
    }),
    routeCase('POST /api/v1/orgs/{orgId}/risks', {
      payload: { statement: 'Chatbot gives wrong policy answers' },
      lacking: 'viewer',
      badInput: { payload: { statement: 'x', likelihood: 'high' }, field: 'body.likelihood' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/risks/{riskId}', {
      lacking: 'cbAuditor',
      badInput: { params: { riskId: 'r1' }, field: 'params.riskId' },
    }),
    routeCase('PATCH /api/v1/orgs/{orgId}/risks/{riskId}', {
      payload: { description: 'Seen in the quarterly test' },
      lacking: 'approver',
      badInput: { payload: { kind: 'threat' }, field: 'body.kind' },
    }),
    routeCase('DELETE /api/v1/orgs/{orgId}/risks/{riskId}', {
      lacking: 'viewer',
      badInput: { params: { riskId: 'x' }, field: 'params.riskId' },
    }),
    routeCase('POST /api/v1/orgs/{orgId}/impact-assessments/{versionId}/impacts/{impactId}/risk', {
      lacking: 'approver',
      badInput: { params: { versionId: 'v' }, field: 'params.versionId' },
    }),
    routeCase('POST /api/v1/orgs/{orgId}/risks/{riskId}/reassess', {
      payload: { likelihood: 3, consequence: 4 },
      lacking: 'approver',
      badInput: { payload: { likelihood: 0, consequence: 4 }, field: 'body.likelihood' },
    }),
    routeCase('POST /api/v1/orgs/{orgId}/risks/{riskId}/treatment-actions', {
      payload: { title: 'Bias review' },
      lacking: 'viewer',
      badInput: { payload: { title: 'x', status: 'started' }, field: 'body.status' },
    }),
    routeCase('PATCH /api/v1/orgs/{orgId}/risks/{riskId}/treatment-actions/{actionId}', {
      payload: { status: 'in_progress' },
      lacking: 'approver',
      badInput: { payload: { dueDate: 'soon' }, field: 'body.dueDate' },
    }),
    routeCase('DELETE /api/v1/orgs/{orgId}/risks/{riskId}/treatment-actions/{actionId}', {
      lacking: 'viewer',
      badInput: { params: { actionId: 'a' }, field: 'params.actionId' },
    }),
    routeCase('POST /api/v1/orgs/{orgId}/risks/{riskId}/request-acceptance', {
      lacking: 'approver',
      badInput: { params: { riskId: 'r' }, field: 'params.riskId' },
    }),
    routeCase('POST /api/v1/orgs/{orgId}/risks/{riskId}/acceptances', {
      payload: { rationale: 'Within appetite', expiresOn: '2099-06-30' },
      lacking: 'cbAuditor',
      badInput: { payload: { rationale: 'x', expiresOn: 'next year' }, field: 'body.expiresOn' },
    }),
    routeCase('POST /api/v1/orgs/{orgId}/risks/{riskId}/acceptances/{acceptanceId}/revoke', {
      lacking: 'contributor',
      badInput: { params: { acceptanceId: 'a' }, field: 'params.acceptanceId' },
    }),
    routeCase('POST /api/v1/orgs/{orgId}/risks/{riskId}/close', {
      lacking: 'viewer',
      badInput: { params: { riskId: 'r' }, field: 'params.riskId' },
    }),
  ],
});
