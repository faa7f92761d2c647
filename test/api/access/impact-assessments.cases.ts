/** Tenant and role checks of the AI system impact assessment routes. */
import { defineAccessTable, routeCase } from '../../harness/access.js';
import type { AccessFixture } from '../../harness/access.js';

interface ImpactAssessmentFixture extends AccessFixture {
  aiSystemId: string;
  /** The draft version. */
  versionId: string;
}

const ORG = '/api/v1/orgs/{orgId}';
const VERSION = `${ORG}/impact-assessments/{versionId}`;

export const impactAssessmentAccess = defineAccessTable<ImpactAssessmentFixture>({
  title: 'AI system impact assessment routes',
  setup: async (base) => {
    const services = base.ctx.services;
    const system = await services.aiSystems.create(base.admin.actor, base.org.id, {
      name: 'Claims triage',
      purpose: 'Ranks claims',
      lifecycleStage: 'deployment',
      isInScope: true,
    });
    const draft = await services.impactAssessments.createDraft(
      base.admin.actor,
      base.org.id,
      system.id,
      { scope: 'Claims triage in the UK' },
    );
    return { ...base, aiSystemId: system.id, versionId: draft.id };
  },
  routes: [
    routeCase(`GET ${ORG}/impact-assessments`, {
      lacking: 'cbAuditor',
      badInput: { params: { orgId: 'not-an-id' }, field: 'params.orgId' },
    }),
    routeCase(`GET ${ORG}/ai-systems/{aiSystemId}/impact-assessments`, {
      lacking: 'cbAuditor',
      badInput: { params: { aiSystemId: 'x' }, field: 'params.aiSystemId' },
    }),
    routeCase(`POST ${ORG}/ai-systems/{aiSystemId}/impact-assessments`, {
      payload: {},
      lacking: 'viewer',
      badInput: {
        payload: { impacts: [{ id: 'H1', colour: 'red' }] },
        field: 'body.impacts.0.colour',
      },
    }),
    routeCase(`GET ${VERSION}`, {
      lacking: 'cbAuditor',
      badInput: { params: { versionId: 'v1' }, field: 'params.versionId' },
    }),
    routeCase(`PATCH ${VERSION}`, {
      payload: { purpose: 'Ranks claims by urgency' },
      lacking: 'approver',
      badInput: { payload: { trigger: 'whenever' }, field: 'body.trigger' },
    }),
    ...(['submit', 'approve'] as const).map((action) =>
      routeCase(`POST ${VERSION}/${action}`, {
        lacking: action === 'submit' ? 'approver' : 'contributor',
        badInput: { payload: { force: true }, field: 'body.force' },
      }),
    ),
    routeCase(`POST ${VERSION}/return`, {
      payload: { comment: 'Name the measures' },
      lacking: 'viewer',
      badInput: { payload: { comment: '' }, field: 'body.comment' },
    }),
    routeCase(`DELETE ${VERSION}`, {
      lacking: 'viewer',
      badInput: { params: { versionId: 'x' }, field: 'params.versionId' },
    }),
    routeCase(`GET ${VERSION}/pdf`, {
      lacking: 'cbAuditor',
      badInput: { params: { versionId: 'x' }, field: 'params.versionId' },
    }),
  ],
});
