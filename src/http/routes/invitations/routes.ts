/**
 * Invitations: an organization's admins invite, list, resend and revoke; the
 * holder of a link looks it up and accepts it. The token travels in request
 * bodies, never in a URL, so it stays out of access logs.
 */
import { z } from 'zod';
import type { RoutePlugin } from '../../route-plugin.js';
import { actorOf } from '../../authentication.js';
import { ErrorSchema, OrgParams, orgRouteErrors } from '../../schemas.js';
import { setSessionCookie } from '../../session-cookie.js';
import {
  AcceptInvitationBody,
  AcceptedInvitation,
  Invitation,
  InvitationParams,
  InvitationPreview,
  InvitationTokenBody,
  IssuedInvitation,
  NewInvitationBody,
} from './schemas.js';

export const invitationRoutes: RoutePlugin = (services) => async (app) => {
  const tags = ['invitations'];
  const linkErrors = { 400: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };

  app.get(
    '/api/v1/orgs/:orgId/invitations',
    {
      schema: {
        tags,
        summary: 'Pending invitations, and those accepted, revoked or expired in the last 30 days',
        params: OrgParams,
        response: { 200: z.array(Invitation), ...orgRouteErrors },
      },
    },
    async (request) => services.invitations.list(actorOf(request), request.params.orgId),
  );

  app.post(
    '/api/v1/orgs/:orgId/invitations',
    {
      schema: {
        tags,
        summary: 'Invite an e-mail address to a role (a pending one for the same role is resent)',
        params: OrgParams,
        body: NewInvitationBody,
        response: { 201: IssuedInvitation, 409: ErrorSchema, ...orgRouteErrors },
      },
    },
    async (request, reply) => {
      const issued = await services.invitations.invite(
        actorOf(request),
        request.params.orgId,
        request.body,
      );
      return reply.status(201).send(issued);
    },
  );

  app.post(
    '/api/v1/orgs/:orgId/invitations/:invitationId/resend',
    {
      schema: {
        tags,
        summary: 'Send an invitation again with a new link and expiry (the old link stops working)',
        params: InvitationParams,
        response: { 200: IssuedInvitation, 409: ErrorSchema, ...orgRouteErrors },
      },
    },
    async (request) => {
      const { orgId, invitationId } = request.params;
      return services.invitations.resend(actorOf(request), orgId, invitationId);
    },
  );

  app.post(
    '/api/v1/orgs/:orgId/invitations/:invitationId/revoke',
    {
      schema: {
        tags,
        summary: 'Withdraw an invitation that was not accepted (its link stops working)',
        params: InvitationParams,
        response: { 200: Invitation, 409: ErrorSchema, ...orgRouteErrors },
      },
    },
    async (request) => {
      const { orgId, invitationId } = request.params;
      return services.invitations.revoke(actorOf(request), orgId, invitationId);
    },
  );

  app.post(
    '/api/v1/invitations/lookup',
    {
      config: { isPublic: true },
      schema: {
        tags,
        summary: 'What an invitation link offers (for the holder of the link)',
        body: InvitationTokenBody,
        response: { 200: InvitationPreview, ...linkErrors },
      },
    },
    async (request) => services.invitations.lookup(request.body.token),
  );

  app.post(
    '/api/v1/invitations/accept',
    {
      config: { isPublic: true },
      schema: {
        tags,
        summary:
          'Accept an invitation: a new account with name and password, or the existing one (signed in, or its password); signs you in',
        body: AcceptInvitationBody,
        response: {
          200: AcceptedInvitation,
          401: ErrorSchema,
          403: ErrorSchema,
          429: ErrorSchema,
          ...linkErrors,
        },
      },
    },
    async (request, reply) => {
      const accepted = await services.invitations.accept(request.body, request.actor, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      if (accepted.session) setSessionCookie(request, reply, accepted.session);
      return {
        organizationId: accepted.organizationId,
        me: await services.organizations.me(accepted.actor),
      };
    },
  );
};
