/** Tenant and role checks of the invitation routes: only the organization's admins manage them. */
import { defineAccessTable } from '../../harness/access.js';
import type { AccessFixture } from '../../harness/access.js';

interface Fixture extends AccessFixture {
  invitationId: string;
}

export const invitationsAccess = defineAccessTable<Fixture>({
  title: 'invitation routes',
  setup: async (base) => {
    const { invitation } = await base.ctx.services.invitations.invite(
      base.admin.actor,
      base.org.id,
      {
        email: 'invitee@example.test',
        role: 'viewer',
      },
    );
    return { ...base, invitationId: invitation.id };
  },
  routes: [
    {
      route: 'GET /api/v1/orgs/{orgId}/invitations',
      request: (orgId) => ({ method: 'GET', url: `/api/v1/orgs/${orgId}/invitations` }),
      lacking: (f) => ({ user: f.viewer, orgId: f.org.id }),
      badInput: {
        request: () => ({ method: 'GET', url: '/api/v1/orgs/not-an-id/invitations' }),
        field: 'params.orgId',
      },
    },
    {
      route: 'POST /api/v1/orgs/{orgId}/invitations',
      request: (orgId) => ({
        method: 'POST',
        url: `/api/v1/orgs/${orgId}/invitations`,
        payload: { email: 'someone@example.test', role: 'contributor' },
      }),
      lacking: (f) => ({ user: f.contributor, orgId: f.org.id }),
      badInput: {
        request: (orgId) => ({
          method: 'POST',
          url: `/api/v1/orgs/${orgId}/invitations`,
          payload: { email: 'someone@example.test', role: 'contributor', password: 'x' },
        }),
        field: 'body.password',
      },
    },
    {
      route: 'POST /api/v1/orgs/{orgId}/invitations/{invitationId}/resend',
      request: (orgId, f) => ({
        method: 'POST',
        url: `/api/v1/orgs/${orgId}/invitations/${f.invitationId}/resend`,
      }),
      lacking: (f) => ({ user: f.approver, orgId: f.org.id }),
      badInput: {
        request: (orgId) => ({
          method: 'POST',
          url: `/api/v1/orgs/${orgId}/invitations/not-an-id/resend`,
        }),
        field: 'params.invitationId',
      },
    },
    {
      route: 'POST /api/v1/orgs/{orgId}/invitations/{invitationId}/revoke',
      request: (orgId, f) => ({
        method: 'POST',
        url: `/api/v1/orgs/${orgId}/invitations/${f.invitationId}/revoke`,
      }),
      lacking: (f) => ({ user: f.cbAuditor, orgId: f.cbOrg.id }),
      badInput: {
        request: (orgId) => ({
          method: 'POST',
          url: `/api/v1/orgs/${orgId}/invitations/42/revoke`,
        }),
        field: 'params.invitationId',
      },
    },
  ],
});
