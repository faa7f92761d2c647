/** The AI system inventory of an organization. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../../services/index.js';
import { actorOf } from '../../authentication.js';
import { compact } from '../../compact.js';
import { ErrorSchema, OrgParams, orgRouteErrors, pageOf } from '../../schemas.js';
import {
  AiSystem,
  AiSystemParams,
  AiSystemPatchBody,
  ListQuery,
  NewAiSystemBody,
} from './schemas.js';

export const aiSystemRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['AI systems'];

    app.get(
      '/api/v1/orgs/:orgId/ai-systems',
      {
        schema: {
          tags,
          summary: 'AI systems of the organization: search, filter, sort, paginate',
          params: OrgParams,
          querystring: ListQuery,
          response: { 200: pageOf(AiSystem), ...orgRouteErrors },
        },
      },
      async (request) =>
        services.aiSystems.list(actorOf(request), request.params.orgId, compact(request.query)),
    );

    app.post(
      '/api/v1/orgs/:orgId/ai-systems',
      {
        schema: {
          tags,
          summary: 'Add an AI system to the inventory',
          params: OrgParams,
          body: NewAiSystemBody,
          response: { 201: AiSystem, 409: ErrorSchema, ...orgRouteErrors },
        },
      },
      async (request, reply) => {
        const system = await services.aiSystems.create(
          actorOf(request),
          request.params.orgId,
          request.body,
        );
        return reply.status(201).send(system);
      },
    );

    app.get(
      '/api/v1/orgs/:orgId/ai-systems/:aiSystemId',
      {
        schema: {
          tags,
          summary: 'One AI system',
          params: AiSystemParams,
          response: { 200: AiSystem, ...orgRouteErrors },
        },
      },
      async (request) =>
        services.aiSystems.get(actorOf(request), request.params.orgId, request.params.aiSystemId),
    );

    app.patch(
      '/api/v1/orgs/:orgId/ai-systems/:aiSystemId',
      {
        schema: {
          tags,
          summary: 'Change an AI system: the fields sent replace the stored ones',
          params: AiSystemParams,
          body: AiSystemPatchBody,
          response: { 200: AiSystem, 409: ErrorSchema, ...orgRouteErrors },
        },
      },
      async (request) =>
        services.aiSystems.update(
          actorOf(request),
          request.params.orgId,
          request.params.aiSystemId,
          compact(request.body),
        ),
    );
  };
