/** Tenant and role checks of the organization controls routes. */
import { defineAccessTable, routeCase } from '../../harness/access.js';
import type { AccessFixture } from '../../harness/access.js';

interface OrganizationControlFixture extends AccessFixture {
  organizationControlId: string;
}

export const organizationControlsAccess = defineAccessTable<OrganizationControlFixture>({
  title: 'organization controls routes',
  setup: async (base) => {
    const control = await base.ctx.services.organizationControls.create(
      base.admin.actor,
      base.org.id,
      { title: 'Model cards for every release' },
    );
    return { ...base, organizationControlId: control.id };
  },
  routes: [
    routeCase('GET /api/v1/orgs/{orgId}/organization-controls', {
      lacking: 'cbAuditor',
      badInput: { query: 'annexAObjectiveId=A.6', field: 'querystring.annexAObjectiveId' },
    }),
    routeCase('POST /api/v1/orgs/{orgId}/organization-controls', {
      payload: { title: 'Red-team each model before release' },
      lacking: 'viewer',
      badInput: { payload: { title: 'x', ownerUserId: 'me' }, field: 'body.ownerUserId' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/organization-controls/{organizationControlId}', {
      lacking: 'cbAuditor',
      badInput: { params: { organizationControlId: 'c1' }, field: 'params.organizationControlId' },
    }),
    routeCase('PATCH /api/v1/orgs/{orgId}/organization-controls/{organizationControlId}', {
      payload: { description: 'Published with each release note' },
      lacking: 'approver',
      badInput: { payload: { reference: 'ORG-2' }, field: 'body.reference' },
    }),
    routeCase('DELETE /api/v1/orgs/{orgId}/organization-controls/{organizationControlId}', {
      lacking: 'viewer',
      badInput: { params: { organizationControlId: 'x' }, field: 'params.organizationControlId' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/organization-controls/export', {
      lacking: 'cbAuditor',
      badInput: { query: 'format=pdf', field: 'querystring.format' },
    }),
  ],
});
