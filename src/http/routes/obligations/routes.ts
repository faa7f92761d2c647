/** The obligations register: legal, regulatory, contractual and voluntary requirements. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../../services/index.js';
import { actorOf } from '../../authentication.js';
import { compact } from '../../compact.js';
import { OrgParams, orgRouteErrors, pageOf } from '../../schemas.js';
import {
  NewObligationBody,
  Obligation,
  ObligationListQuery,
  ObligationParams,
  ObligationPatchBody,
} from './schemas.js';

export const obligationRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['Obligations'];
    const path = '/api/v1/orgs/:orgId/obligations';
    const service = services.obligations;

    app.get(
      path,
      {
        schema: {
          tags,
          summary: 'Obligations of the organization: filter, search, sort, paginate',
          params: OrgParams,
          querystring: ObligationListQuery,
          response: { 200: pageOf(Obligation), ...orgRouteErrors },
        },
      },
      async (request) =>
        service.list(actorOf(request), request.params.orgId, compact(request.query)),
    );

    app.post(
      path,
      {
        schema: {
          tags,
          summary: 'Register an obligation',
          params: OrgParams,
          body: NewObligationBody,
          response: { 201: Obligation, ...orgRouteErrors },
        },
      },
      async (request, reply) => {
        const obligation = await service.create(
          actorOf(request),
          request.params.orgId,
          request.body,
        );
        return reply.status(201).send(obligation);
      },
    );

    app.get(
      `${path}/:obligationId`,
      {
        schema: {
          tags,
          summary: 'One obligation',
          params: ObligationParams,
          response: { 200: Obligation, ...orgRouteErrors },
        },
      },
      async (request) =>
        service.get(actorOf(request), request.params.orgId, request.params.obligationId),
    );

    app.patch(
      `${path}/:obligationId`,
      {
        schema: {
          tags,
          summary: 'Change an obligation: the fields sent replace the stored ones',
          params: ObligationParams,
          body: ObligationPatchBody,
          response: { 200: Obligation, ...orgRouteErrors },
        },
      },
      async (request) =>
        service.update(
          actorOf(request),
          request.params.orgId,
          request.params.obligationId,
          compact(request.body),
        ),
    );

    app.delete(
      `${path}/:obligationId`,
      {
        schema: {
          tags,
          summary: 'Delete an obligation (the audit trail keeps what it said)',
          params: ObligationParams,
          response: { 204: z.null(), ...orgRouteErrors },
        },
      },
      async (request, reply) => {
        await service.remove(actorOf(request), request.params.orgId, request.params.obligationId);
        return reply.status(204).send(null);
      },
    );
  };
