/** Organizations the caller belongs to, and their members. */
import { z } from 'zod';
import type { RoutePlugin } from '../../route-plugin.js';
import { actorOf } from '../../authentication.js';
import { ErrorSchema, OrgParams, orgRouteErrors } from '../../schemas.js';
import { OrgMembership } from '../auth/schemas.js';
import { Member, MemberParams, Membership, NewMemberBody, OrgSettingsBody } from './schemas.js';

export const orgRoutes: RoutePlugin = (services) => async (app) => {
  const tags = ['organizations'];

  app.get(
    '/api/v1/orgs',
    {
      schema: {
        tags,
        summary: 'Organizations you belong to, with your roles',
        response: { 200: z.array(OrgMembership), 401: ErrorSchema, 403: ErrorSchema },
      },
    },
    async (request) => (await services.organizations.me(actorOf(request))).memberships,
  );

  app.get(
    '/api/v1/orgs/:orgId',
    {
      schema: {
        tags,
        summary: 'One organization, with your roles and permissions there',
        params: OrgParams,
        response: { 200: OrgMembership, ...orgRouteErrors },
      },
    },
    async (request) =>
      services.organizations.getOrganization(actorOf(request), request.params.orgId),
  );

  app.patch(
    '/api/v1/orgs/:orgId/settings',
    {
      schema: {
        tags,
        summary:
          'Change the organization’s settings (admins): whether it requires two-step sign-in',
        params: OrgParams,
        body: OrgSettingsBody,
        response: { 200: OrgMembership, 409: ErrorSchema, ...orgRouteErrors },
      },
    },
    async (request) =>
      services.organizations.setSecondFactorRequirement(
        actorOf(request),
        request.params.orgId,
        request.body.requireSecondFactor,
      ),
  );

  app.get(
    '/api/v1/orgs/:orgId/members',
    {
      schema: {
        tags,
        summary: 'Members of the organization and their roles',
        params: OrgParams,
        response: { 200: z.array(Member), ...orgRouteErrors },
      },
    },
    async (request) => services.organizations.listMembers(actorOf(request), request.params.orgId),
  );

  app.post(
    '/api/v1/orgs/:orgId/members',
    {
      schema: {
        tags,
        summary:
          'Give a current member another role (anyone else is invited: POST /api/v1/orgs/{orgId}/invitations)',
        params: OrgParams,
        body: NewMemberBody,
        response: { 201: Membership, 409: ErrorSchema, ...orgRouteErrors },
      },
    },
    async (request, reply) => {
      const membership = await services.organizations.addMember(
        actorOf(request),
        request.params.orgId,
        request.body,
      );
      return reply.status(201).send(membership);
    },
  );

  app.delete(
    '/api/v1/orgs/:orgId/members/:membershipId',
    {
      schema: {
        tags,
        summary: 'Take a role away from a member',
        params: MemberParams,
        response: { 204: z.null(), 409: ErrorSchema, ...orgRouteErrors },
      },
    },
    async (request, reply) => {
      const { orgId, membershipId } = request.params;
      await services.organizations.removeMember(actorOf(request), orgId, membershipId);
      return reply.status(204).send(null);
    },
  );
};
