/** Tenant and role checks of the climate decision routes. */
import { defineAccessTable, routeCase } from '../../harness/access.js';

export const climateDecisionsAccess = defineAccessTable({
  title: 'Climate decision routes',
  routes: [
    routeCase('GET /api/v1/orgs/{orgId}/climate-decisions', {
      lacking: 'cbAuditor',
      badInput: { params: { orgId: 'not-an-id' }, field: 'params.orgId' },
    }),
    routeCase('PUT /api/v1/orgs/{orgId}/climate-decisions/{question}', {
      params: { question: 'climate_issue' },
      payload: { answer: 'not_relevant', reason: 'No site is exposed to climate hazards.' },
      lacking: 'approver',
      badInput: { payload: { answer: 'relevant', reason: ' ' }, field: 'reason' },
    }),
  ],
});
